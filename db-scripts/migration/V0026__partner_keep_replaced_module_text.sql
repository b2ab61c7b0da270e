-- A decided proposal keeps the module's wording it was weighed against, so that the history shows
-- before and after even once an accepted proposal has replaced that wording. Proposals decided
-- before this change have none recorded (the text they replaced was not kept). TEXT, because four
-- more VARCHAR(2000) columns in utf8mb4 would pass MariaDB's 65,535-byte row limit; the checks keep
-- the module's limit of 2,000 characters.
ALTER TABLE module_proposal
    ADD COLUMN replaced_description_da TEXT NULL AFTER objectives_en,
    ADD COLUMN replaced_description_en TEXT NULL AFTER replaced_description_da,
    ADD COLUMN replaced_objectives_da  TEXT NULL AFTER replaced_description_en,
    ADD COLUMN replaced_objectives_en  TEXT NULL AFTER replaced_objectives_da,
    ADD CONSTRAINT ck_module_proposal_replaced_length CHECK (
        CHAR_LENGTH(replaced_description_da) <= 2000 AND CHAR_LENGTH(replaced_description_en) <= 2000
        AND CHAR_LENGTH(replaced_objectives_da) <= 2000 AND CHAR_LENGTH(replaced_objectives_en) <= 2000);
