-- Locks that a Galera cluster certifies: writes, where a SELECT … FOR UPDATE would hold on one node only.

-- The course's lock is a write, not a read lock: every transaction that decides about a course's
-- seats, changes the course or invoices it first adds one here. On one server the UPDATE locks the
-- row as SELECT … FOR UPDATE did; in a Galera cluster, where a read lock holds only on the node
-- that took it, two such transactions on different nodes then write the same row, so certification
-- lets the first commit and makes the other run again (it then counts what the first decided).
ALTER TABLE course
    ADD COLUMN lock_count BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_course_lock_count CHECK (lock_count >= 0);

-- A named guard for a decision that reads several rows and must not be made twice at once on
-- different nodes (that an administrator is left, say): the transaction writes the guard's row
-- first, so that two of them always write the same row and one waits, or loses certification.
CREATE TABLE write_guard (
    name VARCHAR(60) NOT NULL,
    taken BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT pk_write_guard PRIMARY KEY (name),
    CONSTRAINT ck_write_guard_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_write_guard_taken CHECK (taken >= 0)
);
