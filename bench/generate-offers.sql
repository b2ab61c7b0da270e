-- For bench/offers.sh: partners' offers at scale, after bench/generate-staff.sql (its 10,000 staff
-- request visits). 300 partner organisations with a contact each; 3,000 published offers spread over
-- the themes and every municipality, each with one or two age groups and two periods; 30,000
-- requests with their steps. partner.stor@bench.example represents the first organisation, which
-- has 40 offers and 2,000 requests; leder.stor's 2,000 staff made 6,000 requests.
-- Ids from 400000 up, INSERT IGNORE.
SET SESSION max_recursive_iterations = 200000;

INSERT IGNORE INTO partner_organisation (id, name, kind)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
SELECT 400000 + i, CONCAT('Benchpartner ', LPAD(i, 3, '0')),
       ELT(1 + i % 5, 'ASSOCIATION', 'VOLUNTEER_ORGANISATION', 'COMPANY', 'CULTURAL_INSTITUTION', 'MUNICIPAL_UNIT')
FROM n;

INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, partner_organisation_id)
VALUES (399999, 'partner.stor@bench.example', 'Partner Stor', (SELECT password_hash FROM account a WHERE a.id = 1012),
        'da', 'OTHER', 400001);
INSERT IGNORE INTO account_role (account_id, role) VALUES (399999, 'PARTNER');

INSERT IGNORE INTO partner_contact (id, partner_organisation_id, name, email, account_id)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
SELECT 400000 + i, 400000 + i, CONCAT('Kontakt ', i), CONCAT('kontakt', i, '@benchpartner.example'),
       IF(i = 1, 399999, NULL)
FROM n;

INSERT IGNORE INTO partner_offer (id, partner_organisation_id, contact_id, theme_id, municipality_id, title_da, title_en,
                                  description_da, place, comes_to_you, price, published)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
SELECT 400000 + n.i, o.partner, o.partner, 1 + n.i % 8, m.id, CONCAT('Benchtilbud ', LPAD(n.i, 4, '0')),
       CONCAT('Bench offer ', LPAD(n.i, 4, '0')),
       CONCAT('Et tilbud til skoler og dagtilbud om ', ELT(1 + n.i % 4, 'natur', 'læsning', 'idræt', 'håndværk'),
              ' med foreningens frivillige.'),
       IF(n.i % 3 = 0, NULL, 'Foreningshuset'), n.i % 3 = 0, IF(n.i % 4 = 0, 1500, 0), TRUE
FROM n
JOIN (SELECT i, IF(i <= 40, 400001, 400001 + i % 300) AS partner FROM (
          WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 3000) SELECT i FROM k) x) o ON o.i = n.i
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS r FROM municipality) m
  ON m.r = n.i % (SELECT COUNT(*) FROM municipality);

INSERT IGNORE INTO partner_offer_age_group (offer_id, age_group)
SELECT id, ELT(1 + id % 4, 'DAYCARE', 'GRADES_0_3', 'GRADES_4_6', 'GRADES_7_10')
FROM partner_offer WHERE id BETWEEN 400001 AND 403000
UNION ALL
SELECT id, ELT(1 + (id + 1) % 4, 'DAYCARE', 'GRADES_0_3', 'GRADES_4_6', 'GRADES_7_10')
FROM partner_offer WHERE id BETWEEN 400001 AND 403000 AND id % 3 = 0;

INSERT IGNORE INTO offer_period (id, offer_id, starts_on, ends_on, capacity)
SELECT 2 * id - 400000 - 1, id, CURDATE() + INTERVAL 1 DAY, CURDATE() + INTERVAL 90 DAY, 200
FROM partner_offer WHERE id BETWEEN 400001 AND 403000
UNION ALL
SELECT 2 * id - 400000, id, CURDATE() + INTERVAL 120 DAY, CURDATE() + INTERVAL 240 DAY, 200
FROM partner_offer WHERE id BETWEEN 400001 AND 403000;

INSERT IGNORE INTO offer_request (id, period_id, requested_by_id, institution_id, class_label, age_group, pupils,
                                  starts_at, ends_at, message, status, requested_at)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)
SELECT 400000 + i, 2 * (400000 + IF(i % 15 = 0, 1 + i % 40, 41 + i % 2960)) - 400000 - 1,
       300001 + i % 10000, 300001 + (i % 10000) DIV 250, CONCAT(1 + i % 9, '.', ELT(1 + i % 3, 'A', 'B', 'C')),
       'GRADES_4_6', 20 + i % 8, CURDATE() + INTERVAL (2 + i % 85) DAY + INTERVAL 9 HOUR,
       CURDATE() + INTERVAL (2 + i % 85) DAY + INTERVAL 11 HOUR, IF(i % 2 = 0, 'Vi glæder os.', NULL),
       ELT(1 + i % 5, 'REQUESTED', 'ACCEPTED', 'ACCEPTED', 'DECLINED', 'CANCELLED'), NOW() - INTERVAL 1 DAY
FROM n;

INSERT IGNORE INTO offer_request_step (id, request_id, actor_id, taken_at, status, starts_at, ends_at, message)
SELECT 2 * id - 400000 - 1, id, requested_by_id, requested_at, 'REQUESTED', starts_at, ends_at, message
FROM offer_request WHERE id BETWEEN 400001 AND 430000
UNION ALL
SELECT 2 * id - 400000, id, IF(status = 'CANCELLED', requested_by_id, 399999), requested_at + INTERVAL 1 HOUR, status,
       starts_at, ends_at, NULL
FROM offer_request WHERE id BETWEEN 400001 AND 430000 AND status <> 'REQUESTED';
