-- Accounts log in with their e-mail address; roles are granted per account.
CREATE TABLE account (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    email                   VARCHAR(254) NOT NULL,
    display_name            VARCHAR(120) NOT NULL,
    password_hash           VARCHAR(255) NOT NULL,
    language                CHAR(2)      NOT NULL DEFAULT 'da',
    active                  BOOLEAN      NOT NULL DEFAULT TRUE,
    job_function            VARCHAR(20)  NULL,
    institution_id          BIGINT       NULL,
    partner_organisation_id BIGINT       NULL,
    created_at              DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_account_partner FOREIGN KEY (partner_organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT ck_account_language CHECK (language IN ('da', 'en')),
    CONSTRAINT ck_account_job_function CHECK (job_function IN ('TEACHER', 'PEDAGOGUE', 'LEADER', 'CONSULTANT', 'OTHER')),
    CONSTRAINT ck_account_email CHECK (email LIKE '_%@_%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('PARTICIPANT', 'LEADER', 'CONSULTANT', 'PARTNER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A leader leads one or more institutions and sees only their staff.
CREATE TABLE leader_institution (
    account_id     BIGINT NOT NULL,
    institution_id BIGINT NOT NULL,
    PRIMARY KEY (account_id, institution_id),
    CONSTRAINT fk_leader_institution_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_leader_institution_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
