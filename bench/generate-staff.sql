-- For bench/staff-dashboard.sh: a large municipality for the leaders' views. 40 schools, 10,000
-- staff (250 per school), 100 past and present courses, 100,000 enrolments (10 per person),
-- 20,000 development goals (2 per person), and a coverage plan for every school. The leader
-- leder.stor@bench.example leads 8 schools (2,000 staff); leder.kommune@bench.example leads all 40
-- and the municipality's administration (10,000 staff).
-- Run against the run command's database after the demo data; ids from 300000 up, INSERT IGNORE.
SET SESSION max_recursive_iterations = 200000;

INSERT IGNORE INTO municipality (id, code, name) VALUES (300000, '901', 'Benchkommune');
INSERT IGNORE INTO institution (id, municipality_id, name, kind)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
SELECT 300000 + i, 300000, CONCAT('Benchskole ', LPAD(i, 2, '0')), 'SCHOOL' FROM n;
INSERT IGNORE INTO institution (id, municipality_id, name, kind)
VALUES (300100, 300000, 'Benchkommunens forvaltning', 'ADMINISTRATION');

INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
SELECT 300000 + i, CONCAT('ansat', i, '@bench.example'), CONCAT('Ansat ', LPAD(i, 5, '0')),
       (SELECT password_hash FROM account WHERE id = 1006), 'da',
       ELT(1 + i % 3, 'TEACHER', 'PEDAGOGUE', 'OTHER'), 300001 + (i - 1) DIV 250
FROM n;
INSERT IGNORE INTO account_role (account_id, role)
SELECT id, 'PARTICIPANT' FROM account WHERE id BETWEEN 300001 AND 310000;

INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id)
VALUES (299999, 'leder.stor@bench.example', 'Leder Stor', (SELECT password_hash FROM account a WHERE a.id = 1006),
        'da', 'LEADER', 300100);
INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id)
VALUES (299998, 'leder.kommune@bench.example', 'Leder Kommune', (SELECT password_hash FROM account a WHERE a.id = 1006),
        'da', 'LEADER', 300100);
INSERT IGNORE INTO account_role (account_id, role) VALUES (299999, 'LEADER'), (299999, 'PARTICIPANT'), (299998, 'LEADER');
INSERT IGNORE INTO leader_institution (account_id, institution_id)
SELECT 299999, id FROM institution WHERE id BETWEEN 300001 AND 300008;
INSERT IGNORE INTO leader_institution (account_id, institution_id)
SELECT 299998, id FROM institution WHERE id BETWEEN 300001 AND 300040 OR id = 300100;

INSERT IGNORE INTO course (id, code, title_da, description_da, theme_id, ects, status, place, municipality_id,
                           registration_deadline, period_start, period_end, min_participants, max_participants,
                           waiting_list_capacity, consultant_id)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
SELECT 300000 + i, CONCAT('BENCH-S-', i), CONCAT('Benchkursus ', i), 'Kursus til belastningstest.',
       1 + i % 7, ELT(1 + i % 4, 0, 5, 10, 15), IF(i <= 80, 'COMPLETED', 'PUBLISHED'), 'Campus Vejle', 300000,
       CURDATE() - INTERVAL (400 - i * 4) DAY, CURDATE() - INTERVAL (390 - i * 4) DAY,
       CURDATE() - INTERVAL (380 - i * 4) DAY, 1, 500, 50, 1001
FROM n;

-- Ten different courses per person; completed on the ended courses, confirmed on the others.
INSERT IGNORE INTO enrolment (course_id, account_id, status)
WITH RECURSIVE p(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM p WHERE i < 10000),
               k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 9)
SELECT 300001 + (p.i * 7 + k.j * 10) % 100, 300000 + p.i,
       IF(300001 + (p.i * 7 + k.j * 10) % 100 <= 300080, IF((p.i + k.j) % 5 = 0, 'WITHDRAWN', 'COMPLETED'), 'CONFIRMED')
FROM p CROSS JOIN k;

INSERT IGNORE INTO development_goal (account_id, text, theme_id, due_date, status, agreed_by, agreed_at)
WITH RECURSIVE p(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM p WHERE i < 10000),
               k(j) AS (SELECT 0 UNION ALL SELECT 1)
SELECT 300000 + p.i, CONCAT('Udviklingsmål ', k.j + 1), 1 + (p.i + k.j) % 7,
       CURDATE() + INTERVAL ((p.i % 200) - 50) DAY, IF(k.j = 0, 'OPEN', 'ACHIEVED'), 299999, NOW()
FROM p CROSS JOIN k
WHERE NOT EXISTS (SELECT 1 FROM development_goal g WHERE g.account_id = 300001);

-- Coverage: two classes per grade 1–9, Danish and maths planned, half the lessons taught by
-- teachers with the competence.
INSERT IGNORE INTO school_classes (institution_id, school_year, grade, classes)
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 40),
               g(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM g WHERE j < 9)
SELECT 300000 + s.i, IF(MONTH(CURDATE()) >= 8, YEAR(CURDATE()), YEAR(CURDATE()) - 1), g.j, 2 FROM s CROSS JOIN g;
INSERT IGNORE INTO planned_lessons (institution_id, school_year, subject_id, grade, lessons_per_class)
SELECT c.institution_id, c.school_year, sub.id, c.grade, IF(sub.code = 'dansk', 210, 150)
FROM school_classes c JOIN subject sub ON sub.code IN ('dansk', 'matematik') WHERE c.institution_id > 300000;
INSERT IGNORE INTO teaching_assignment (institution_id, school_year, account_id, subject_id, grade, lessons)
SELECT p.institution_id, p.school_year, 300000 + (p.institution_id - 300001) * 250 + p.grade * 2 + IF(sub.code = 'dansk', 1, 2),
       p.subject_id, p.grade, 2 * p.lessons_per_class
FROM planned_lessons p JOIN subject sub ON sub.id = p.subject_id WHERE p.institution_id > 300000;
INSERT IGNORE INTO teaching_competence (account_id, subject_id, basis, assessed_by, assessed_at)
SELECT t.account_id, t.subject_id, 'TRAINING', 299999, NOW() FROM teaching_assignment t
WHERE t.institution_id > 300000 AND t.grade % 2 = 0;

-- Fresh statistics after a bulk load, as InnoDB would gather them over time.
ANALYZE TABLE account, enrolment, course, development_goal, teaching_assignment, planned_lessons;
