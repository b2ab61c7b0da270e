-- How an institution wants its invoices: the postal address on them (Peppol asks for the buyer's
-- country; street, postcode and town where the payer gives them), whether every place needs its own
-- order or person reference (the leader gives it when approving), and whether the participants are
-- named on the lines. A finance role reads and issues the invoices.
ALTER TABLE institution
    ADD COLUMN invoice_street VARCHAR(100) NULL,
    ADD COLUMN invoice_postcode CHAR(4) NULL,
    ADD COLUMN invoice_town VARCHAR(60) NULL,
    ADD COLUMN reference_required BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN names_on_invoice BOOLEAN NOT NULL DEFAULT TRUE,
    ADD CONSTRAINT ck_institution_invoice_street CHECK (CHAR_LENGTH(TRIM(invoice_street)) > 0),
    ADD CONSTRAINT ck_institution_invoice_postcode CHECK (invoice_postcode REGEXP '^[0-9]{4}$'),
    ADD CONSTRAINT ck_institution_invoice_town CHECK (CHAR_LENGTH(TRIM(invoice_town)) > 0);

ALTER TABLE account_role
    DROP CONSTRAINT ck_account_role,
    ADD CONSTRAINT ck_account_role CHECK (role IN ('PARTICIPANT', 'LEADER', 'CONSULTANT', 'PARTNER', 'ADMIN', 'FINANCE'));
