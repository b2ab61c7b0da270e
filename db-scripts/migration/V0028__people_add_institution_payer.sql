-- Who pays for a place: an institution (or its municipality's administration) is invoiced
-- electronically through NemHandel at its EAN number (a GS1 location number: 13 digits, the last a
-- check digit over the first twelve weighted 1, 3, 1, 3 …), with the order or person reference the
-- payer wants on every invoice. The check digit is checked here as in the entity and the form.
ALTER TABLE institution
    ADD COLUMN ean CHAR(13) NULL,
    ADD COLUMN invoice_reference VARCHAR(60) NULL,
    ADD CONSTRAINT ck_institution_ean CHECK (ean REGEXP '^[0-9]{13}$' AND
        (10 - (SUBSTRING(ean, 1, 1) + 3 * SUBSTRING(ean, 2, 1) + SUBSTRING(ean, 3, 1) + 3 * SUBSTRING(ean, 4, 1) +
                 SUBSTRING(ean, 5, 1) + 3 * SUBSTRING(ean, 6, 1) + SUBSTRING(ean, 7, 1) + 3 * SUBSTRING(ean, 8, 1) +
                 SUBSTRING(ean, 9, 1) + 3 * SUBSTRING(ean, 10, 1) + SUBSTRING(ean, 11, 1) + 3 * SUBSTRING(ean, 12, 1)) % 10) % 10 = SUBSTRING(ean, 13, 1)),
    ADD CONSTRAINT ck_institution_invoice_reference CHECK (CHAR_LENGTH(TRIM(invoice_reference)) > 0);
