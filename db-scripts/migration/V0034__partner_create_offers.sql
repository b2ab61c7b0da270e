-- Partners' offers to schools and daycares (Åben skole): a visit, a workshop, a volunteer
-- programme, with a theme, age groups, a place or "we come to you", a price per class (0 = free)
-- and a contact. Each offer has periods, and a period takes at most its capacity of classes.
CREATE TABLE partner_offer (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    partner_organisation_id BIGINT        NOT NULL,
    contact_id              BIGINT        NOT NULL,
    theme_id                BIGINT        NOT NULL,
    municipality_id         BIGINT        NOT NULL,
    title_da                VARCHAR(150)  NOT NULL,
    title_en                VARCHAR(150)  NULL,
    description_da          VARCHAR(2000) NOT NULL,
    description_en          VARCHAR(2000) NULL,
    place                   VARCHAR(200)  NULL,
    comes_to_you            BOOLEAN       NOT NULL DEFAULT FALSE,
    price                   INT           NOT NULL DEFAULT 0,
    published               BOOLEAN       NOT NULL DEFAULT FALSE,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_partner_offer_partner FOREIGN KEY (partner_organisation_id) REFERENCES partner_organisation (id),
    CONSTRAINT fk_partner_offer_contact FOREIGN KEY (contact_id) REFERENCES partner_contact (id),
    CONSTRAINT fk_partner_offer_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_partner_offer_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_partner_offer_title CHECK (CHAR_LENGTH(TRIM(title_da)) > 0),
    CONSTRAINT ck_partner_offer_description CHECK (CHAR_LENGTH(TRIM(description_da)) > 0),
    CONSTRAINT ck_partner_offer_place CHECK (comes_to_you OR place IS NOT NULL AND CHAR_LENGTH(TRIM(place)) > 0),
    CONSTRAINT ck_partner_offer_price CHECK (price BETWEEN 0 AND 100000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_offer_search ON partner_offer (published, theme_id, municipality_id);

CREATE TABLE partner_offer_age_group (
    offer_id  BIGINT      NOT NULL,
    age_group VARCHAR(11) NOT NULL,
    PRIMARY KEY (offer_id, age_group),
    CONSTRAINT fk_partner_offer_age_group_offer FOREIGN KEY (offer_id) REFERENCES partner_offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_partner_offer_age_group CHECK (age_group IN ('DAYCARE', 'GRADES_0_3', 'GRADES_4_6', 'GRADES_7_10'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_offer_age_group ON partner_offer_age_group (age_group, offer_id);

-- Requests that are open or accepted hold one of the period's places. A request writes the
-- period's lock_count before it counts them (a write, so it holds across Galera nodes too), so two
-- requests for the last place never both get it.
CREATE TABLE offer_period (
    id         BIGINT   NOT NULL AUTO_INCREMENT,
    offer_id   BIGINT   NOT NULL,
    starts_on  DATE     NOT NULL,
    ends_on    DATE     NOT NULL,
    capacity   SMALLINT NOT NULL,
    lock_count INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_offer_period_offer FOREIGN KEY (offer_id) REFERENCES partner_offer (id) ON DELETE CASCADE,
    CONSTRAINT ck_offer_period_dates CHECK (ends_on >= starts_on AND ends_on <= starts_on + INTERVAL 1 YEAR),
    CONSTRAINT ck_offer_period_capacity CHECK (capacity BETWEEN 1 AND 500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_period_offer ON offer_period (offer_id, starts_on);

-- A teacher's or leader's request for a class. While the partner proposes another time, starts_at
-- and ends_at hold the proposal; every step (with the times it named) is in offer_request_step.
-- sequence rises whenever an accepted booking changes, for the calendar feed.
CREATE TABLE offer_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    period_id       BIGINT        NOT NULL,
    requested_by_id BIGINT        NOT NULL,
    institution_id  BIGINT        NOT NULL,
    class_label     VARCHAR(40)   NOT NULL,
    age_group       VARCHAR(11)   NOT NULL,
    pupils          SMALLINT      NOT NULL,
    starts_at       DATETIME      NOT NULL,
    ends_at         DATETIME      NOT NULL,
    message         VARCHAR(1000) NULL,
    status          VARCHAR(9)    NOT NULL,
    requested_at    DATETIME      NOT NULL,
    sequence        INT           NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_offer_request_period FOREIGN KEY (period_id) REFERENCES offer_period (id),
    CONSTRAINT fk_offer_request_requested_by FOREIGN KEY (requested_by_id) REFERENCES account (id),
    CONSTRAINT fk_offer_request_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_offer_request_class CHECK (CHAR_LENGTH(TRIM(class_label)) > 0),
    CONSTRAINT ck_offer_request_age_group CHECK (age_group IN ('DAYCARE', 'GRADES_0_3', 'GRADES_4_6', 'GRADES_7_10')),
    CONSTRAINT ck_offer_request_pupils CHECK (pupils BETWEEN 1 AND 100),
    CONSTRAINT ck_offer_request_times CHECK (ends_at > starts_at AND DATE(ends_at) = DATE(starts_at)),
    CONSTRAINT ck_offer_request_status CHECK (status IN ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_request_period ON offer_request (period_id, status);
CREATE INDEX ix_offer_request_requested_by ON offer_request (requested_by_id, starts_at);
CREATE INDEX ix_offer_request_institution ON offer_request (institution_id, starts_at);

CREATE TABLE offer_request_step (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    request_id BIGINT        NOT NULL,
    actor_id   BIGINT        NOT NULL,
    taken_at   DATETIME      NOT NULL,
    status     VARCHAR(9)    NOT NULL,
    starts_at  DATETIME      NOT NULL,
    ends_at    DATETIME      NOT NULL,
    message    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_offer_request_step_request FOREIGN KEY (request_id) REFERENCES offer_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_request_step_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT ck_offer_request_step_status CHECK (status IN ('REQUESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_request_step_request ON offer_request_step (request_id, taken_at);
