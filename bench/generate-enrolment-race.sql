-- For bench/enrolment-race.sh: 500 participants and a published course with 30 seats and 50
-- places in line. Run against the run command's database after the demo data; ids from 200000 up,
-- so it can be loaded again (INSERT IGNORE) and the race reset (the DELETE at the end).
SET SESSION max_recursive_iterations = 100000;

INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
SELECT 200000 + i, CONCAT('race', i, '@bench.example'), CONCAT('Kapløber ', i),
       (SELECT password_hash FROM account WHERE id = 1006), 'da', 'TEACHER', 1000
FROM n;

INSERT IGNORE INTO account_role (account_id, role)
SELECT id, 'PARTICIPANT' FROM account WHERE id BETWEEN 200001 AND 200500;

INSERT IGNORE INTO course (id, code, title_da, description_da, theme_id, ects, status, place, municipality_id,
                           registration_deadline, period_start, period_end, min_participants, max_participants,
                           waiting_list_capacity, consultant_id)
VALUES (200000, 'BENCH-RACE', 'Kapløbet om de sidste pladser', 'Belastningstest af tilmelding.', 1, 0, 'PUBLISHED',
        'Professionshøjskolen, Campus Vejle', 630, CURDATE() + INTERVAL 20 DAY, CURDATE() + INTERVAL 30 DAY,
        CURDATE() + INTERVAL 30 DAY, 1, 30, 50, 1001);

INSERT IGNORE INTO course_module (id, course_id, position, title_da) VALUES (200000, 200000, 1, 'Eneste modul');
INSERT IGNORE INTO course_session (id, module_id, starts_at, ends_at, room_id)
VALUES (200000, 200000, CURDATE() + INTERVAL 30 DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL 30 DAY + INTERVAL 12 HOUR, 1000);
UPDATE course SET first_session_at = CURDATE() + INTERVAL 30 DAY + INTERVAL 9 HOUR,
                  last_session_at = CURDATE() + INTERVAL 30 DAY + INTERVAL 12 HOUR WHERE id = 200000;

-- A fresh race every time the script runs.
DELETE n FROM notification n WHERE n.course_id = 200000;
DELETE e FROM enrolment e WHERE e.course_id = 200000;
