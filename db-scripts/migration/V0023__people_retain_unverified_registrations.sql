-- Self-registrations whose address was never verified cannot log in and hold nothing but the name
-- and address typed: they are deleted a month after the last attempt to register the address.
ALTER TABLE retention_rule DROP CONSTRAINT ck_retention_rule_kind;
ALTER TABLE retention_rule ADD CONSTRAINT ck_retention_rule_kind CHECK (kind IN ('REFLECTIONS', 'NOTIFICATIONS',
    'ACCESS_LOG', 'INACTIVE_ACCOUNTS', 'SECURITY_RECORDS', 'UNVERIFIED_REGISTRATIONS'));
ALTER TABLE retention_run DROP CONSTRAINT ck_retention_run_kind;
ALTER TABLE retention_run ADD CONSTRAINT ck_retention_run_kind CHECK (kind IN ('REFLECTIONS', 'NOTIFICATIONS',
    'ACCESS_LOG', 'INACTIVE_ACCOUNTS', 'SECURITY_RECORDS', 'UNVERIFIED_REGISTRATIONS'));
INSERT INTO retention_rule (kind, keep_months) VALUES ('UNVERIFIED_REGISTRATIONS', 1);
