-- A college starts from an empty database: administrators make accounts and institutions, and
-- people register themselves.
--  * A self-registered account can log in only once its e-mail address is verified by the link in
--    the registration mail (accounts made any other way are verified: an administrator's invitation
--    proves the address when its link sets the first password).
--  * A self-registered person names the institution they work at; it becomes their institution only
--    when one of its leaders confirms it, so nobody can make themselves a leader's staff.
--  * Institutions carry their number in the ministry's institution register where they have one,
--    and are closed rather than deleted (their history stays).
--  * The mailed links (password reset, invitation, e-mail verification) share one table and one
--    rule: only the token's SHA-256 is stored, a link works once and expires.
ALTER TABLE account
    ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN requested_institution_id BIGINT NULL,
    ADD CONSTRAINT fk_account_requested_institution FOREIGN KEY (requested_institution_id) REFERENCES institution (id);
CREATE INDEX ix_account_name ON account (display_name, id);
CREATE INDEX ix_account_institution ON account (institution_id, display_name);

ALTER TABLE institution
    ADD COLUMN institution_number CHAR(6) NULL,
    ADD COLUMN closed_on DATE NULL,
    ADD CONSTRAINT uq_institution_number UNIQUE (institution_number),
    ADD CONSTRAINT ck_institution_number CHECK (institution_number REGEXP '^[0-9]{6}$');

RENAME TABLE password_reset TO account_link;
ALTER TABLE account_link
    ADD COLUMN purpose VARCHAR(20) NOT NULL DEFAULT 'RESET' AFTER account_id,
    ADD CONSTRAINT ck_account_link_purpose CHECK (purpose IN ('RESET', 'INVITATION', 'VERIFICATION'));
