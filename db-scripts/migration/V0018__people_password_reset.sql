-- Passwords can be changed by their owner and reset through a link mailed to the account's address.
-- A session older than the last password change ends at its next request (the session guard reads
-- password_changed_at). A reset token is stored only as its SHA-256 hash, is used once, and expires.
ALTER TABLE account ADD COLUMN password_changed_at DATETIME(6) NULL;

CREATE TABLE password_reset (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_password_reset_expiry CHECK (expires_at > created_at),
    CONSTRAINT ck_password_reset_hash CHECK (token_hash REGEXP '^[0-9a-f]{64}$'),
    INDEX ix_password_reset_account (account_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
