-- Organisations that co-create courses with the university college.
CREATE TABLE partner_organisation (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(150)  NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    description_da VARCHAR(1000) NULL,
    description_en VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_partner_organisation_name UNIQUE (name),
    CONSTRAINT ck_partner_organisation_kind CHECK (kind IN ('ASSOCIATION', 'VOLUNTEER_ORGANISATION', 'COMPANY',
                                                           'CULTURAL_INSTITUTION', 'MUNICIPAL_UNIT', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
