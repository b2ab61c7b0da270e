-- Municipalities and the institutions (schools, daycare, administrations) where participants work.
CREATE TABLE municipality (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    code    CHAR(3)      NOT NULL,
    name    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_municipality_code UNIQUE (code),
    CONSTRAINT ck_municipality_code CHECK (code REGEXP '^[0-9]{3}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE institution (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    municipality_id BIGINT       NOT NULL,
    name            VARCHAR(150) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_institution_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT uq_institution_name UNIQUE (municipality_id, name),
    CONSTRAINT ck_institution_kind CHECK (kind IN ('SCHOOL', 'DAYCARE', 'ADMINISTRATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
