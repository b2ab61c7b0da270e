-- A large catalogue for benchmarks: 1,000 published courses, 5,000 modules, 20,000 sessions and
-- 200 partner organisations, on top of the demo data. Run against the run command's database:
--   mariadb --host=127.0.0.1 --port=3307 --user=samspil --password=samspil samspil < bench/generate-data.sql
-- Rows carry ids from 100000 up and codes starting with BENCH-, so the script can be run again
-- (INSERT IGNORE) and the rows can be told apart from real ones.
SET SESSION max_recursive_iterations = 100000;
SET @base = CURDATE() + INTERVAL 14 DAY;

INSERT IGNORE INTO partner_organisation (id, name, kind, description_da)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
SELECT 100000 + i, CONCAT('Benchmarkforening ', i),
       ELT(1 + i MOD 5, 'ASSOCIATION', 'VOLUNTEER_ORGANISATION', 'COMPANY', 'CULTURAL_INSTITUTION', 'MUNICIPAL_UNIT'),
       'Genereret til belastningstest.'
FROM n;

INSERT IGNORE INTO course (id, code, title_da, title_en, description_da, description_en, theme_id, ects, status, place,
                           municipality_id, registration_deadline, period_start, period_end, min_participants,
                           max_participants, leader_approval_required, consultant_id)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
SELECT 100000 + i, CONCAT('BENCH-', i),
       CONCAT(ELT(1 + i MOD 6, 'Åben skole', 'Frivillige i skolen', 'Inklusion', 'Tværprofessionelt samarbejde',
                  'Skoleledelse', 'Læsning'), ' – forløb ', i),
       CONCAT('Benchmark course ', i),
       'Genereret kursus til belastningstest af kataloget.', 'Generated course for catalogue load tests.',
       1 + i MOD 8, ELT(1 + i MOD 4, 0, 5, 10, 15), 'PUBLISHED', 'Professionshøjskolen, Campus Vejle',
       630, @base + INTERVAL (i MOD 200) DAY, @base + INTERVAL (20 + i MOD 200) DAY,
       @base + INTERVAL (20 + i MOD 200 + 140) DAY, 5, 10 + i MOD 30, i MOD 3 = 0, 1001
FROM n;

INSERT IGNORE INTO course_target_group (course_id, target_group)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
SELECT 100000 + i, ELT(1 + i MOD 6, 'TEACHER', 'PEDAGOGUE', 'SCHOOL_LEADER', 'DAYCARE_LEADER', 'MUNICIPAL_STAFF', 'VOLUNTEER')
FROM n;

INSERT IGNORE INTO course_module (id, course_id, position, title_da, objectives_da)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)
SELECT 100000 + i, 100001 + i DIV 5, 1 + i MOD 5, CONCAT('Modul ', 1 + i MOD 5), 'Genererede læringsmål.'
FROM n;

INSERT IGNORE INTO room (id, place, name, municipality_id, capacity)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
SELECT 100000 + i, 'Professionshøjskolen, Campus Vejle', CONCAT('Lokale B', i), 630, 30
FROM n;

INSERT IGNORE INTO course_session (id, module_id, starts_at, ends_at, room_id, host_partner_id)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
SELECT 100000 + i, 100000 + i DIV 4,
       @base + INTERVAL (20 + (i DIV 20) MOD 200 + (i MOD 20) * 7) DAY + INTERVAL 9 HOUR,
       @base + INTERVAL (20 + (i DIV 20) MOD 200 + (i MOD 20) * 7) DAY + INTERVAL 15 HOUR,
       100001 + i MOD 40, IF(i MOD 10 = 0, 100001 + i MOD 200, NULL)
FROM n;

INSERT IGNORE INTO course_partner (id, course_id, partner_organisation_id, role, contribution_da)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
SELECT 100000 + i, 100000 + i, 100001 + i MOD 200, ELT(1 + i MOD 3, 'CO_DESIGNER', 'HOST', 'CONTRIBUTOR'),
       'Genereret bidrag.'
FROM n;

-- Every course's period from its sessions (see V0007); the planning screens keep it from then on.
UPDATE course c
    JOIN (SELECT m.course_id, MIN(s.starts_at) AS first_at, MAX(s.ends_at) AS last_at
          FROM course_module m JOIN course_session s ON s.module_id = m.id
          GROUP BY m.course_id) p ON p.course_id = c.id
SET c.first_session_at = p.first_at, c.last_session_at = p.last_at
WHERE c.id >= 100000;
