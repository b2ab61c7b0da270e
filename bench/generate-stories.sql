-- For bench/stories.sh: practice stories at scale, after bench/generate-staff.sql and
-- bench/generate-offers.sql. 20,000 stories by the large municipality's staff about its 80 completed
-- courses, over the themes and every municipality: 60 % public, 25 % for everyone logged in, 10 % for
-- the cohort, 5 % not published; each names one of the 300 bench organisations (the first, which
-- partner.stor@bench.example represents, in about 70), nine in ten of which consented. The 100 bench
-- courses are runs of one course, so the last run's page looks through every story.
-- Ids from 500000 up, INSERT IGNORE.
SET SESSION max_recursive_iterations = 200000;

UPDATE course SET origin_id = 300001 WHERE id BETWEEN 300002 AND 300100 AND origin_id IS NULL;

INSERT IGNORE INTO practice_story (id, author_id, course_id, institution_id, theme_id, municipality_id, age_group, title,
                                   did, learned, audience, published_at, created_at, updated_at)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
SELECT 500000 + n.i, 300001 + n.i % 10000, 300001 + n.i % 80, 300001 + (n.i % 10000) DIV 250, 1 + n.i % 8, m.id,
       ELT(1 + n.i % 4, 'DAYCARE', 'GRADES_0_3', 'GRADES_4_6', 'GRADES_7_10'),
       CONCAT('Benchfortælling ', LPAD(n.i, 5, '0')),
       CONCAT('Vi arbejdede med ', ELT(1 + n.i % 4, 'natur', 'læsning', 'idræt', 'håndværk'),
              ' sammen med foreningens frivillige i ', 2 + n.i % 8, ' uger. ', REPEAT('Eleverne var med fra start. ', 20)),
       REPEAT('Et fast aftalt forløb holder bedre end en åben invitation. ', 10),
       IF(n.i % 20 = 0, NULL, ELT(1 + n.i % 20 DIV 2, 'PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC',
                                  'USERS', 'USERS', 'COHORT', 'USERS')),
       IF(n.i % 20 = 0, NULL, NOW() - INTERVAL n.i MINUTE), NOW() - INTERVAL n.i MINUTE, NOW() - INTERVAL n.i MINUTE
FROM n
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS r FROM municipality) m
  ON m.r = n.i % (SELECT COUNT(*) FROM municipality);

INSERT IGNORE INTO story_consent (id, story_id, partner_organisation_id, status, decided_by_id, decided_at)
SELECT id, id, 400001 + id % 300, IF(id % 10 = 0, 'ASKED', 'GIVEN'), IF(id % 10 = 0, NULL, 399999),
       IF(id % 10 = 0, NULL, NOW())
FROM practice_story WHERE id BETWEEN 500001 AND 520000;

ANALYZE TABLE practice_story, story_consent;
