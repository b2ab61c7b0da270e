-- For bench/accounts-page.sh: the administrator's account search on a college with 100,000 accounts.
--  * 200 institutions (ids 50001–50200): 150 spread round-robin over the 98 municipalities, 50 more in
--    København, Aarhus, Odense, Aalborg and Vejle (10 each); 120 schools, 60 daycares, 20
--    administrations; schools and daycares carry an institution number (950001–950200); 4 are closed.
--  * 100,000 accounts (ids 500001–600000), about 500 per institution: 60 first names × 60 surnames, the
--    e-mail numbered (anne.hansen.17@bench.example); teachers, pedagogues and others by the kind of
--    institution; 5 % inactive (deactivated within the last year, so retention keeps them); 1 % are
--    self-registered and wait for a leader (requested_institution_id, no institution); all with a
--    verified e-mail address, none with a password ('!'); 2 % are leaders (job function LEADER, role
--    LEADER, and they lead the institution they work at).
--  * bench-admin@bench.example (id 600001, ADMIN), password samspil-demo-2026 like the demo accounts.
-- Roles: PARTICIPANT for all 100,000, LEADER for the leaders, ADMIN for the administrator.
-- Run against the run command's database after the migrations (municipality ids = their codes);
-- needs MariaDB's Sequence engine (seq_1_to_N). Idempotent: when bench-admin@bench.example exists it
-- changes nothing; the administrator is inserted last and every insert is INSERT IGNORE, so a load
-- that was interrupted is completed by running the script again.
SET @bench_accounts_loaded = EXISTS (SELECT 1 FROM account WHERE email = 'bench-admin@bench.example');

INSERT IGNORE INTO institution (id, municipality_id, name, kind, institution_number, closed_on)
WITH m AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn, COUNT(*) OVER () AS n
           FROM municipality WHERE id BETWEEN 100 AND 999 AND code = CAST(id AS CHAR)),
     placed AS (SELECT s.seq AS i, m.id AS municipality_id,
                       CASE WHEN s.seq % 10 = 0 THEN 'ADMINISTRATION' WHEN s.seq % 10 IN (3, 6, 9) THEN 'DAYCARE'
                            ELSE 'SCHOOL' END AS kind
                FROM seq_1_to_200 s
                JOIN m ON IF(s.seq <= 150, m.rn = 1 + (s.seq - 1) % m.n,
                             m.id = ELT(1 + (s.seq - 151) % 5, 101, 751, 461, 851, 630))),
     -- The place name follows the institution's rank in its municipality (at most 12 each), so names
     -- differ within a municipality (uq_institution_name).
     named AS (SELECT i, municipality_id, kind,
                      ELT(1 + (municipality_id + ROW_NUMBER() OVER (PARTITION BY municipality_id ORDER BY i)) % 30,
                          'Skov', 'Strand', 'Sø', 'Lind', 'Rosen', 'Ege', 'Bøge', 'Hede', 'Mølle', 'Kirke',
                          'Nørre', 'Vester', 'Øster', 'Sønder', 'Lunde', 'Holme', 'Vang', 'Toft', 'Dal', 'Park',
                          'Kær', 'Mose', 'Ådal', 'Birke', 'Granly', 'Solhøj', 'Kilde', 'Havne', 'Rise', 'Ahorn') AS place
               FROM placed)
SELECT 50000 + i, municipality_id,
       CASE kind WHEN 'SCHOOL' THEN CONCAT(place, 'skolen')
                 WHEN 'DAYCARE' THEN CONCAT('Børnehuset ', place, 'lyst')
                 ELSE CONCAT('Børn og Unge, ', place, 'distriktet') END,
       kind, IF(kind = 'ADMINISTRATION', NULL, CONCAT('95', LPAD(i, 4, '0'))),
       IF(i % 50 = 25, CURDATE() - INTERVAL i DAY, NULL)
FROM named
WHERE NOT @bench_accounts_loaded;

-- seq = first name + 60 × surname + 3,600 × (number - 1), so every person has their own e-mail
-- address. The rest is drawn from CRC32s of the number (repeatable, and independent of the name):
-- the institution, and a per-mille draw r that makes 5 % inactive, 1 % self-registered and waiting
-- for a leader, and 2 % leaders.
INSERT IGNORE INTO account (id, email, display_name, password_hash, language, active, job_function, institution_id,
                            requested_institution_id, created_at, deactivated_at)
SELECT 500000 + i,
       CONCAT(REPLACE(REPLACE(REPLACE(LOWER(CONCAT(first_name, '.', surname)), 'æ', 'ae'), 'ø', 'oe'), 'å', 'aa'),
              '.', 1 + i DIV 3600, '@bench.example'),
       CONCAT(first_name, ' ', surname), '!', IF(CRC32(CONCAT('language ', i)) % 25 = 0, 'en', 'da'), r >= 50,
       CASE WHEN r BETWEEN 60 AND 79 THEN 'LEADER'
            WHEN j % 10 = 0 THEN 'OTHER'
            WHEN j % 10 IN (3, 6, 9) THEN IF(job < 2, 'OTHER', 'PEDAGOGUE')
            ELSE ELT(1 + job, 'TEACHER', 'TEACHER', 'TEACHER', 'TEACHER', 'TEACHER', 'TEACHER',
                     'PEDAGOGUE', 'PEDAGOGUE', 'PEDAGOGUE', 'OTHER') END,
       IF(r BETWEEN 50 AND 59, NULL, 50000 + j), IF(r BETWEEN 50 AND 59, 50000 + j, NULL),
       created, IF(r < 50, GREATEST(created, NOW(6) - INTERVAL (r * 6) DAY), NULL)
FROM (SELECT seq AS i, 1 + CRC32(CONCAT('institution ', seq)) % 200 AS j, CRC32(CONCAT('person ', seq)) % 1000 AS r,
             CRC32(CONCAT('job ', seq)) % 10 AS job,
             NOW(6) - INTERVAL (1 + CRC32(CONCAT('created ', seq)) % 1100) DAY - INTERVAL (seq % 86400) SECOND AS created,
             ELT(1 + seq % 60,
                 'Anne', 'Mette', 'Kirsten', 'Hanne', 'Helle', 'Susanne', 'Lene', 'Maria', 'Marianne', 'Camilla',
                 'Louise', 'Charlotte', 'Pia', 'Tina', 'Bente', 'Gitte', 'Karen', 'Lone', 'Signe', 'Ida',
                 'Sofie', 'Emma', 'Julie', 'Cecilie', 'Line', 'Rikke', 'Birgitte', 'Trine', 'Maja', 'Mathilde',
                 'Peter', 'Jens', 'Michael', 'Lars', 'Henrik', 'Thomas', 'Søren', 'Jan', 'Christian', 'Martin',
                 'Niels', 'Anders', 'Morten', 'Jesper', 'Mads', 'Rasmus', 'Jacob', 'Per', 'Hans', 'Ole',
                 'Frederik', 'Mikkel', 'Kasper', 'Jonas', 'Emil', 'Simon', 'Torben', 'Bo', 'Omar', 'Ahmad') AS first_name,
             ELT(1 + (seq DIV 60) % 60,
                 'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen',
                 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen',
                 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen',
                 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Schmidt', 'Holm', 'Eriksen', 'Kristiansen',
                 'Bach', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Jeppesen', 'Vestergaard',
                 'Mogensen', 'Jacobsen', 'Dahl', 'Friis', 'Kjær', 'Brandt', 'Bertelsen', 'Lauridsen',
                 'Østergaard', 'Nørgaard', 'Damgaard', 'Berg', 'Winther', 'Skov', 'Bak', 'Overgaard',
                 'Holst', 'Ali', 'Khan', 'Haddad') AS surname
      FROM seq_1_to_100000) p
WHERE NOT @bench_accounts_loaded;

INSERT IGNORE INTO account_role (account_id, role)
SELECT id, 'PARTICIPANT' FROM account WHERE id BETWEEN 500001 AND 600000 AND NOT @bench_accounts_loaded;
INSERT IGNORE INTO account_role (account_id, role)
SELECT id, 'LEADER' FROM account WHERE id BETWEEN 500001 AND 600000 AND job_function = 'LEADER' AND NOT @bench_accounts_loaded;
INSERT IGNORE INTO leader_institution (account_id, institution_id)
SELECT id, institution_id FROM account
WHERE id BETWEEN 500001 AND 600000 AND job_function = 'LEADER' AND institution_id IS NOT NULL AND NOT @bench_accounts_loaded;

-- Last: its presence marks the load as complete.
INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function)
SELECT 600001, 'bench-admin@bench.example', 'Bench Administrator',
       'PBKDF2WithHmacSHA256:600000:awXO0hLFZ2dpi1T58fQxmtbCDSGfSC8w+jt4VrijnV0=:Iq0Y5N27IPb6fTmNCJInNqITxBdiItw+RPgAMxAF/y8=',
       'da', 'OTHER'
FROM DUAL WHERE NOT @bench_accounts_loaded;
INSERT IGNORE INTO account_role (account_id, role)
SELECT 600001, 'ADMIN' FROM DUAL WHERE NOT @bench_accounts_loaded;

-- Fresh statistics after a bulk load, as InnoDB would gather them over time (only on a load).
SET @bench_accounts_analyze = IF(@bench_accounts_loaded, 'DO 0',
                                 'ANALYZE TABLE account, account_role, institution, leader_institution');
PREPARE bench_accounts_analyze FROM @bench_accounts_analyze;
EXECUTE bench_accounts_analyze;
DEALLOCATE PREPARE bench_accounts_analyze;
