-- What billing needs to know of an enrolment: the payer's order or person reference for this place
-- (given by the leader who approves it), and when a seated participant gave up the seat (a
-- withdrawal after the course's withdrawal deadline is still paid for).
ALTER TABLE enrolment
    ADD COLUMN payer_reference VARCHAR(60) NULL,
    ADD COLUMN seat_released_at DATETIME NULL,
    ADD CONSTRAINT ck_enrolment_payer_reference CHECK (CHAR_LENGTH(TRIM(payer_reference)) > 0);

-- Seated participants withdrawn by a consultant before this column existed: the decision's time.
UPDATE enrolment e
SET seat_released_at = (SELECT MAX(ev.happened_at) FROM enrolment_event ev
                        WHERE ev.enrolment_id = e.id AND ev.to_status = 'WITHDRAWN'
                          AND ev.from_status IN ('CONFIRMED', 'COMPLETED'))
WHERE e.status = 'WITHDRAWN';

-- A course that has been invoiced keeps its price and payer: a change needs a credit note or a new course.
ALTER TABLE course
    ADD COLUMN invoiced BOOLEAN NOT NULL DEFAULT FALSE;
