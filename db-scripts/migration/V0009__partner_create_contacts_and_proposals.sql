-- The people a consultant talks to at a partner organisation; one of them may be given a login.
CREATE TABLE partner_contact (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    partner_organisation_id BIGINT       NOT NULL,
    name                    VARCHAR(120) NOT NULL,
    email                   VARCHAR(254) NOT NULL,
    phone                   VARCHAR(30)  NULL,
    account_id              BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_partner_contact_partner FOREIGN KEY (partner_organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT fk_partner_contact_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_partner_contact_email UNIQUE (partner_organisation_id, email),
    CONSTRAINT uq_partner_contact_account UNIQUE (account_id),
    CONSTRAINT ck_partner_contact_email CHECK (email LIKE '_%@_%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A co-designing partner's proposed wording of a module; the consultant accepts or rejects it,
-- and the row stays as the history both of them read.
CREATE TABLE module_proposal (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    module_id               BIGINT        NOT NULL,
    partner_organisation_id BIGINT        NOT NULL,
    proposed_by             BIGINT        NOT NULL,
    proposed_at             DATETIME(6)   NOT NULL,
    description_da          VARCHAR(2000) NULL,
    description_en          VARCHAR(2000) NULL,
    objectives_da           VARCHAR(2000) NULL,
    objectives_en           VARCHAR(2000) NULL,
    rationale               VARCHAR(1000) NULL,
    status                  VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    decided_by              BIGINT        NULL,
    decided_at              DATETIME(6)   NULL,
    decision_comment        VARCHAR(1000) NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_module_proposal_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE,
    CONSTRAINT fk_module_proposal_partner FOREIGN KEY (partner_organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT fk_module_proposal_proposer FOREIGN KEY (proposed_by) REFERENCES account (id),
    CONSTRAINT fk_module_proposal_decider FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_module_proposal_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT ck_module_proposal_decision CHECK ((status = 'PENDING') = (decided_at IS NULL)
                                                  AND (decided_at IS NULL) = (decided_by IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_module_proposal_module ON module_proposal (module_id, proposed_at);
CREATE INDEX ix_module_proposal_partner ON module_proposal (partner_organisation_id, status);
