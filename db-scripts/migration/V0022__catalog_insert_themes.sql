-- The themes a college starts with (reference data, not demo data): consultants add, rename and
-- retire themes on their themes page. Understøttende undervisning was abolished from 2025/26 and
-- replaced by the school's time bank; it stays for old courses, retired.
-- A database that already has a theme with one of these codes (or ids) keeps it.
INSERT IGNORE INTO theme (id, code, name_da, name_en, active) VALUES
    (1, 'open-school', 'Åben skole', 'Open school', TRUE),
    (2, 'civil-society', 'Partnerskaber med civilsamfundet', 'Partnerships with civil society', TRUE),
    (3, 'inclusion', 'Inklusion', 'Inclusion', TRUE),
    (4, 'cross-professional', 'Tværprofessionelt samarbejde', 'Cross-professional cooperation', TRUE),
    (5, 'school-leadership', 'Skoleledelse', 'School leadership', TRUE),
    (6, 'reading', 'Læsning', 'Reading', TRUE),
    (7, 'mathematics', 'Matematik', 'Mathematics', TRUE),
    (8, 'timebank', 'Skolens timebank', 'The school''s time bank', TRUE),
    (9, 'supportive-teaching', 'Understøttende undervisning', 'Supportive teaching', FALSE);
