-- No enrolment ever became NO_SHOW: not completing a course one was seated on is the consultant's
-- completion decision (or the completion rule), not a status of its own. The check no longer
-- allows it, so that the database and the application name the same statuses.
ALTER TABLE enrolment
    DROP CONSTRAINT ck_enrolment_status,
    ADD CONSTRAINT ck_enrolment_status CHECK (status IN ('REQUESTED', 'AWAITING_APPROVAL', 'CONFIRMED', 'WAITLISTED',
                                                         'OFFERED', 'COMPLETED', 'REJECTED', 'WITHDRAWN', 'CANCELLED'));
