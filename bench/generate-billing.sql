-- For bench/billing-run.sh: 2,000 places owed on 50 paid courses whose withdrawal deadline has
-- passed, paid by 10 schools with EAN numbers, four schools to a course (200 invoices of 10 lines).
-- Ids from 400000 up, so it loads again without change (INSERT IGNORE); the script resets what its
-- runs issued before each run.
SET SESSION max_recursive_iterations = 100000;

INSERT IGNORE INTO institution (id, municipality_id, name, kind, ean, invoice_street, invoice_postcode, invoice_town)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
SELECT 400000 + i, 630, CONCAT('Bænkskole ', i), 'SCHOOL',
       CASE i WHEN 1 THEN '5798000400016' WHEN 2 THEN '5798000400023' WHEN 3 THEN '5798000400030'
              WHEN 4 THEN '5798000400047' WHEN 5 THEN '5798000400054' WHEN 6 THEN '5798000400061'
              WHEN 7 THEN '5798000400078' WHEN 8 THEN '5798000400085' WHEN 9 THEN '5798000400092'
              ELSE '5798000400108' END,
       CONCAT('Bænkvej ', i), '7100', 'Vejle'
FROM n;

INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
SELECT 400000 + i, CONCAT('betaler', i, '@bench.example'), CONCAT('Betalt Deltager ', i),
       (SELECT password_hash FROM account WHERE id = 1006), 'da', 'TEACHER',
       400001 + (((i DIV 50) % 4) + ((i % 50) % 7)) % 10
FROM n;

INSERT IGNORE INTO account_role (account_id, role)
SELECT id, 'PARTICIPANT' FROM account WHERE id BETWEEN 400001 AND 402000;

INSERT IGNORE INTO course (id, code, title_da, description_da, theme_id, ects, status, place, municipality_id,
                           registration_deadline, withdrawal_deadline, period_start, period_end, min_participants,
                           max_participants, waiting_list_capacity, consultant_id, price, payer)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
SELECT 400000 + i, CONCAT('BENCH-PAY-', i), CONCAT('Betalt bænkkursus ', i), 'Belastningstest af fakturering.', 1, 0,
       'PUBLISHED', 'Professionshøjskolen, Campus Vejle', 630, CURDATE() - INTERVAL 30 DAY, CURDATE() - INTERVAL 20 DAY,
       CURDATE() - INTERVAL 10 DAY, CURDATE() + INTERVAL 20 DAY, 1, 50, 0, 1001, 1450.00, 'INSTITUTION'
FROM n;

INSERT IGNORE INTO enrolment (course_id, account_id, status)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
SELECT 400000 + ((i - 1) % 50) + 1, 400000 + i, 'CONFIRMED'
FROM n;
