-- Competence coverage (kompetencedækning): the subjects of the Folkeskole, each school's regular
-- classes per grade and planned lessons per subject and grade (the ministry's guideline lessons,
-- entered and edited by the leader), who teaches what, and which teachers have teaching
-- competence in which subjects (from training, or equivalent competence judged by the leader).
-- School years are named by the year they start in: 2026 is 2026/27.
CREATE TABLE subject (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     VARCHAR(20)  NOT NULL,
    name_da  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NULL,
    theme_id BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_subject_code UNIQUE (code),
    CONSTRAINT fk_subject_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO subject (code, name_da, name_en) VALUES
    ('dansk', 'Dansk', 'Danish'),
    ('matematik', 'Matematik', 'Mathematics'),
    ('engelsk', 'Engelsk', 'English'),
    ('tysk', 'Tysk', 'German'),
    ('fransk', 'Fransk', 'French'),
    ('natur-teknologi', 'Natur/teknologi', 'Science and technology'),
    ('biologi', 'Biologi', 'Biology'),
    ('geografi', 'Geografi', 'Geography'),
    ('fysik-kemi', 'Fysik/kemi', 'Physics and chemistry'),
    ('historie', 'Historie', 'History'),
    ('kristendomskundskab', 'Kristendomskundskab', 'Christian studies'),
    ('samfundsfag', 'Samfundsfag', 'Social studies'),
    ('idraet', 'Idræt', 'Physical education'),
    ('musik', 'Musik', 'Music'),
    ('billedkunst', 'Billedkunst', 'Visual arts'),
    ('haandvaerk-design', 'Håndværk og design', 'Crafts and design'),
    ('madkundskab', 'Madkundskab', 'Food knowledge');

CREATE TABLE school_classes (
    institution_id BIGINT NOT NULL,
    school_year    INT    NOT NULL,
    grade          INT    NOT NULL,
    classes        INT    NOT NULL,
    PRIMARY KEY (institution_id, school_year, grade),
    CONSTRAINT fk_school_classes_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_school_classes_year CHECK (school_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_school_classes_grade CHECK (grade BETWEEN 0 AND 10),
    CONSTRAINT ck_school_classes_classes CHECK (classes BETWEEN 0 AND 20)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Guideline lessons per class and school year in one subject and grade.
CREATE TABLE planned_lessons (
    institution_id    BIGINT NOT NULL,
    school_year       INT    NOT NULL,
    subject_id        BIGINT NOT NULL,
    grade             INT    NOT NULL,
    lessons_per_class INT    NOT NULL,
    PRIMARY KEY (institution_id, school_year, subject_id, grade),
    CONSTRAINT fk_planned_lessons_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_planned_lessons_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT ck_planned_lessons_year CHECK (school_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_planned_lessons_grade CHECK (grade BETWEEN 0 AND 10),
    CONSTRAINT ck_planned_lessons_lessons CHECK (lessons_per_class BETWEEN 1 AND 600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lessons a teacher teaches in a subject and grade over the school year.
CREATE TABLE teaching_assignment (
    id             BIGINT NOT NULL AUTO_INCREMENT,
    institution_id BIGINT NOT NULL,
    school_year    INT    NOT NULL,
    account_id     BIGINT NOT NULL,
    subject_id     BIGINT NOT NULL,
    grade          INT    NOT NULL,
    lessons        INT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_teaching_assignment UNIQUE (institution_id, school_year, account_id, subject_id, grade),
    CONSTRAINT fk_teaching_assignment_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_teaching_assignment_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_teaching_assignment_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT ck_teaching_assignment_year CHECK (school_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_teaching_assignment_grade CHECK (grade BETWEEN 0 AND 10),
    CONSTRAINT ck_teaching_assignment_lessons CHECK (lessons BETWEEN 1 AND 1200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_teaching_assignment_school ON teaching_assignment (institution_id, school_year, subject_id, grade);

-- A teacher's competence in a subject. Equivalent competence carries the leader's note, and may
-- point at a completed Samspil course as evidence.
CREATE TABLE teaching_competence (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    account_id            BIGINT       NOT NULL,
    subject_id            BIGINT       NOT NULL,
    basis                 VARCHAR(10)  NOT NULL,
    note                  VARCHAR(500) NULL,
    evidence_enrolment_id BIGINT       NULL,
    assessed_by           BIGINT       NOT NULL,
    assessed_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_teaching_competence UNIQUE (account_id, subject_id),
    CONSTRAINT fk_teaching_competence_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_teaching_competence_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_teaching_competence_evidence FOREIGN KEY (evidence_enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_teaching_competence_assessed_by FOREIGN KEY (assessed_by) REFERENCES account (id),
    CONSTRAINT ck_teaching_competence_basis CHECK (basis IN ('TRAINING', 'EQUIVALENT')),
    CONSTRAINT ck_teaching_competence_note CHECK (basis = 'TRAINING' OR CHAR_LENGTH(TRIM(note)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
