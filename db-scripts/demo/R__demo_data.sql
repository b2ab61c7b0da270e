-- Demo data for the run command only (never loaded by tests). Idempotent: rows carry fixed ids
-- from 1000 up and INSERT IGNORE keeps what is already there. Dates are relative to the first run.
-- Every demo account's password is: samspil-demo-2026

INSERT IGNORE INTO institution (id, municipality_id, name, kind) VALUES
    (1000, 630, 'Fjordskolen', 'SCHOOL'),
    (1001, 630, 'Bakkeskolen', 'SCHOOL'),
    (1002, 630, 'Engskolen', 'SCHOOL'),
    (1003, 630, 'Børnehuset Mælkebøtten', 'DAYCARE'),
    (1004, 630, 'Børn og Unge, Vejle Kommune', 'ADMINISTRATION');

INSERT IGNORE INTO partner_organisation (id, name, kind, description_da, description_en) VALUES
    (1000, 'Læsebedsteforældrene i Vejle', 'VOLUNTEER_ORGANISATION',
     'Frivillige seniorer der læser med elever i indskolingen hver uge.',
     'Volunteer seniors who read with young pupils every week.'),
    (1001, 'Fjordbyens Idrætsforening', 'ASSOCIATION',
     'Lokal idrætsforening med fodbold, håndbold og svømning for børn og unge.',
     'Local sports club with football, handball and swimming for children and young people.'),
    (1002, 'Holm & Søn Tømrer- og Snedkerfirma', 'COMPANY',
     'Lokal virksomhed der tager elever ind til praktik og åbne værkstedsdage.',
     'Local carpentry firm that hosts pupils for work placements and open workshop days.'),
    (1003, 'Kulturhuset Spinderiet', 'CULTURAL_INSTITUTION',
     'Kulturhus med musik, scenekunst og billedkunst for skoler.',
     'Arts centre offering music, performing and visual arts for schools.'),
    (1004, 'Ungdomsskolen Vejle', 'MUNICIPAL_UNIT',
     'Kommunal ungdomsskole med valgfag, klubber og SSP-samarbejde.',
     'Municipal youth school with electives, clubs and crime-prevention cooperation.');

INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id, partner_organisation_id) VALUES
    (1000, 'admin@samspil.example', 'Samspil administrator', 'PBKDF2WithHmacSHA256:600000:awXO0hLFZ2dpi1T58fQxmtbCDSGfSC8w+jt4VrijnV0=:Iq0Y5N27IPb6fTmNCJInNqITxBdiItw+RPgAMxAF/y8=', 'da', 'OTHER', NULL, NULL),
    (1001, 'jonas.berg@samspil.example', 'Jonas Berg', 'PBKDF2WithHmacSHA256:600000:XHJL1Ja9hKgHfa5bJmI0DZG76YsRGq+AP2VY95lDmkc=:pYpLEuiY0xz7wmEeFCK1gjvsltn/1TcQd5zmHYwXKvo=', 'da', 'CONSULTANT', NULL, NULL),
    (1002, 'sara.nielsen@samspil.example', 'Sara Nielsen', 'PBKDF2WithHmacSHA256:600000:C+kihDtwFX5zluHN8QFDTOo7oMt2LPlqWTK0TJoq5Nw=:uEUS7y5PySE1QFzZMg1sUIbyHiB7cGpDS5mfnNuqxgs=', 'en', 'CONSULTANT', NULL, NULL),
    (1003, 'mette.holm@fjordskolen.example', 'Mette Holm', 'PBKDF2WithHmacSHA256:600000:TvPEAEPFyO2jGUKK90lH4jm7g0tBfbDnBLBNEesy0zE=:eBFDQxJ15zTrbZfjBVAXtpq7+pmOKy86FKraLp503BQ=', 'da', 'LEADER', 1000, NULL),
    (1004, 'peter.aagaard@bakkeskolen.example', 'Peter Aagaard', 'PBKDF2WithHmacSHA256:600000:mG6jEwEdxjOgaLyyyIGCj5O+O/dNNyVHKBNyvars9+A=:eBxAc17KYnHHNroInF+s9a7Og6qRMvB43i3sbOdhxAs=', 'da', 'LEADER', 1001, NULL),
    (1005, 'lone.friis@vejle.example', 'Lone Friis', 'PBKDF2WithHmacSHA256:600000:yY+YM+AxfKEqquTWhn4mc97MvThWlL6PSu58u5QFiRw=:Rz8x1NtwKqAPpg4fSb6PdzmEHJTgb7SbYtj8wL+58mY=', 'da', 'LEADER', 1004, NULL),
    (1006, 'anne.larsen@fjordskolen.example', 'Anne Larsen', 'PBKDF2WithHmacSHA256:600000:aB1H2F/G4UtR87IsGmd0tnPhbro0WQFBWrEOtAbDDac=:nLrlvzCnY0ZRYhu+onD9Hvx9qId6SVCO4Cy4/+tPdqk=', 'da', 'TEACHER', 1000, NULL),
    (1007, 'omar.haddad@fjordskolen.example', 'Omar Haddad', 'PBKDF2WithHmacSHA256:600000:5GpPBzibnY5jkvTGLg9Z9e8IhksVEmpdGyWnSfb50gE=:e7uyLQTgSDECfyFKJgy2f/vpYeY5xEDXqbmaN04PZH8=', 'da', 'TEACHER', 1000, NULL),
    (1008, 'signe.kjaer@fjordskolen.example', 'Signe Kjær', 'PBKDF2WithHmacSHA256:600000:tlbPJbOGpzQjUshPRdkqehJikanuibleqi5Dd/0Qm8I=:NFeEIXvDIz2lyEHayNAK0SO29mdjp20KxEmmKI5Vrvk=', 'da', 'PEDAGOGUE', 1000, NULL),
    (1009, 'mads.soerensen@bakkeskolen.example', 'Mads Sørensen', 'PBKDF2WithHmacSHA256:600000:cukuQcoKBnv6aXrl7WUpbBH5SenrFJj6fS5vGHK21W8=:CshHBJTCvaukdpiaCBpzd/0yXWA3N5oB59dQQS9uGE4=', 'da', 'TEACHER', 1001, NULL),
    (1010, 'camilla.brandt@engskolen.example', 'Camilla Brandt', 'PBKDF2WithHmacSHA256:600000:qXLFBEGcz310FWeMHNAyBkALu8A3SlgSYY9L5GQHGsU=:zjNfQuy4Mzi5FVNENlR1Udbh+3DnKUd0aJ25ISqTQxM=', 'en', 'TEACHER', 1002, NULL),
    (1011, 'birgit.dahl@maelkeboetten.example', 'Birgit Dahl', 'PBKDF2WithHmacSHA256:600000:RzE38b6Wi+hCoLHU2THtW9z+0l1+Dz6sqar8yOf1gmo=:i5sNf3zHsxsTaJREjuWVzMCnkqnSlU/3guESEIgAsKU=', 'da', 'PEDAGOGUE', 1003, NULL),
    (1012, 'kirsten.moeller@laesebedster.example', 'Kirsten Møller', 'PBKDF2WithHmacSHA256:600000:91L2wFXOEOipsxgkKVrQYyg8UeKkxP8MPVV1vDsCUk4=:5FkKCdb6KWuIkSllaorWo0DV1rHqsAXS6zaXtqQwANk=', 'da', 'OTHER', NULL, 1000),
    (1013, 'rasmus.holm@holmogsoen.example', 'Rasmus Holm', 'PBKDF2WithHmacSHA256:600000:5MJGpvCkXWTrKx9wRFzcfO/0eFpeUWquLeF4qgWMlCk=:8Iy2VKNdwjwG/EmS1TZ0egxhLsaq7rMzALOOmtVJIOA=', 'da', 'OTHER', NULL, 1002);

INSERT IGNORE INTO account_role (account_id, role) VALUES
    (1000, 'ADMIN'),
    (1001, 'CONSULTANT'), (1002, 'CONSULTANT'),
    (1003, 'LEADER'), (1003, 'PARTICIPANT'),
    (1004, 'LEADER'), (1004, 'PARTICIPANT'),
    (1005, 'LEADER'), (1005, 'PARTICIPANT'),
    (1006, 'PARTICIPANT'), (1007, 'PARTICIPANT'), (1008, 'PARTICIPANT'),
    (1009, 'PARTICIPANT'), (1010, 'PARTICIPANT'), (1011, 'PARTICIPANT'),
    (1012, 'PARTNER'), (1013, 'PARTNER');

INSERT IGNORE INTO leader_institution (account_id, institution_id) VALUES
    (1003, 1000),
    (1004, 1001),
    (1005, 1002), (1005, 1003), (1005, 1004);

INSERT IGNORE INTO course (id, code, title_da, title_en, description_da, description_en, theme_id, ects, status, place,
                           municipality_id, registration_deadline, min_participants, max_participants,
                           leader_approval_required, consultant_id, period_start, period_end, price, payer) VALUES
    (1000, 'EVU-ÅS-01', 'Åben skole i praksis', 'Open school in practice',
     'Sådan planlægger skolen forløb sammen med foreninger, kulturinstitutioner og virksomheder, så eleverne lærer uden for klasselokalet.',
     'How a school plans learning with associations, cultural institutions and companies so pupils learn outside the classroom.',
     1, 5, 'PUBLISHED', 'Professionshøjskolen, Campus Vejle', 630, CURDATE() + INTERVAL 20 DAY, 8, 24, TRUE, 1001, CURDATE() + INTERVAL 30 DAY, CURDATE() + INTERVAL 44 DAY, 1450.00, 'INSTITUTION'),
    (1001, 'EVU-CS-02', 'Frivillige som læringspartnere', 'Volunteers as learning partners',
     'Samarbejde med frivillige og civilsamfundsorganisationer om elevernes læsning og trivsel – fra første kontakt til fælles evaluering.',
     'Working with volunteers and civil-society organisations on pupils'' reading and well-being, from first contact to joint evaluation.',
     2, 0, 'PUBLISHED', 'Fjordskolen, Vejle', 630, CURDATE() + INTERVAL 14 DAY, 6, 20, FALSE, 1001, CURDATE() + INTERVAL 21 DAY, CURDATE() + INTERVAL 35 DAY, 0, 'FUNDED'),
    (1002, 'EVU-IN-03', 'Inkluderende læringsmiljøer', 'Inclusive learning environments',
     'Diplommodul om inkluderende praksis, differentiering og samarbejde med forældre og PPR.',
     'Diploma module on inclusive practice, differentiation and cooperation with parents and educational psychology services.',
     3, 10, 'PUBLISHED', 'Professionshøjskolen, Campus Vejle', 630, CURDATE() + INTERVAL 30 DAY, 10, 30, TRUE, 1002, CURDATE() + INTERVAL 40 DAY, CURDATE() + INTERVAL 54 DAY, 8900.00, 'MUNICIPALITY'),
    (1003, 'EVU-TP-04', 'Lærere og pædagoger i tværprofessionelt samarbejde', 'Teachers and pedagogues in cross-professional cooperation',
     'Fælles forløb for lærere og pædagoger om at planlægge, gennemføre og evaluere undervisning sammen.',
     'A joint course for teachers and pedagogues on planning, teaching and evaluating together.',
     4, 5, 'PUBLISHED', 'Bakkeskolen, Vejle', 630, CURDATE() + INTERVAL 25 DAY, 8, 16, FALSE, 1002, CURDATE() + INTERVAL 32 DAY, CURDATE() + INTERVAL 32 DAY, 0, 'FUNDED'),
    (1004, 'EVU-SL-05', 'At lede samskabelse', 'Leading co-creation',
     'For skoleledere: hvordan man leder partnerskaber på tværs af skole, forvaltning, civilsamfund og erhvervsliv.',
     'For school leaders: leading partnerships across school, administration, civil society and business.',
     5, 5, 'PUBLISHED', 'Professionshøjskolen, Campus Vejle', 630, CURDATE() + INTERVAL 35 DAY, 6, 12, FALSE, 1001, CURDATE() + INTERVAL 45 DAY, CURDATE() + INTERVAL 45 DAY, 2200.00, 'INSTITUTION'),
    (1005, 'EVU-ÅS-06', 'Bevægelse og idræt med foreningslivet', 'Movement and sport with local clubs',
     'Kortere forløb om at bruge lokale idrætsforeninger i skoledagens bevægelse og i valgfag.',
     'A short course on using local sports clubs in the school day''s physical activity and in electives.',
     1, 0, 'PUBLISHED', 'Fjordbyens Idrætsforening, Vejle', 630, CURDATE() + INTERVAL 10 DAY, 3, 3, FALSE, 1002, CURDATE() + INTERVAL 16 DAY, CURDATE() + INTERVAL 16 DAY, 0, 'FUNDED'),
    (1006, 'EVU-TB-07', 'Skolens timebank – planlægning', 'Planning the school''s time bank',
     'Kladde: forløb om at planlægge brugen af skolens timebank fra skoleåret 2025/26.',
     'Draft: planning the use of the school''s time bank from the 2025/26 school year.',
     8, 0, 'DRAFT', 'Professionshøjskolen, Campus Vejle', 630, CURDATE() + INTERVAL 60 DAY, 8, 20, FALSE, 1001, CURDATE() + INTERVAL 70 DAY, CURDATE() + INTERVAL 70 DAY, 0, 'FUNDED');

INSERT IGNORE INTO course_module (id, course_id, position, title_da, title_en, objectives_da, objectives_en) VALUES
    (1000, 1000, 1, 'Skolens omverden som læringsrum', 'The school''s surroundings as a learning space',
     'Kortlægge lokale partnere og koble dem til Fælles Mål.', 'Map local partners and link them to the national curriculum.'),
    (1001, 1000, 2, 'Fra idé til aftale med en partner', 'From idea to agreement with a partner',
     'Indgå en konkret samarbejdsaftale og planlægge et forløb.', 'Make a concrete agreement and plan a learning sequence.'),
    (1002, 1001, 1, 'Frivillige i skolens hverdag', 'Volunteers in everyday school life',
     'Forstå frivilliges motiver og rammer.', 'Understand volunteers'' motives and conditions.'),
    (1003, 1001, 2, 'Læsemakkere og fælles evaluering', 'Reading buddies and joint evaluation',
     'Evaluere et læseforløb sammen med frivillige.', 'Evaluate a reading programme together with volunteers.'),
    (1004, 1002, 1, 'Inklusion i teori og praksis', 'Inclusion in theory and practice',
     'Analysere egen praksis med inklusionsbegreber.', 'Analyse one''s own practice with concepts of inclusion.'),
    (1005, 1002, 2, 'Samarbejde med forældre og PPR', 'Cooperation with parents and psychology services',
     'Planlægge et tværfagligt forløb om et barn i vanskeligheder.', 'Plan cross-disciplinary work around a child in difficulty.'),
    (1006, 1003, 1, 'Fælles planlægning', 'Planning together',
     'Planlægge undervisning med tydelige roller for lærer og pædagog.', 'Plan teaching with clear roles for teacher and pedagogue.'),
    (1007, 1004, 1, 'Ledelse af partnerskaber', 'Leading partnerships',
     'Sætte retning for skolens samarbejde med omverdenen.', 'Set a direction for the school''s cooperation with its surroundings.'),
    (1008, 1005, 1, 'Bevægelse med foreningerne', 'Movement with the clubs',
     'Planlægge bevægelse i skoledagen med en lokal forening.', 'Plan physical activity in the school day with a local club.'),
    (1009, 1006, 1, 'Timebankens muligheder', 'What the time bank allows',
     'Kende rammerne for skolens timebank.', 'Know the rules of the school''s time bank.');

INSERT IGNORE INTO room (id, place, name, municipality_id, capacity) VALUES
    (1000, 'Professionshøjskolen, Campus Vejle', 1000, 630, 40),
    (1001, 'Kulturhuset Spinderiet', 'Sal 2', 630, 60),
    (1002, 'Fjordskolen', 'Personalerummet', 630, 25),
    (1003, 'Fjordskolen', 'Biblioteket', 630, 30),
    (1004, 'Professionshøjskolen, Campus Vejle', 1004, 630, 32),
    (1005, 'Bakkeskolen', 'Aulaen', 630, 120),
    (1006, 'Professionshøjskolen, Campus Vejle', 1006, 630, 16),
    (1007, 'Fjordbyens Idrætsforening', 'Hal 1', 630, 80);

INSERT IGNORE INTO course_session (id, module_id, starts_at, ends_at, room_id, host_partner_id) VALUES
    (1000, 1000, CURDATE() + INTERVAL 30 DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL 30 DAY + INTERVAL 15 HOUR, 1000, NULL),
    (1001, 1001, CURDATE() + INTERVAL 44 DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL 44 DAY + INTERVAL 15 HOUR, 1001, 1003),
    (1002, 1002, CURDATE() + INTERVAL 21 DAY + INTERVAL 13 HOUR, CURDATE() + INTERVAL 21 DAY + INTERVAL 16 HOUR, 1002, 1000),
    (1003, 1003, CURDATE() + INTERVAL 35 DAY + INTERVAL 13 HOUR, CURDATE() + INTERVAL 35 DAY + INTERVAL 16 HOUR, 1003, 1000),
    (1004, 1004, CURDATE() + INTERVAL 40 DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL 40 DAY + INTERVAL 16 HOUR, 1004, NULL),
    (1005, 1005, CURDATE() + INTERVAL 54 DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL 54 DAY + INTERVAL 16 HOUR, 1004, NULL),
    (1006, 1006, CURDATE() + INTERVAL 32 DAY + INTERVAL 12 HOUR, CURDATE() + INTERVAL 32 DAY + INTERVAL 16 HOUR, 1005, NULL),
    (1007, 1007, CURDATE() + INTERVAL 45 DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL 45 DAY + INTERVAL 15 HOUR, 1006, NULL),
    (1008, 1008, CURDATE() + INTERVAL 16 DAY + INTERVAL 8 HOUR, CURDATE() + INTERVAL 16 DAY + INTERVAL 12 HOUR, 1007, 1001),
    (1009, 1009, CURDATE() + INTERVAL 70 DAY + INTERVAL 9 HOUR, CURDATE() + INTERVAL 70 DAY + INTERVAL 12 HOUR, 1000, NULL);

INSERT IGNORE INTO session_facilitator (session_id, account_id) VALUES
    (1000, 1001), (1001, 1001), (1002, 1001), (1002, 1012), (1003, 1001), (1003, 1012),
    (1004, 1002), (1005, 1002), (1006, 1002), (1007, 1001), (1008, 1002), (1009, 1001);

-- Module texts a partner can propose changes to, and prompts for the participants' reflections.
UPDATE course_module
SET description_da = 'Hvem er skolens naboer, og hvad kan de bidrage med? Vi kortlægger sammen.',
    description_en = 'Who are the school''s neighbours, and what can they bring? We map them together.',
    reflection_prompts_da = 'Hvilken partner kunne gøre en forskel for dine elever – og hvorfor?',
    reflection_prompts_en = 'Which partner could make a difference for your pupils, and why?'
WHERE id = 1000 AND description_da IS NULL;
UPDATE course_module
SET description_da = 'Hvordan tager skolen imod frivillige, så de bliver og trives?',
    description_en = 'How does the school welcome volunteers so that they stay and thrive?',
    reflection_prompts_da = 'Beskriv et møde med en frivillig: hvad lærte du om dit eget arbejde?',
    reflection_prompts_en = 'Describe a meeting with a volunteer: what did you learn about your own work?'
WHERE id = 1002 AND description_da IS NULL;

INSERT IGNORE INTO partner_contact (id, partner_organisation_id, name, email, phone, account_id) VALUES
    (1000, 1000, 'Kirsten Møller', 'kirsten.moeller@laesebedster.example', '+45 21 43 65 87', 1012),
    (1001, 1002, 'Rasmus Holm', 'rasmus.holm@holmogsoen.example', '+45 75 82 11 90', 1013),
    (1002, 1001, 'Henrik Bach', 'formand@fjordbyens-if.example', '+45 40 12 34 56', NULL),
    (1003, 1003, 'Line Kjeldsen', 'skoletjeneste@spinderiet.example', NULL, NULL);

INSERT IGNORE INTO course_partner (id, course_id, partner_organisation_id, role, contribution_da, contribution_en) VALUES
    (1000, 1000, 1003, 'HOST', 'Lægger hus til anden kursusgang og viser skoletilbud.', 'Hosts the second session and presents its school programmes.'),
    (1001, 1000, 1002, 'CONTRIBUTOR', 'Fortæller om elevpraktik og åbne værkstedsdage.', 'Talks about pupil placements and open workshop days.'),
    (1002, 1001, 1000, 'CO_DESIGNER', 'Har udviklet modulerne sammen med konsulenten.', 'Designed the modules together with the consultant.'),
    (1003, 1001, 1000, 'HOST', 'Værter for kursusgangene på Fjordskolen.', 'Hosts the sessions at Fjordskolen.'),
    (1004, 1002, 1004, 'CONTRIBUTOR', 'Bidrager med erfaringer fra SSP-samarbejdet.', 'Contributes experience from crime-prevention cooperation.'),
    (1005, 1004, 1004, 'CO_DESIGNER', 'Har formet modulet om kommunale partnerskaber.', 'Shaped the module on municipal partnerships.'),
    (1006, 1005, 1001, 'CO_DESIGNER', 'Har planlagt forløbet og stiller trænere til rådighed.', 'Planned the course and provides coaches.'),
    (1007, 1005, 1001, 'HOST', 'Lægger hal og udstyr til.', 'Provides the hall and equipment.');

INSERT IGNORE INTO enrolment (id, course_id, account_id, status, waitlist_rank) VALUES
    (1000, 1000, 1006, 'CONFIRMED', NULL),
    (1001, 1001, 1006, 'CONFIRMED', NULL),
    (1002, 1001, 1007, 'CONFIRMED', NULL),
    (1003, 1001, 1008, 'CONFIRMED', NULL),
    (1004, 1002, 1009, 'AWAITING_APPROVAL', NULL),
    (1005, 1003, 1008, 'CONFIRMED', NULL),
    (1006, 1003, 1011, 'CONFIRMED', NULL),
    (1007, 1004, 1003, 'CONFIRMED', NULL),
    (1008, 1005, 1007, 'CONFIRMED', NULL),
    (1009, 1005, 1009, 'CONFIRMED', NULL),
    (1010, 1005, 1010, 'CONFIRMED', NULL),
    (1011, 1005, 1006, 'WAITLISTED', 1);

INSERT IGNORE INTO course_target_group (course_id, target_group) VALUES
    (1000, 'TEACHER'), (1000, 'PEDAGOGUE'), (1000, 'SCHOOL_LEADER'),
    (1001, 'TEACHER'), (1001, 'PEDAGOGUE'), (1001, 'VOLUNTEER'),
    (1002, 'TEACHER'), (1002, 'PEDAGOGUE'),
    (1003, 'TEACHER'), (1003, 'PEDAGOGUE'),
    (1004, 'SCHOOL_LEADER'), (1004, 'DAYCARE_LEADER'), (1004, 'MUNICIPAL_STAFF'),
    (1005, 'TEACHER'), (1005, 'PEDAGOGUE'),
    (1006, 'SCHOOL_LEADER'), (1006, 'TEACHER');

-- Kirsten Møller (Læsebedsteforældrene) has proposed new objectives for a module she co-designs.
INSERT IGNORE INTO module_proposal (id, module_id, partner_organisation_id, proposed_by, proposed_at, objectives_da,
                                    objectives_en, rationale, status) VALUES
    (1000, 1003, 1000, 1012, NOW() - INTERVAL 2 DAY,
     'Evaluere et læseforløb sammen med frivillige, så både elever, lærere og læsebedsteforældre bliver hørt.',
     'Evaluate a reading programme together with volunteers so that pupils, teachers and reading grandparents are heard.',
     'Vores frivillige vil gerne være med i evalueringen, ikke kun i læsningen.', 'PENDING');

-- Bakkeskolen wants its leader to approve every enrolment; Anne has two notifications waiting.
UPDATE institution SET approval_required = TRUE WHERE id = 1001;

INSERT IGNORE INTO notification (id, recipient_id, kind, course_id, detail, created_at, mailed_at) VALUES
    (1000, 1006, 'CONFIRMED', 1000, NULL, NOW() - INTERVAL 3 DAY, NOW() - INTERVAL 3 DAY),
    (1001, 1006, 'WAITLISTED', 1005, '1', NOW() - INTERVAL 1 DAY, NOW() - INTERVAL 1 DAY),
    (1002, 1004, 'APPROVAL_REQUESTED', 1002, 'Mads Sørensen', NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 2 DAY);

-- Last spring's course, completed: Anne has her certificate (verification code DEMO-ANNE-2026),
-- reflections she shared with the course team (with Jonas's feedback) and with her leader Mette,
-- and the course's evaluation has answers. Anne is also writing on a module of EVU-ÅS-01.
INSERT IGNORE INTO course (id, code, title_da, title_en, description_da, description_en, theme_id, ects, status, place,
                           municipality_id, registration_deadline, min_participants, max_participants,
                           leader_approval_required, consultant_id, period_start, period_end, price, payer) VALUES
    (1007, 'EVU-ÅS-00', 'Åben skole – forårets forløb', 'Open school – the spring course',
     'Forløb om at bygge varige samarbejder mellem skole og lokalsamfund.',
     'A course on building lasting cooperation between school and local community.',
     1, 5, 'COMPLETED', 'Professionshøjskolen, Campus Vejle', 630, CURDATE() - INTERVAL 120 DAY, 3, 20, FALSE, 1001,
     CURDATE() - INTERVAL 100 DAY, CURDATE() - INTERVAL 86 DAY, 0, 'FUNDED');
INSERT IGNORE INTO course_module (id, course_id, position, title_da, title_en, objectives_da, objectives_en,
                                  reflection_prompts_da, reflection_prompts_en, reflection_required) VALUES
    (1010, 1007, 1, 'Partnerskabets første skridt', 'The first steps of a partnership',
     'Indgå en aftale med en lokal partner.', 'Make an agreement with a local partner.',
     'Hvad overraskede dig i mødet med partneren?', 'What surprised you when you met the partner?', TRUE),
    (1011, 1007, 2, 'Evaluering sammen med partneren', 'Evaluating with the partner',
     'Evaluere et forløb sammen med partneren.', 'Evaluate a sequence together with the partner.', NULL, NULL, FALSE);
INSERT IGNORE INTO course_session (id, module_id, starts_at, ends_at, room_id, host_partner_id) VALUES
    (1010, 1010, CURDATE() - INTERVAL 100 DAY + INTERVAL 9 HOUR, CURDATE() - INTERVAL 100 DAY + INTERVAL 15 HOUR, 1000, NULL),
    (1011, 1011, CURDATE() - INTERVAL 86 DAY + INTERVAL 9 HOUR, CURDATE() - INTERVAL 86 DAY + INTERVAL 15 HOUR, 1001, 1003);
INSERT IGNORE INTO session_facilitator (session_id, account_id) VALUES (1010, 1001), (1011, 1001);
INSERT IGNORE INTO course_target_group (course_id, target_group) VALUES (1007, 'TEACHER'), (1007, 'PEDAGOGUE');
INSERT IGNORE INTO course_partner (id, course_id, partner_organisation_id, role, contribution_da, contribution_en) VALUES
    (1008, 1007, 1003, 'CO_DESIGNER', 'Har udviklet forløbet sammen med konsulenten.', 'Designed the course with the consultant.');
INSERT IGNORE INTO enrolment (id, course_id, account_id, status, waitlist_rank) VALUES
    (1012, 1007, 1006, 'COMPLETED', NULL),
    (1013, 1007, 1007, 'COMPLETED', NULL),
    (1014, 1007, 1008, 'CONFIRMED', NULL);
INSERT IGNORE INTO attendance (id, session_id, enrolment_id, status, registered_by, registered_at) VALUES
    (1000, 1010, 1012, 'PRESENT', 1001, CURDATE() - INTERVAL 100 DAY + INTERVAL 16 HOUR),
    (1001, 1011, 1012, 'PRESENT', 1001, CURDATE() - INTERVAL 86 DAY + INTERVAL 16 HOUR),
    (1002, 1010, 1013, 'PRESENT', 1001, CURDATE() - INTERVAL 100 DAY + INTERVAL 16 HOUR),
    (1003, 1011, 1013, 'PRESENT', 1001, CURDATE() - INTERVAL 86 DAY + INTERVAL 16 HOUR),
    (1004, 1010, 1014, 'ABSENT', 1001, CURDATE() - INTERVAL 100 DAY + INTERVAL 16 HOUR),
    (1005, 1011, 1014, 'PRESENT', 1001, CURDATE() - INTERVAL 86 DAY + INTERVAL 16 HOUR);
INSERT IGNORE INTO certificate (id, enrolment_id, code, issued_at) VALUES
    (1000, 1012, 'DEMO-ANNE-2026', CURDATE() - INTERVAL 85 DAY),
    (1001, 1013, 'DEMO-OMAR-2026', CURDATE() - INTERVAL 85 DAY);

INSERT IGNORE INTO reflection (id, author_id, module_id, body, status, created_at, updated_at, submitted_at) VALUES
    (1000, 1006, 1010,
     '<p>Mødet med Spinderiet overraskede mig: de ville gerne <strong>planlægge sammen med eleverne</strong>, ikke bare tage imod en klasse.</p><ul><li>Fast kontaktperson</li><li>Fælles evaluering</li></ul>',
     'SUBMITTED', CURDATE() - INTERVAL 99 DAY, CURDATE() - INTERVAL 99 DAY, CURDATE() - INTERVAL 99 DAY),
    (1001, 1006, 1000,
     '<p>Idrætsforeningen i Fjordby kunne gøre en forskel for de elever, der ikke trives i klasselokalet.</p>',
     'SUBMITTED', NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 2 DAY),
    (1002, 1007, 1010, '<p>Vi aftalte tre besøg og en fælles evaluering med kulturhuset.</p>',
     'SUBMITTED', CURDATE() - INTERVAL 98 DAY, CURDATE() - INTERVAL 98 DAY, CURDATE() - INTERVAL 98 DAY);
INSERT IGNORE INTO reflection_version (id, reflection_id, number, body, submitted_at)
SELECT id, id, 1, body, submitted_at FROM reflection WHERE id BETWEEN 1000 AND 1002;
INSERT IGNORE INTO reflection_share (reflection_id, audience) VALUES
    (1000, 'COURSE_TEAM'), (1001, 'LEADERS'), (1002, 'COURSE_TEAM'), (1002, 'COHORT');
INSERT IGNORE INTO reflection_feedback (id, reflection_id, author_id, body, created_at) VALUES
    (1000, 1000, 1001, 'Fint iagttaget. Prøv næste gang at lade eleverne skrive aftalen med partneren.',
     CURDATE() - INTERVAL 97 DAY);
INSERT IGNORE INTO reflection_read (id, reflection_id, reader_id, audience, read_at) VALUES
    (1000, 1000, 1001, 'COURSE_TEAM', CURDATE() - INTERVAL 97 DAY);

INSERT IGNORE INTO evaluation_question (id, course_id, position, kind, text_da, text_en) VALUES
    (1000, 1007, 1, 'SCALE', 'Kurset gav mig noget, jeg kan bruge i min praksis.', 'The course gave me something I can use in my practice.'),
    (1001, 1007, 2, 'SCALE', 'Samarbejdet med partnerne (foreninger, forvaltning, virksomheder) var relevant.', 'Working with the partners (associations, administration, companies) was relevant.'),
    (1002, 1007, 3, 'SCALE', 'Undervisningen og tilrettelæggelsen var god.', 'The teaching and the organisation were good.'),
    (1003, 1007, 4, 'SCALE', 'Refleksionerne mellem kursusgangene hjalp min læring.', 'Reflecting between the sessions helped my learning.'),
    (1004, 1007, 5, 'TEXT', 'Hvad skal vi gøre anderledes næste gang?', 'What should we do differently next time?');
INSERT IGNORE INTO evaluation_response (id, course_id, submitted_on) VALUES
    (1000, 1007, CURDATE() - INTERVAL 84 DAY), (1001, 1007, CURDATE() - INTERVAL 84 DAY), (1002, 1007, CURDATE() - INTERVAL 83 DAY);
INSERT IGNORE INTO evaluation_answer (response_id, question_id, score, comment) VALUES
    (1000, 1000, 5, NULL), (1000, 1001, 4, NULL), (1000, 1002, 5, NULL), (1000, 1003, 4, NULL),
    (1000, 1004, NULL, 'Mere tid hos partnerne.'),
    (1001, 1000, 4, NULL), (1001, 1001, 5, NULL), (1001, 1002, 4, NULL), (1001, 1003, 3, NULL),
    (1002, 1000, 4, NULL), (1002, 1001, 3, NULL), (1002, 1002, 4, NULL),
    (1002, 1004, NULL, 'Flere eksempler fra andre skoler.');
INSERT IGNORE INTO evaluation_receipt (enrolment_id) VALUES (1012), (1013), (1014);

-- Every course's period from its sessions (see V0007); the planning screens keep it from then on.
UPDATE course c
    JOIN (SELECT m.course_id, MIN(s.starts_at) AS first_at, MAX(s.ends_at) AS last_at
          FROM course_module m JOIN course_session s ON s.module_id = m.id
          GROUP BY m.course_id) p ON p.course_id = c.id
SET c.first_session_at = p.first_at, c.last_session_at = p.last_at
WHERE c.id BETWEEN 1000 AND 1999;

-- Competence coverage at Fjordskolen in the current school year: two 4th-grade classes, Danish
-- covered, maths partly, music not at all; Danish and maths point at the reading and mathematics
-- themes, so the gaps suggest courses on them.
UPDATE subject SET theme_id = 6 WHERE code = 'dansk' AND theme_id IS NULL;
UPDATE subject SET theme_id = 7 WHERE code = 'matematik' AND theme_id IS NULL;
INSERT IGNORE INTO school_classes (institution_id, school_year, grade, classes) VALUES
    (1000, IF(MONTH(CURDATE()) >= 8, YEAR(CURDATE()), YEAR(CURDATE()) - 1), 4, 2);
INSERT IGNORE INTO planned_lessons (institution_id, school_year, subject_id, grade, lessons_per_class)
SELECT 1000, IF(MONTH(CURDATE()) >= 8, YEAR(CURDATE()), YEAR(CURDATE()) - 1), id, 4,
       CASE code WHEN 'dansk' THEN 210 WHEN 'matematik' THEN 150 ELSE 60 END
FROM subject WHERE code IN ('dansk', 'matematik', 'musik');
INSERT IGNORE INTO teaching_assignment (id, institution_id, school_year, account_id, subject_id, grade, lessons)
SELECT 1000 + s.id, 1000, IF(MONTH(CURDATE()) >= 8, YEAR(CURDATE()), YEAR(CURDATE()) - 1),
       CASE s.code WHEN 'dansk' THEN 1006 ELSE 1007 END, s.id, 4,
       CASE s.code WHEN 'dansk' THEN 420 WHEN 'matematik' THEN 300 ELSE 120 END
FROM subject s WHERE s.code IN ('dansk', 'matematik', 'musik');
INSERT IGNORE INTO teaching_competence (id, account_id, subject_id, basis, note, evidence_enrolment_id, assessed_by, assessed_at)
SELECT 1000, 1006, id, 'TRAINING', NULL, NULL, 1003, NOW() FROM subject WHERE code = 'dansk';

-- =================================================================================================
-- A year at the college (ids from 2000 up). Everything above stays as it is; what follows adds what
-- the college looks like after a year: four more institutions, about sixty staff, and three
-- semesters of courses with their enrolments, attendance, reflections, certificates, evaluations,
-- development goals and the schools' competence coverage.
--
-- Semesters are half years by the start of a course's planned period (Semester.java: spring
-- January–June, autumn July–December). Dates hang on three Mondays, all computed from CURDATE():
--   @lastw  the first teaching week of the previous half year (the first Monday from 1 February or
--           15 August): last half's courses, all over and completed (or cancelled);
--   @thisw  this week's Monday: this half's courses, some under way (sessions before @thisw are
--           held and registered, the rest are ahead), two starting next week, one completed;
--   @nextw  the first teaching week of the next half year: next half's courses, published and open.
-- Loaded in the autumn (as in December) this is last spring, this autumn and next spring. This half's
-- courses start between 12 weeks ago and next week, so they all count to this half when the demo is
-- loaded from the end of September to Christmas (or from the end of March to mid-June); loaded
-- earlier in a half, the ones under way count to the previous one.
-- Sessions are on weekdays. Every new session books a room of its own pool (rooms 2000–2004 for the
-- previous and next half, 2005–2010 for this half), so no two sessions share a room at the same time
-- whatever the day of loading; the consultants are staffed around each other's sessions (below).
-- Ids derived from other rows: attendance and reflections are enrolment id × 10 + the session's or
-- module's position; certificates, enrolment events and notifications carry their enrolment's id.
-- =================================================================================================
SET @thisw = CURDATE() - INTERVAL WEEKDAY(CURDATE()) DAY;
SET @this_half = MAKEDATE(YEAR(CURDATE()), 1) + INTERVAL IF(MONTH(CURDATE()) >= 7, 6, 0) MONTH;
SET @lastw = (@this_half - INTERVAL 6 MONTH) + INTERVAL IF(MONTH(CURDATE()) >= 7, 31, 45) DAY;
SET @lastw = @lastw + INTERVAL MOD(7 - WEEKDAY(@lastw), 7) DAY;
SET @nextw = (@this_half + INTERVAL 6 MONTH) + INTERVAL IF(MONTH(CURDATE()) >= 7, 31, 45) DAY;
SET @nextw = @nextw + INTERVAL MOD(7 - WEEKDAY(@nextw), 7) DAY;
SET @school_year = IF(MONTH(CURDATE()) >= 8, YEAR(CURDATE()), YEAR(CURDATE()) - 1);
-- Anne Larsen's hash, copied: every new account's password is samspil-demo-2026 too.
SET @demo_password = 'PBKDF2WithHmacSHA256:600000:aB1H2F/G4UtR87IsGmd0tnPhbro0WQFBWrEOtAbDDac=:nLrlvzCnY0ZRYhu+onD9Hvx9qId6SVCO4Cy4/+tPdqk=';

-- Two more schools and two more daycares in Vejle, each with its own leader. Grønhøjskolen's leader
-- approves every enrolment, as Bakkeskolen's does.
INSERT IGNORE INTO institution (id, municipality_id, name, kind, approval_required) VALUES
    (2000, 630, 'Grønhøjskolen', 'SCHOOL', TRUE),
    (2001, 630, 'Bøgelundskolen', 'SCHOOL', FALSE),
    (2002, 630, 'Børnehuset Solsikken', 'DAYCARE', FALSE),
    (2003, 630, 'Børnehuset Skovtrolden', 'DAYCARE', FALSE);

-- Staff: Fjordskolen 16 (with Anne, Omar and Signe), Bakkeskolen 8, Engskolen 7, Mælkebøtten 4, the
-- administration 1 more, Grønhøjskolen 8, Bøgelundskolen 6, the new daycares 3 each; plus the four
-- new leaders. All have been here since before last half year's courses.
INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id, created_at)
WITH staff (id, email, display_name, language, job_function, institution_id) AS (VALUES
    -- Fjordskolen (leader Mette Holm)
    (2000, 'lars.mikkelsen@fjordskolen.example', 'Lars Mikkelsen', 'da', 'TEACHER', 1000),
    (2001, 'hanne.vestergaard@fjordskolen.example', 'Hanne Vestergaard', 'da', 'TEACHER', 1000),
    (2002, 'jesper.thomsen@fjordskolen.example', 'Jesper Thomsen', 'da', 'TEACHER', 1000),
    (2003, 'louise.bech@fjordskolen.example', 'Louise Bech', 'da', 'TEACHER', 1000),
    (2004, 'karina.poulsen@fjordskolen.example', 'Karina Poulsen', 'da', 'TEACHER', 1000),
    (2005, 'nikolaj.krogh@fjordskolen.example', 'Nikolaj Krogh', 'da', 'TEACHER', 1000),
    (2006, 'maja.lund@fjordskolen.example', 'Maja Lund', 'da', 'TEACHER', 1000),
    (2007, 'ahmad.rahimi@fjordskolen.example', 'Ahmad Rahimi', 'da', 'TEACHER', 1000),
    (2008, 'pernille.skov@fjordskolen.example', 'Pernille Skov', 'da', 'PEDAGOGUE', 1000),
    (2009, 'rikke.joergensen@fjordskolen.example', 'Rikke Jørgensen', 'da', 'PEDAGOGUE', 1000),
    (2010, 'thomas.winther@fjordskolen.example', 'Thomas Winther', 'da', 'TEACHER', 1000),
    (2011, 'sofie.damgaard@fjordskolen.example', 'Sofie Damgaard', 'da', 'TEACHER', 1000),
    (2012, 'kasper.eriksen@fjordskolen.example', 'Kasper Eriksen', 'da', 'PEDAGOGUE', 1000),
    -- Bakkeskolen (leader Peter Aagaard)
    (2020, 'helle.andersen@bakkeskolen.example', 'Helle Andersen', 'da', 'TEACHER', 1001),
    (2021, 'morten.kristensen@bakkeskolen.example', 'Morten Kristensen', 'da', 'TEACHER', 1001),
    (2022, 'line.frederiksen@bakkeskolen.example', 'Line Frederiksen', 'da', 'TEACHER', 1001),
    (2023, 'jakob.olsen@bakkeskolen.example', 'Jakob Olsen', 'da', 'TEACHER', 1001),
    (2024, 'susanne.moeller@bakkeskolen.example', 'Susanne Møller', 'da', 'TEACHER', 1001),
    (2025, 'christian.noergaard@bakkeskolen.example', 'Christian Nørgaard', 'da', 'TEACHER', 1001),
    (2026, 'zeynep.yilmaz@bakkeskolen.example', 'Zeynep Yilmaz', 'da', 'PEDAGOGUE', 1001),
    -- Engskolen (leader Lone Friis)
    (2030, 'anders.holst@engskolen.example', 'Anders Holst', 'da', 'TEACHER', 1002),
    (2031, 'marianne.bjerre@engskolen.example', 'Marianne Bjerre', 'da', 'TEACHER', 1002),
    (2032, 'emil.juhl@engskolen.example', 'Emil Juhl', 'da', 'TEACHER', 1002),
    (2033, 'fatima.ali@engskolen.example', 'Fatima Ali', 'da', 'PEDAGOGUE', 1002),
    (2034, 'tina.lauridsen@engskolen.example', 'Tina Lauridsen', 'da', 'TEACHER', 1002),
    (2035, 'simon.dalgaard@engskolen.example', 'Simon Dalgaard', 'da', 'TEACHER', 1002),
    -- Børnehuset Mælkebøtten (leader Lone Friis)
    (2040, 'gitte.munk@maelkeboetten.example', 'Gitte Munk', 'da', 'PEDAGOGUE', 1003),
    (2041, 'bo.laursen@maelkeboetten.example', 'Bo Laursen', 'da', 'PEDAGOGUE', 1003),
    (2042, 'nanna.iversen@maelkeboetten.example', 'Nanna Iversen', 'da', 'PEDAGOGUE', 1003),
    -- Børn og Unge, Vejle Kommune (leader Lone Friis)
    (2045, 'jens.oestergaard@vejle.example', 'Jens Østergaard', 'da', 'OTHER', 1004),
    -- Grønhøjskolen
    (2050, 'birthe.kragh@groenhoejskolen.example', 'Birthe Kragh', 'da', 'LEADER', 2000),
    (2051, 'niels.rasmussen@groenhoejskolen.example', 'Niels Rasmussen', 'da', 'TEACHER', 2000),
    (2052, 'ida.hedegaard@groenhoejskolen.example', 'Ida Hedegaard', 'da', 'TEACHER', 2000),
    (2053, 'frederik.lindberg@groenhoejskolen.example', 'Frederik Lindberg', 'da', 'TEACHER', 2000),
    (2054, 'katrine.mortensen@groenhoejskolen.example', 'Katrine Mortensen', 'da', 'TEACHER', 2000),
    (2055, 'ali.demir@groenhoejskolen.example', 'Ali Demir', 'da', 'TEACHER', 2000),
    (2056, 'julie.bak@groenhoejskolen.example', 'Julie Bak', 'da', 'TEACHER', 2000),
    (2057, 'piotr.nowak@groenhoejskolen.example', 'Piotr Nowak', 'en', 'TEACHER', 2000),
    (2058, 'sanne.vinther@groenhoejskolen.example', 'Sanne Vinther', 'da', 'PEDAGOGUE', 2000),
    -- Bøgelundskolen
    (2060, 'torben.juul@boegelundskolen.example', 'Torben Juul', 'da', 'LEADER', 2001),
    (2061, 'lene.gregersen@boegelundskolen.example', 'Lene Gregersen', 'da', 'TEACHER', 2001),
    (2062, 'mikkel.sand@boegelundskolen.example', 'Mikkel Sand', 'da', 'TEACHER', 2001),
    (2063, 'trine.overgaard@boegelundskolen.example', 'Trine Overgaard', 'da', 'TEACHER', 2001),
    (2064, 'yasmin.hassan@boegelundskolen.example', 'Yasmin Hassan', 'da', 'PEDAGOGUE', 2001),
    (2065, 'soeren.bisgaard@boegelundskolen.example', 'Søren Bisgaard', 'da', 'TEACHER', 2001),
    (2066, 'malene.toft@boegelundskolen.example', 'Malene Toft', 'da', 'TEACHER', 2001),
    -- Børnehuset Solsikken
    (2070, 'annette.hviid@solsikken.example', 'Annette Hviid', 'da', 'LEADER', 2002),
    (2071, 'dorthe.bundgaard@solsikken.example', 'Dorthe Bundgaard', 'da', 'PEDAGOGUE', 2002),
    (2072, 'mathias.storm@solsikken.example', 'Mathias Storm', 'da', 'PEDAGOGUE', 2002),
    (2073, 'eva.lykke@solsikken.example', 'Eva Lykke', 'da', 'PEDAGOGUE', 2002),
    -- Børnehuset Skovtrolden
    (2080, 'jette.broendum@skovtrolden.example', 'Jette Brøndum', 'da', 'LEADER', 2003),
    (2081, 'karin.hald@skovtrolden.example', 'Karin Hald', 'da', 'PEDAGOGUE', 2003),
    (2082, 'mustafa.aydin@skovtrolden.example', 'Mustafa Aydin', 'en', 'PEDAGOGUE', 2003),
    (2083, 'stine.worm@skovtrolden.example', 'Stine Worm', 'da', 'PEDAGOGUE', 2003))
SELECT id, email, display_name, @demo_password, language, job_function, institution_id,
       @lastw - INTERVAL 120 DAY + INTERVAL 9 HOUR
FROM staff;

INSERT IGNORE INTO account_role (account_id, role)
SELECT id, 'PARTICIPANT' FROM account WHERE id BETWEEN 2000 AND 2099;
INSERT IGNORE INTO account_role (account_id, role) VALUES (2050, 'LEADER'), (2060, 'LEADER'), (2070, 'LEADER'), (2080, 'LEADER');
INSERT IGNORE INTO leader_institution (account_id, institution_id) VALUES (2050, 2000), (2060, 2001), (2070, 2002), (2080, 2003);

INSERT IGNORE INTO partner_contact (id, partner_organisation_id, name, email, phone, account_id) VALUES
    (2000, 1004, 'Dorte Skov', 'dorte.skov@ungdomsskolen-vejle.example', '+45 76 81 55 00', NULL);

-- Music is one of Fjordskolen's coverage gaps, and no theme of V0022 addresses it: a music theme,
-- and the subject points at it, so that the gap suggests the music courses below.
INSERT IGNORE INTO theme (id, code, name_da, name_en, active) VALUES (2000, 'music', 'Musik', 'Music', TRUE);
UPDATE subject SET theme_id = 2000 WHERE code = 'musik' AND theme_id IS NULL;

-- Rooms: 2000–2004 for the previous and the next half year, 2005–2010 for this one (see above).
INSERT IGNORE INTO room (id, place, name, municipality_id, capacity) VALUES
    (2000, 'Professionshøjskolen, Campus Vejle', 'A2.01', 630, 30),
    (2001, 'Professionshøjskolen, Campus Vejle', 'A2.03', 630, 24),
    (2002, 'Kulturhuset Spinderiet', 'Øvesalen', 630, 30),
    (2003, 'Fjordbyens Idrætsforening', 'Klubhuset', 630, 40),
    (2004, 'Holm & Søn', 'Værkstedet', 630, 16),
    (2005, 'Professionshøjskolen, Campus Vejle', 'B1.10', 630, 30),
    (2006, 'Professionshøjskolen, Campus Vejle', 'B1.12', 630, 24),
    (2007, 'Bakkeskolen', 'Personalerummet', 630, 30),
    (2008, 'Kulturhuset Spinderiet', 'Studiet', 630, 20),
    (2009, 'Børnehuset Mælkebøtten', 'Fællesrummet', 630, 25),
    (2010, 'Fjordskolen', 'Musiklokalet', 630, 28);

-- Courses of three half years. Last half (from @lastw): five completed, one cancelled for too few
-- enrolments. This half (around @thisw): one completed in the early autumn weeks, three under way,
-- two starting next week. Next half (from @nextw): six published and open for enrolment (one of
-- them full with a waiting list, one below its minimum) and a draft. The maths, reading and music
-- courses are there for the coverage gaps at the end: EVU-MA-23, EVU-LÆ-24 and EVU-MU-25 (and
-- EVU-MU-20 next week) are open and have seats.
INSERT IGNORE INTO course (id, code, title_da, title_en, description_da, description_en, theme_id, ects, price, payer,
                           status, cancellation_reason, place, municipality_id, registration_deadline,
                           withdrawal_deadline, period_start, period_end, min_participants, max_participants,
                           min_attendance_percent, leader_approval_required, motivation_required,
                           waiting_list_policy, offer_hours, waiting_list_capacity, consultant_id) VALUES
    -- Last half year
    (2000, 'EVU-LÆ-11', 'Læsning i alle fag', 'Reading across the subjects',
     'Diplommodul om elevernes læsning i natur/teknologi, matematik og historie: fagtekster, læsestrategier og evaluering af læseforståelse.',
     'Diploma module on pupils'' reading in science, mathematics and history: subject texts, reading strategies and assessing comprehension.',
     6, 5, 4500.00, 'INSTITUTION', 'COMPLETED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @lastw - INTERVAL 20 DAY,
     @lastw - INTERVAL 13 DAY, @lastw + INTERVAL 1 DAY, @lastw + INTERVAL 29 DAY, 8, 24, 65, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    (2001, 'EVU-MA-12', 'Matematik på mellemtrinnet – faglig fordybelse', 'Mathematics in the middle years – going deeper',
     'Diplommodul for lærere, der underviser i matematik på 4.–6. årgang uden linjefag: tal og algebra, geometri, problemløsning og matematiksamtaler.',
     'Diploma module for teachers who teach mathematics in grades 4–6 without specialising in it: number and algebra, geometry, problem solving and mathematical talk.',
     7, 10, 8900.00, 'MUNICIPALITY', 'COMPLETED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @lastw - INTERVAL 12 DAY,
     @lastw - INTERVAL 5 DAY, @lastw + INTERVAL 9 DAY, @lastw + INTERVAL 58 DAY, 8, 20, 75, TRUE, FALSE, 'PROMOTE', NULL, 0, 1001),
    (2002, 'EVU-IN-13', 'Inkluderende fællesskaber i dagtilbud og indskoling', 'Inclusive communities in daycare and the first school years',
     'Pædagoger og lærere arbejder med børn i udsatte positioner: deltagelsesmuligheder, overgange og samarbejde med forældre og PPR.',
     'Pedagogues and teachers work with children in vulnerable positions: chances to take part, transitions and cooperation with parents and psychology services.',
     3, 5, 3900.00, 'MUNICIPALITY', 'COMPLETED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @lastw - INTERVAL 18 DAY,
     NULL, @lastw + INTERVAL 3 DAY, @lastw + INTERVAL 31 DAY, 8, 20, 65, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    (2003, 'EVU-CS-14', 'Skolen og foreningslivet – bevægelse hele dagen', 'School and local clubs – movement all day',
     'Kort forløb med Fjordbyens Idrætsforening om at bygge bevægelse ind i skoledagen sammen med foreningens trænere.',
     'A short course with Fjordbyens Idrætsforening on building movement into the school day together with the club''s coaches.',
     2, 0, 0, 'FUNDED', 'COMPLETED', NULL, 'Fjordbyens Idrætsforening, Vejle', 630, @lastw + INTERVAL 31 DAY,
     NULL, @lastw + INTERVAL 45 DAY, @lastw + INTERVAL 59 DAY, 6, 16, 50, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    (2004, 'EVU-SL-15', 'Pædagogisk ledelse i dagtilbud', 'Pedagogical leadership in daycare',
     'For ledere i dagtilbud: at lede faglige fællesskaber, læringsmiljøer og samarbejdet med skolen om overgange.',
     'For daycare leaders: leading professional communities, learning environments and cooperation with the school on transitions.',
     5, 5, 2200.00, 'INSTITUTION', 'COMPLETED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @lastw + INTERVAL 50 DAY,
     NULL, @lastw + INTERVAL 71 DAY, @lastw + INTERVAL 85 DAY, 4, 12, 80, FALSE, FALSE, 'PROMOTE', NULL, 0, 1001),
    (2005, 'EVU-TB-16', 'Timebanken i udskolingen', 'The time bank in the upper grades',
     'Eftermiddag om at bruge skolens timebank i 7.–9. klasse: valgfag, praktik og lektiehjælp.',
     'An afternoon on using the school''s time bank in grades 7–9: electives, placements and homework help.',
     8, 0, 0, 'FUNDED', 'CANCELLED', 'Aflyst, fordi kun tre havde tilmeldt sig ved fristen. Forløbet udbydes igen.',
     'Professionshøjskolen, Campus Vejle', 630, @lastw + INTERVAL 58 DAY,
     NULL, @lastw + INTERVAL 79 DAY, @lastw + INTERVAL 79 DAY, 8, 20, 80, FALSE, FALSE, 'PROMOTE', NULL, 0, 1001),
    -- This half year
    (2006, 'EVU-ÅS-17', 'Åben skole med kulturinstitutionerne', 'Open school with the cultural institutions',
     'Planlæg undervisningsforløb sammen med museer, kulturhuse og musikskoler – med et besøg på Kulturhuset Spinderiet og et forløb afprøvet i egen klasse.',
     'Plan teaching with museums, arts centres and music schools – with a visit to Kulturhuset Spinderiet and a sequence tried out in your own class.',
     1, 5, 2900.00, 'INSTITUTION', 'PUBLISHED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @thisw - INTERVAL 76 DAY,
     NULL, @thisw - INTERVAL 62 DAY, @thisw + INTERVAL 8 DAY, 8, 20, 75, FALSE, FALSE, 'PROMOTE', NULL, 0, 1001),
    (2007, 'EVU-TP-18', 'Co-teaching: lærer og pædagog i samme klasse', 'Co-teaching: teacher and pedagogue in the same class',
     'Et team af en lærer og en pædagog planlægger, underviser og evaluerer sammen – med vejledning mellem kursusgangene.',
     'Teams of a teacher and a pedagogue plan, teach and evaluate together, with guidance between the sessions.',
     4, 0, 0, 'FUNDED', 'PUBLISHED', NULL, 'Bakkeskolen, Vejle', 630, @thisw - INTERVAL 68 DAY,
     NULL, @thisw - INTERVAL 54 DAY, @thisw + INTERVAL 16 DAY, 6, 16, 65, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    (2008, 'EVU-LÆ-19', 'Sprog og tidlig læsning i dagtilbud', 'Language and early reading in daycare',
     'Dialogisk læsning, sprogvurdering og et sprogligt rigt læringsmiljø for de 2–6-årige – med Læsebedsteforældrene som gæster.',
     'Dialogic reading, language assessment and a language-rich learning environment for children aged 2–6, with the reading grandparents as guests.',
     6, 0, 0, 'FUNDED', 'PUBLISHED', NULL, 'Børnehuset Mælkebøtten, Vejle', 630, @thisw - INTERVAL 60 DAY,
     NULL, @thisw - INTERVAL 46 DAY, @thisw + INTERVAL 17 DAY, 6, 20, 65, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    (2009, 'EVU-MU-20', 'Sang og musik i hverdagen', 'Singing and music every day',
     'Enkle sange, rytmelege og instrumenter til indskolingen og dagtilbud – også for dem, der ikke selv spiller.',
     'Simple songs, rhythm games and instruments for the first school years and daycare, also for those who do not play themselves.',
     2000, 0, 0, 'FUNDED', 'PUBLISHED', NULL, 'Kulturhuset Spinderiet, Vejle', 630, @thisw + INTERVAL 7 DAY,
     NULL, @thisw + INTERVAL 10 DAY, @thisw + INTERVAL 45 DAY, 6, 20, 50, FALSE, FALSE, 'PROMOTE', NULL, 0, 1001),
    (2010, 'EVU-CS-21', 'Frivillige i lektiecaféen', 'Volunteers in the homework café',
     'Sådan driver skolen en lektiecafé med frivillige fra Læsebedsteforældrene: roller, aftaler og elevernes udbytte.',
     'How a school runs a homework café with volunteers from the reading grandparents: roles, agreements and what pupils gain.',
     2, 0, 0, 'FUNDED', 'PUBLISHED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @thisw + INTERVAL 7 DAY,
     NULL, @thisw + INTERVAL 10 DAY, @thisw + INTERVAL 17 DAY, 6, 12, 50, TRUE, FALSE, 'OFFER', 48, 5, 1002),
    (2011, 'EVU-IN-22', 'Trivsel og fællesskab i klassen', 'Well-being and community in the class',
     'Klasseledelse, relationer og fællesskabende didaktik, så flere elever trives og deltager.',
     'Classroom management, relationships and teaching that builds community, so that more pupils thrive and take part.',
     3, 5, 3400.00, 'INSTITUTION', 'COMPLETED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @thisw - INTERVAL 97 DAY,
     NULL, @thisw - INTERVAL 83 DAY, @thisw - INTERVAL 69 DAY, 8, 24, 80, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    -- Next half year
    (2012, 'EVU-MA-23', 'Matematik i 1.–6. klasse – tilsvarende kompetencer', 'Mathematics in grades 1–6 – equivalent competence',
     'Diplommodul, der giver lærere uden linjefag i matematik et fagligt og didaktisk grundlag, som lederen kan anerkende som tilsvarende kompetencer.',
     'Diploma module giving teachers without a mathematics specialisation the subject and teaching knowledge a leader can recognise as equivalent competence.',
     7, 10, 8900.00, 'MUNICIPALITY', 'PUBLISHED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @nextw - INTERVAL 20 DAY,
     @nextw - INTERVAL 13 DAY, @nextw + INTERVAL 1 DAY, @nextw + INTERVAL 64 DAY, 10, 24, 75, TRUE, TRUE, 'PROMOTE', NULL, 0, 1001),
    (2013, 'EVU-LÆ-24', 'Læseløft på mellemtrinnet', 'Lifting reading in the middle years',
     'Læseforståelse, ordforråd og motivation for elever i 4.–6. klasse, der læser under deres alderstrin.',
     'Reading comprehension, vocabulary and motivation for pupils in grades 4–6 who read below their age.',
     6, 5, 4500.00, 'INSTITUTION', 'PUBLISHED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @nextw - INTERVAL 12 DAY,
     NULL, @nextw + INTERVAL 9 DAY, @nextw + INTERVAL 51 DAY, 8, 24, 65, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    (2014, 'EVU-MU-25', 'Musik i skolen – sammen med Kulturhuset Spinderiet', 'Music at school – with Kulturhuset Spinderiet',
     'For lærere, der underviser i musik uden linjefag: sammenspil, sang og musikalsk skabende arbejde med Spinderiets musikere.',
     'For teachers who teach music without specialising in it: playing together, singing and making music with Spinderiet''s musicians.',
     2000, 5, 3200.00, 'INSTITUTION', 'PUBLISHED', NULL, 'Kulturhuset Spinderiet, Vejle', 630, @nextw - INTERVAL 4 DAY,
     NULL, @nextw + INTERVAL 17 DAY, @nextw + INTERVAL 59 DAY, 6, 20, 65, FALSE, FALSE, 'PROMOTE', NULL, 0, 1001),
    (2015, 'EVU-ÅS-26', 'Åben skole: erhvervssamarbejde i udskolingen', 'Open school: working with businesses in the upper grades',
     'Elevforløb, praktik og åbne værkstedsdage sammen med lokale virksomheder – to eftermiddage i Holm & Søns værksted.',
     'Pupil projects, placements and open workshop days with local businesses – two afternoons in Holm & Søn''s workshop.',
     1, 0, 0, 'FUNDED', 'PUBLISHED', NULL, 'Holm & Søn, Vejle', 630, @nextw - INTERVAL 7 DAY,
     NULL, @nextw + INTERVAL 7 DAY, @nextw + INTERVAL 28 DAY, 6, 12, 50, FALSE, FALSE, 'PROMOTE', NULL, 10, 1002),
    (2016, 'EVU-SL-27', 'Fra kortlægning til kompetencedækning', 'From mapping to competence coverage',
     'For skoleledere: kortlæg skolens undervisningskompetencer, prioriter efteruddannelse og anerkend tilsvarende kompetencer, så skolen når målet på 95 %.',
     'For school leaders: map the school''s teaching competences, prioritise continuing education and recognise equivalent competence to reach the 95 % target.',
     5, 5, 2200.00, 'INSTITUTION', 'PUBLISHED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @nextw - INTERVAL 6 DAY,
     NULL, @nextw + INTERVAL 15 DAY, @nextw + INTERVAL 43 DAY, 6, 16, 80, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002),
    (2017, 'EVU-TB-28', 'Skolens timebank i praksis', 'The school''s time bank in practice',
     'Hvordan skolen bruger timebanken fra skoleåret 2025/26: muligheder, lokale aftaler og forældreinddragelse.',
     'How the school uses the time bank from the 2025/26 school year: options, local agreements and involving parents.',
     8, 0, 0, 'FUNDED', 'PUBLISHED', NULL, 'Professionshøjskolen, Campus Vejle', 630, @nextw + INTERVAL 3 DAY,
     NULL, @nextw + INTERVAL 24 DAY, @nextw + INTERVAL 24 DAY, 8, 20, 80, FALSE, FALSE, 'PROMOTE', NULL, 0, 1001),
    (2018, 'EVU-TP-29', 'Overgange fra dagtilbud til skole', 'From daycare to school',
     'Kladde: fælles forløb for pædagoger og lærere om gode overgange og brobygning.',
     'Draft: a joint course for pedagogues and teachers on good transitions and bridge-building.',
     4, 0, 0, 'FUNDED', 'DRAFT', NULL, 'Professionshøjskolen, Campus Vejle', 630, @nextw + INTERVAL 51 DAY,
     NULL, @nextw + INTERVAL 72 DAY, @nextw + INTERVAL 72 DAY, 8, 24, 80, FALSE, FALSE, 'PROMOTE', NULL, 0, 1002);

INSERT IGNORE INTO course_target_group (course_id, target_group) VALUES
    (2000, 'TEACHER'),
    (2001, 'TEACHER'),
    (2002, 'PEDAGOGUE'), (2002, 'TEACHER'), (2002, 'DAYCARE_LEADER'),
    (2003, 'TEACHER'), (2003, 'PEDAGOGUE'),
    (2004, 'DAYCARE_LEADER'), (2004, 'MUNICIPAL_STAFF'),
    (2005, 'TEACHER'), (2005, 'SCHOOL_LEADER'),
    (2006, 'TEACHER'), (2006, 'PEDAGOGUE'),
    (2007, 'TEACHER'), (2007, 'PEDAGOGUE'),
    (2008, 'PEDAGOGUE'), (2008, 'DAYCARE_LEADER'),
    (2009, 'TEACHER'), (2009, 'PEDAGOGUE'),
    (2010, 'TEACHER'), (2010, 'PEDAGOGUE'), (2010, 'VOLUNTEER'),
    (2011, 'TEACHER'),
    (2012, 'TEACHER'),
    (2013, 'TEACHER'),
    (2014, 'TEACHER'),
    (2015, 'TEACHER'), (2015, 'SCHOOL_LEADER'),
    (2016, 'SCHOOL_LEADER'), (2016, 'MUNICIPAL_STAFF'),
    (2017, 'SCHOOL_LEADER'), (2017, 'TEACHER'),
    (2018, 'PEDAGOGUE'), (2018, 'TEACHER');

-- Modules: one session each (a module's session has the module's id). Modules whose reflection the
-- completion rule requires carry a prompt.
INSERT IGNORE INTO course_module (id, course_id, position, title_da, title_en, objectives_da, objectives_en,
                                  reflection_prompts_da, reflection_prompts_en, reflection_required) VALUES
    (2000, 2000, 1, 'Fagtekster og læseforståelse', 'Subject texts and reading comprehension',
     'Analysere fagteksters opbygning og elevernes læseforståelse.', 'Analyse how subject texts are built and how pupils understand them.',
     'Hvilken fagtekst volder dine elever mest besvær – og hvorfor?', 'Which subject text gives your pupils the most trouble, and why?', TRUE),
    (2001, 2000, 2, 'Læsestrategier i fagundervisningen', 'Reading strategies in subject teaching',
     'Planlægge undervisning med før-, under- og efterlæsning.', 'Plan teaching with before, during and after reading.', NULL, NULL, FALSE),
    (2002, 2000, 3, 'Evaluering af elevernes læsning', 'Assessing pupils'' reading',
     'Vælge og bruge evalueringsformer til læsning i fagene.', 'Choose and use ways of assessing reading in the subjects.',
     'Hvad viste din evaluering om elevernes læsning i dit fag?', 'What did your assessment show about your pupils'' reading in your subject?', TRUE),
    (2003, 2001, 1, 'Tal, algebra og matematiksamtaler', 'Number, algebra and mathematical talk',
     'Lede matematiksamtaler om elevernes strategier.', 'Lead mathematical talk about pupils'' strategies.', NULL, NULL, FALSE),
    (2004, 2001, 2, 'Geometri og måling', 'Geometry and measurement',
     'Planlægge undersøgende geometriundervisning.', 'Plan investigative teaching of geometry.',
     'Beskriv et geometriforløb, du har afprøvet: hvad lærte eleverne?', 'Describe a geometry sequence you tried out: what did the pupils learn?', TRUE),
    (2005, 2001, 3, 'Problemløsning og modellering', 'Problem solving and modelling',
     'Bruge åbne opgaver og modellering i undervisningen.', 'Use open tasks and modelling in teaching.', NULL, NULL, FALSE),
    (2006, 2001, 4, 'Evaluering i matematik', 'Assessment in mathematics',
     'Følge og dokumentere elevernes matematiske udvikling.', 'Follow and document pupils'' mathematical development.',
     'Hvordan vil du følge elevernes matematiske udvikling fremover?', 'How will you follow your pupils'' mathematical development from now on?', TRUE),
    (2007, 2002, 1, 'Børn i udsatte positioner', 'Children in vulnerable positions',
     'Forstå udsathed som noget, der opstår i fællesskaber.', 'Understand vulnerability as something that arises in communities.', NULL, NULL, FALSE),
    (2008, 2002, 2, 'Deltagelse og fællesskab', 'Taking part and belonging',
     'Ændre rammer, så flere børn kan deltage.', 'Change the setting so that more children can take part.',
     'Hvordan ændrede du rammerne, så et barn fik lettere ved at deltage?', 'How did you change the setting so that a child found it easier to take part?', TRUE),
    (2009, 2002, 3, 'Samarbejde med forældre og PPR', 'Working with parents and psychology services',
     'Planlægge et tværfagligt samarbejde om et barn.', 'Plan cross-disciplinary work around a child.', NULL, NULL, FALSE),
    (2010, 2003, 1, 'Bevægelse i skoledagen', 'Movement in the school day',
     'Kende rammer og idéer for bevægelse i alle fag.', 'Know the rules and ideas for movement in every subject.', NULL, NULL, FALSE),
    (2011, 2003, 2, 'Trænere og lærere sammen', 'Coaches and teachers together',
     'Planlægge et bevægelsesforløb med en forenings trænere.', 'Plan a movement sequence with a club''s coaches.', NULL, NULL, FALSE),
    (2012, 2004, 1, 'Faglige fællesskaber i dagtilbuddet', 'Professional communities in daycare',
     'Lede pædagogisk refleksion i personalegruppen.', 'Lead pedagogical reflection among the staff.', NULL, NULL, FALSE),
    (2013, 2004, 2, 'Læringsmiljøer og overgange', 'Learning environments and transitions',
     'Lede udviklingen af læringsmiljøet og overgangen til skole.', 'Lead the learning environment and the move to school.',
     'Hvilken forandring i jeres læringsmiljø vil du lede det næste halve år?', 'Which change in your learning environment will you lead over the next six months?', TRUE),
    (2014, 2005, 1, 'Timebankens muligheder i 7.–9. klasse', 'What the time bank allows in grades 7–9',
     'Kende rammerne for timebanken i udskolingen.', 'Know the time bank''s rules in the upper grades.', NULL, NULL, FALSE),
    (2015, 2006, 1, 'Kulturinstitutionerne som læringsrum', 'Cultural institutions as learning spaces',
     'Kortlægge byens kulturtilbud til skoler og koble dem til Fælles Mål.', 'Map the town''s cultural offers to schools and link them to the curriculum.',
     'Hvilken kulturinstitution kunne give dine elever en oplevelse, de ikke får i skolen?', 'Which cultural institution could give your pupils an experience they do not get at school?', TRUE),
    (2016, 2006, 2, 'Besøg på Kulturhuset Spinderiet', 'A visit to Kulturhuset Spinderiet',
     'Opleve et skoletilbud indefra og tale med formidlerne.', 'Experience a school programme from the inside and talk to its educators.', NULL, NULL, FALSE),
    (2017, 2006, 3, 'Et forløb i egen klasse', 'A sequence in your own class',
     'Planlægge og gennemføre et forløb med en kulturinstitution.', 'Plan and run a sequence with a cultural institution.',
     'Hvad gik godt, og hvad ville du ændre i dit forløb med kulturinstitutionen?', 'What went well, and what would you change in your sequence with the cultural institution?', TRUE),
    (2018, 2006, 4, 'Erfaringer og næste skridt', 'Experience and next steps',
     'Dele erfaringer og aftale næste skridt på egen skole.', 'Share experience and agree the next steps at your own school.', NULL, NULL, FALSE),
    (2019, 2007, 1, 'Roller og fælles planlægning', 'Roles and planning together',
     'Aftale roller og planlægge en lektion sammen.', 'Agree on roles and plan a lesson together.',
     'Hvordan fordelte I rollerne i jeres første fælles lektion?', 'How did you share the roles in your first lesson together?', TRUE),
    (2020, 2007, 2, 'Co-teaching i praksis', 'Co-teaching in practice',
     'Afprøve stationsundervisning og parallelundervisning.', 'Try out station teaching and parallel teaching.', NULL, NULL, FALSE),
    (2021, 2007, 3, 'Fælles evaluering', 'Evaluating together',
     'Evaluere undervisningen sammen med elever og kolleger.', 'Evaluate the teaching with pupils and colleagues.', NULL, NULL, FALSE),
    (2022, 2008, 1, 'Dialogisk læsning', 'Dialogic reading',
     'Bruge åbne spørgsmål i højtlæsning med små grupper.', 'Use open questions when reading aloud to small groups.',
     'Hvilke spørgsmål fik børnene til at fortælle mest under højtlæsningen?', 'Which questions made the children say the most during reading aloud?', TRUE),
    (2023, 2008, 2, 'Sprogvurdering og sprogmiljø', 'Language assessment and language environment',
     'Bruge sprogvurderingen til at indrette sprogmiljøet.', 'Use language assessment to shape the language environment.', NULL, NULL, FALSE),
    (2024, 2008, 3, 'Læsebedsteforældre i dagtilbuddet', 'Reading grandparents in daycare',
     'Planlægge højtlæsning med frivillige.', 'Plan reading aloud with volunteers.', NULL, NULL, FALSE),
    (2025, 2009, 1, 'Sange og rytmelege', 'Songs and rhythm games',
     'Lære et repertoire af sange og rytmelege.', 'Learn a repertoire of songs and rhythm games.', NULL, NULL, FALSE),
    (2026, 2009, 2, 'Musik i hverdagens overgange', 'Music in everyday transitions',
     'Bruge musik til samling, oprydning og overgange.', 'Use music for gathering, tidying up and transitions.', NULL, NULL, FALSE),
    (2027, 2010, 1, 'Lektiecaféens rammer', 'Setting up the homework café',
     'Organisere en lektiecafé med frivillige.', 'Organise a homework café with volunteers.', NULL, NULL, FALSE),
    (2028, 2010, 2, 'Frivillige og lærere i samarbejde', 'Volunteers and teachers working together',
     'Aftale roller og forventninger med de frivillige, og evaluere lektiecaféen sammen med dem.', 'Agree roles and expectations with the volunteers, and evaluate the homework café together with them.',
     'Hvordan vil du tage imod de frivillige i jeres lektiecafé?', 'How will you welcome the volunteers in your homework café?', TRUE),
    (2029, 2011, 1, 'Klasseledelse og relationer', 'Classroom management and relationships',
     'Bruge relationskompetence i klasseledelsen.', 'Use relational skills in classroom management.', NULL, NULL, FALSE),
    (2030, 2011, 2, 'Fællesskabende didaktik', 'Teaching that builds community',
     'Planlægge undervisning, der styrker klassens fællesskab.', 'Plan teaching that strengthens the class community.',
     'Hvilken aktivitet styrkede fællesskabet i din klasse – og hvordan kunne du se det?', 'Which activity strengthened the community in your class, and how could you tell?', TRUE),
    (2031, 2012, 1, 'Tal og regnestrategier', 'Number and calculation strategies',
     'Kende elevernes regnestrategier fra 1. til 6. klasse.', 'Know pupils'' calculation strategies from grade 1 to 6.', NULL, NULL, FALSE),
    (2032, 2012, 2, 'Geometri i indskolingen og på mellemtrinnet', 'Geometry in the early and middle years',
     'Planlægge undersøgende geometriundervisning.', 'Plan investigative teaching of geometry.',
     'Hvilke geometriske begreber er sværest for dine elever?', 'Which geometric concepts are hardest for your pupils?', TRUE),
    (2033, 2012, 3, 'Matematiksamtaler og problemløsning', 'Mathematical talk and problem solving',
     'Lede samtaler om åbne problemer.', 'Lead talk about open problems.', NULL, NULL, FALSE),
    (2034, 2012, 4, 'Evaluering og progression', 'Assessment and progression',
     'Følge elevernes progression med enkle evalueringsformer.', 'Follow pupils'' progression with simple forms of assessment.',
     'Hvordan vil du vise elevernes progression i matematik?', 'How will you show your pupils'' progression in mathematics?', TRUE),
    (2035, 2013, 1, 'Læseforståelse og ordforråd', 'Comprehension and vocabulary',
     'Undervise i ordforråd og forståelsesstrategier.', 'Teach vocabulary and comprehension strategies.',
     'Hvad kendetegner de elever i din klasse, der læser under deres alderstrin?', 'What marks the pupils in your class who read below their age?', TRUE),
    (2036, 2013, 2, 'Læsemotivation', 'Reading motivation',
     'Skabe læselyst hos elever, der har opgivet.', 'Make pupils who have given up want to read.', NULL, NULL, FALSE),
    (2037, 2013, 3, 'Læseforløb og evaluering', 'Reading programmes and assessment',
     'Planlægge og evaluere et læseforløb.', 'Plan and assess a reading programme.',
     'Hvordan vil du måle, om dit læseforløb virker?', 'How will you measure whether your reading programme works?', TRUE),
    (2038, 2014, 1, 'Sang og sammenspil', 'Singing and playing together',
     'Lede fællessang og enkelt sammenspil.', 'Lead group singing and simple ensemble playing.', NULL, NULL, FALSE),
    (2039, 2014, 2, 'Musikalsk skabende arbejde', 'Making music',
     'Lade elever komponere og improvisere.', 'Let pupils compose and improvise.',
     'Hvad skabte dine elever, og hvad lærte de af det?', 'What did your pupils make, and what did they learn from it?', TRUE),
    (2040, 2014, 3, 'Koncert og evaluering', 'Concert and evaluation',
     'Planlægge en lille koncert og evaluere forløbet.', 'Plan a small concert and evaluate the sequence.', NULL, NULL, FALSE),
    (2041, 2015, 1, 'Virksomheden som læringsrum', 'The business as a learning space',
     'Planlægge et elevforløb i en virksomhed.', 'Plan a pupil project at a business.', NULL, NULL, FALSE),
    (2042, 2015, 2, 'Praktik og åbne værkstedsdage', 'Placements and open workshop days',
     'Aftale praktik og værkstedsdage med en virksomhed.', 'Agree placements and workshop days with a business.', NULL, NULL, FALSE),
    (2043, 2016, 1, 'Kortlægning af undervisningskompetencer', 'Mapping teaching competences',
     'Kortlægge skolens kompetencedækning fag for fag.', 'Map the school''s competence coverage subject by subject.', NULL, NULL, FALSE),
    (2044, 2016, 2, 'Tilsvarende kompetencer og efteruddannelsesplan', 'Equivalent competence and a training plan',
     'Anerkende tilsvarende kompetencer og lægge en plan for efteruddannelse.', 'Recognise equivalent competence and plan continuing education.',
     'Hvilke huller i kompetencedækningen vil du lukke først – og hvordan?', 'Which gaps in competence coverage will you close first, and how?', TRUE),
    (2045, 2017, 1, 'Timebanken i praksis', 'The time bank in practice',
     'Kende timebankens muligheder og lave en lokal aftale.', 'Know what the time bank allows and make a local agreement.', NULL, NULL, FALSE),
    (2046, 2018, 1, 'Brobygning mellem dagtilbud og skole', 'Bridge-building between daycare and school',
     'Planlægge en god overgang sammen.', 'Plan a good transition together.', NULL, NULL, FALSE);

-- Kirsten Møller proposed new objectives for a module of EVU-CS-21, which Sara accepted, and a
-- description for another, which Sara turned down: the history both of them read.
INSERT IGNORE INTO module_proposal (id, module_id, partner_organisation_id, proposed_by, proposed_at, description_da,
                                    description_en, objectives_da, objectives_en, replaced_description_da,
                                    replaced_description_en, replaced_objectives_da, replaced_objectives_en, rationale,
                                    status, decided_by, decided_at, decision_comment) VALUES
    (2000, 2028, 1000, 1012, @thisw - INTERVAL 40 DAY, NULL, NULL,
     'Aftale roller og forventninger med de frivillige, og evaluere lektiecaféen sammen med dem.',
     'Agree roles and expectations with the volunteers, and evaluate the homework café together with them.',
     NULL, NULL, 'Aftale roller og forventninger med de frivillige.', 'Agree roles and expectations with the volunteers.',
     'De frivillige vil gerne være med til at evaluere, ikke kun til at hjælpe.', 'ACCEPTED', 1002,
     @thisw - INTERVAL 38 DAY + INTERVAL 10 HOUR, 'God idé – det tager vi med.'),
    (2001, 2027, 1000, 1012, @thisw - INTERVAL 40 DAY, 'Lektiecaféen drives af de frivillige alene.',
     'The homework café is run by the volunteers alone.', NULL, NULL, NULL, NULL,
     'Organisere en lektiecafé med frivillige.', 'Organise a homework café with volunteers.',
     'Så kan lærerne bruge tiden på andet.', 'REJECTED', 1002, @thisw - INTERVAL 38 DAY + INTERVAL 10 HOUR,
     'En lærer skal være til stede i lektiecaféen; det er skolens ansvar over for eleverne.');

-- Sessions: the day (from the week anchors), the hours, the room and the hosting partner.
INSERT IGNORE INTO course_session (id, module_id, starts_at, ends_at, room_id, host_partner_id)
WITH timetable (id, day, from_hour, to_hour, room_id, host_partner_id) AS (VALUES
    -- Last half year: EVU-LÆ-11 on Tuesdays, EVU-MA-12 on Wednesdays, EVU-IN-13 on Thursday
    -- afternoons, then EVU-CS-14 at the sports club, EVU-SL-15 and the cancelled EVU-TB-16
    (2000, @lastw + INTERVAL 1 DAY, 9, 15, 2000, NULL),
    (2001, @lastw + INTERVAL 15 DAY, 9, 15, 2000, NULL),
    (2002, @lastw + INTERVAL 29 DAY, 9, 15, 2000, NULL),
    (2003, @lastw + INTERVAL 9 DAY, 9, 15, 2001, NULL),
    (2004, @lastw + INTERVAL 23 DAY, 9, 15, 2001, NULL),
    (2005, @lastw + INTERVAL 44 DAY, 9, 15, 2001, NULL),
    (2006, @lastw + INTERVAL 58 DAY, 9, 15, 2001, NULL),
    (2007, @lastw + INTERVAL 3 DAY, 13, 16, 2001, NULL),
    (2008, @lastw + INTERVAL 17 DAY, 13, 16, 2001, NULL),
    (2009, @lastw + INTERVAL 31 DAY, 13, 16, 2001, NULL),
    (2010, @lastw + INTERVAL 45 DAY, 13, 16, 2003, 1001),
    (2011, @lastw + INTERVAL 59 DAY, 13, 16, 2003, 1001),
    (2012, @lastw + INTERVAL 71 DAY, 9, 15, 2000, NULL),
    (2013, @lastw + INTERVAL 85 DAY, 9, 15, 2000, NULL),
    (2014, @lastw + INTERVAL 79 DAY, 13, 16, 2001, NULL),
    -- This half year: EVU-ÅS-17 on Tuesdays (the second at Spinderiet, the last next week),
    -- EVU-TP-18 on Wednesdays at Bakkeskolen, EVU-LÆ-19 on Thursday mornings at Mælkebøtten,
    -- EVU-MU-20 and EVU-CS-21 from next Thursday, EVU-IN-22 in the first weeks of the half year
    (2015, @thisw - INTERVAL 62 DAY, 9, 15, 2005, NULL),
    (2016, @thisw - INTERVAL 41 DAY, 9, 15, 2008, 1003),
    (2017, @thisw - INTERVAL 20 DAY, 9, 15, 2005, NULL),
    (2018, @thisw + INTERVAL 8 DAY, 9, 15, 2005, NULL),
    (2019, @thisw - INTERVAL 54 DAY, 13, 16, 2007, NULL),
    (2020, @thisw - INTERVAL 26 DAY, 13, 16, 2007, NULL),
    (2021, @thisw + INTERVAL 16 DAY, 13, 16, 2007, NULL),
    (2022, @thisw - INTERVAL 46 DAY, 9, 12, 2009, NULL),
    (2023, @thisw - INTERVAL 11 DAY, 9, 12, 2009, NULL),
    (2024, @thisw + INTERVAL 17 DAY, 9, 12, 2009, NULL),
    (2025, @thisw + INTERVAL 10 DAY, 13, 16, 2008, 1003),
    (2026, @thisw + INTERVAL 45 DAY, 13, 16, 2010, NULL),
    (2027, @thisw + INTERVAL 10 DAY, 14, 17, 2006, NULL),
    (2028, @thisw + INTERVAL 17 DAY, 14, 17, 2006, NULL),
    (2029, @thisw - INTERVAL 83 DAY, 9, 15, 2006, NULL),
    (2030, @thisw - INTERVAL 69 DAY, 9, 15, 2006, NULL),
    -- Next half year: EVU-MA-23 every third Tuesday, EVU-LÆ-24 on Wednesdays, EVU-MU-25 at
    -- Spinderiet on Thursdays, EVU-ÅS-26 on Monday afternoons at Holm & Søn, then EVU-SL-27,
    -- EVU-TB-28 and the draft EVU-TP-29
    (2031, @nextw + INTERVAL 1 DAY, 9, 15, 2000, NULL),
    (2032, @nextw + INTERVAL 22 DAY, 9, 15, 2000, NULL),
    (2033, @nextw + INTERVAL 43 DAY, 9, 15, 2000, NULL),
    (2034, @nextw + INTERVAL 64 DAY, 9, 15, 2000, NULL),
    (2035, @nextw + INTERVAL 9 DAY, 9, 15, 2001, NULL),
    (2036, @nextw + INTERVAL 30 DAY, 9, 15, 2001, NULL),
    (2037, @nextw + INTERVAL 51 DAY, 9, 15, 2001, NULL),
    (2038, @nextw + INTERVAL 17 DAY, 9, 15, 2002, 1003),
    (2039, @nextw + INTERVAL 38 DAY, 9, 15, 2002, 1003),
    (2040, @nextw + INTERVAL 59 DAY, 9, 15, 2002, 1003),
    (2041, @nextw + INTERVAL 7 DAY, 13, 16, 2004, 1002),
    (2042, @nextw + INTERVAL 28 DAY, 13, 16, 2004, 1002),
    (2043, @nextw + INTERVAL 15 DAY, 9, 15, 2001, NULL),
    (2044, @nextw + INTERVAL 43 DAY, 9, 15, 2001, NULL),
    (2045, @nextw + INTERVAL 24 DAY, 13, 16, 2000, NULL),
    (2046, @nextw + INTERVAL 72 DAY, 13, 16, 2001, NULL))
SELECT id, id, day + INTERVAL from_hour HOUR, day + INTERVAL to_hour HOUR, room_id, host_partner_id FROM timetable;

-- Who teaches: the course's consultant, unless they teach another session at that time, then the
-- other consultant. Within each half year's timetable the consultants never meet; but the sessions
-- above (days from CURDATE()) and this half's (weeks from @thisw) may fall on the same hours as the
-- previous or next half's, depending on the day of loading. So this half's sessions are staffed
-- around the sessions above first, then the previous and next half's around both. Rasmus Holm
-- co-teaches at his workshop.
INSERT IGNORE INTO session_facilitator (session_id, account_id)
WITH new_session AS (
    SELECT s.id, s.starts_at, s.ends_at, c.consultant_id, IF(c.consultant_id = 1001, 1002, 1001) AS colleague,
           c.id BETWEEN 2006 AND 2011 AS this_half
    FROM course_session s JOIN course_module m ON m.id = s.module_id JOIN course c ON c.id = m.course_id
    WHERE s.id BETWEEN 2000 AND 2999
      AND NOT EXISTS (SELECT 1 FROM session_facilitator f WHERE f.session_id = s.id AND f.account_id IN (1001, 1002)))
SELECT n.id,
       IF(EXISTS (SELECT 1 FROM session_facilitator f JOIN course_session o ON o.id = f.session_id
                  WHERE f.account_id = n.consultant_id AND o.starts_at < n.ends_at AND n.starts_at < o.ends_at)
          AND NOT EXISTS (SELECT 1 FROM session_facilitator f JOIN course_session o ON o.id = f.session_id
                          WHERE f.account_id = n.colleague AND o.starts_at < n.ends_at AND n.starts_at < o.ends_at)
          AND NOT EXISTS (SELECT 1 FROM new_session o WHERE o.this_half = n.this_half AND o.consultant_id = n.colleague
                          AND o.starts_at < n.ends_at AND n.starts_at < o.ends_at),
          n.colleague, n.consultant_id)
FROM new_session n WHERE n.this_half;
INSERT IGNORE INTO session_facilitator (session_id, account_id)
WITH new_session AS (
    SELECT s.id, s.starts_at, s.ends_at, c.consultant_id, IF(c.consultant_id = 1001, 1002, 1001) AS colleague,
           c.id BETWEEN 2006 AND 2011 AS this_half
    FROM course_session s JOIN course_module m ON m.id = s.module_id JOIN course c ON c.id = m.course_id
    WHERE s.id BETWEEN 2000 AND 2999
      AND NOT EXISTS (SELECT 1 FROM session_facilitator f WHERE f.session_id = s.id AND f.account_id IN (1001, 1002)))
SELECT n.id,
       IF(EXISTS (SELECT 1 FROM session_facilitator f JOIN course_session o ON o.id = f.session_id
                  WHERE f.account_id = n.consultant_id AND o.starts_at < n.ends_at AND n.starts_at < o.ends_at)
          AND NOT EXISTS (SELECT 1 FROM session_facilitator f JOIN course_session o ON o.id = f.session_id
                          WHERE f.account_id = n.colleague AND o.starts_at < n.ends_at AND n.starts_at < o.ends_at)
          AND NOT EXISTS (SELECT 1 FROM new_session o WHERE o.consultant_id = n.colleague
                          AND o.starts_at < n.ends_at AND n.starts_at < o.ends_at),
          n.colleague, n.consultant_id)
FROM new_session n;
INSERT IGNORE INTO session_facilitator (session_id, account_id) VALUES (2041, 1013), (2042, 1013);

INSERT IGNORE INTO course_partner (id, course_id, module_id, partner_organisation_id, role, contribution_da, contribution_en) VALUES
    (2000, 2000, NULL, 1000, 'CONTRIBUTOR', 'Fortæller om frivillige læsemakkere i fagene.', 'Talks about volunteer reading buddies in the subjects.'),
    (2001, 2003, NULL, 1001, 'CO_DESIGNER', 'Har planlagt forløbet sammen med konsulenten.', 'Planned the course with the consultant.'),
    (2002, 2003, NULL, 1001, 'HOST', 'Lægger klubhus og trænere til.', 'Provides the club house and coaches.'),
    (2003, 2006, NULL, 1003, 'CO_DESIGNER', 'Har udviklet forløbet sammen med konsulenten.', 'Designed the course with the consultant.'),
    (2004, 2006, 2016, 1003, 'HOST', 'Tager imod holdet og viser skoletilbuddene.', 'Welcomes the group and presents its school programmes.'),
    (2005, 2006, NULL, 1004, 'CONTRIBUTOR', 'Fortæller om valgfag i samarbejde med kulturlivet.', 'Talks about electives run with cultural institutions.'),
    (2006, 2008, 2024, 1000, 'CONTRIBUTOR', 'Læsebedsteforældre læser med børnene.', 'Reading grandparents read with the children.'),
    (2007, 2009, NULL, 1003, 'CO_DESIGNER', 'Har valgt sange og lege sammen med konsulenten.', 'Chose the songs and games with the consultant.'),
    (2008, 2009, 2025, 1003, 'HOST', 'Lægger studiet og instrumenterne til.', 'Provides the studio and the instruments.'),
    (2009, 2010, NULL, 1000, 'CO_DESIGNER', 'Har formet forløbet ud fra de frivilliges erfaringer.', 'Shaped the course from the volunteers'' experience.'),
    (2010, 2013, NULL, 1000, 'CONTRIBUTOR', 'Fortæller om læsemakkere for ældre elever.', 'Talks about reading buddies for older pupils.'),
    (2011, 2014, NULL, 1003, 'CO_DESIGNER', 'Spinderiets musikere underviser sammen med konsulenten.', 'Spinderiet''s musicians teach with the consultant.'),
    (2012, 2014, NULL, 1003, 'HOST', 'Lægger øvesalen til alle tre kursusgange.', 'Hosts all three sessions in its rehearsal hall.'),
    (2013, 2015, NULL, 1002, 'CO_DESIGNER', 'Har planlagt forløbet og åbner værkstedet.', 'Planned the course and opens the workshop.'),
    (2014, 2015, NULL, 1002, 'HOST', 'Værter for begge eftermiddage.', 'Hosts both afternoons.');

-- Enrolments in every status the application has (REQUESTED only lasts an instant). Seats taken
-- (confirmed, offered, completed) never pass a course's maximum; waiting lists are ranked from 1.
-- The request was made before the registration deadline (and before today); an enrolment that a
-- leader had to approve (the course asks for it, or Bakkeskolen's or Grønhøjskolen's leader approves
-- every enrolment) was decided a day later and has an event saying so (below).
INSERT IGNORE INTO enrolment (id, course_id, account_id, status, completion_decided, motivation, waitlist_rank,
                              offer_expires_at, created_at, updated_at)
WITH planned (id, course_id, account_id, status, waitlist_rank) AS (VALUES
    -- EVU-LÆ-11 (last half): ten completed; Christian missed two sessions and Simon never submitted
    -- the last required reflection, so the rule left them confirmed; Malene withdrew before the start
    (2000, 2000, 2021, 'COMPLETED', NULL), (2001, 2000, 2004, 'COMPLETED', NULL), (2002, 2000, 2000, 'COMPLETED', NULL),
    (2003, 2000, 2051, 'COMPLETED', NULL), (2004, 2000, 2055, 'COMPLETED', NULL), (2005, 2000, 2031, 'COMPLETED', NULL),
    (2006, 2000, 2034, 'COMPLETED', NULL), (2007, 2000, 2061, 'COMPLETED', NULL), (2008, 2000, 2063, 'COMPLETED', NULL),
    (2009, 2000, 2010, 'COMPLETED', NULL), (2010, 2000, 2025, 'CONFIRMED', NULL), (2011, 2000, 2035, 'CONFIRMED', NULL),
    (2012, 2000, 2066, 'WITHDRAWN', NULL),
    -- EVU-MA-12 (last half, leader approval): seven completed, among them Mads, whose leader then
    -- recognised his equivalent competence in maths; Ida missed half; Mette turned Ahmad down
    (2013, 2001, 1009, 'COMPLETED', NULL), (2014, 2001, 2001, 'COMPLETED', NULL), (2015, 2001, 2056, 'COMPLETED', NULL),
    (2016, 2001, 2062, 'COMPLETED', NULL), (2017, 2001, 2065, 'COMPLETED', NULL), (2018, 2001, 2032, 'COMPLETED', NULL),
    (2019, 2001, 2054, 'COMPLETED', NULL), (2020, 2001, 2052, 'CONFIRMED', NULL), (2021, 2001, 2007, 'REJECTED', NULL),
    -- EVU-IN-13 (last half): pedagogues from the daycares and the schools
    (2022, 2002, 1011, 'COMPLETED', NULL), (2023, 2002, 2040, 'COMPLETED', NULL), (2024, 2002, 2041, 'COMPLETED', NULL),
    (2025, 2002, 2071, 'COMPLETED', NULL), (2026, 2002, 2073, 'COMPLETED', NULL), (2027, 2002, 2081, 'COMPLETED', NULL),
    (2028, 2002, 2083, 'CONFIRMED', NULL), (2029, 2002, 2008, 'COMPLETED', NULL), (2030, 2002, 2009, 'COMPLETED', NULL),
    (2031, 2002, 2026, 'COMPLETED', NULL), (2032, 2002, 2064, 'COMPLETED', NULL), (2033, 2002, 2042, 'WITHDRAWN', NULL),
    -- EVU-CS-14 (last half)
    (2034, 2003, 2006, 'COMPLETED', NULL), (2035, 2003, 2011, 'COMPLETED', NULL), (2036, 2003, 2012, 'COMPLETED', NULL),
    (2037, 2003, 1008, 'COMPLETED', NULL), (2038, 2003, 2024, 'COMPLETED', NULL), (2039, 2003, 2053, 'COMPLETED', NULL),
    (2040, 2003, 2057, 'COMPLETED', NULL), (2041, 2003, 2058, 'COMPLETED', NULL), (2042, 2003, 2030, 'CONFIRMED', NULL),
    -- EVU-SL-15 (last half): the daycare leaders and Lone; Birgit missed a session, and Jonas
    -- decided she completed all the same
    (2043, 2004, 2070, 'COMPLETED', NULL), (2044, 2004, 2080, 'COMPLETED', NULL), (2045, 2004, 1005, 'COMPLETED', NULL),
    (2046, 2004, 1011, 'COMPLETED', NULL),
    -- EVU-TB-16 (last half, cancelled)
    (2047, 2005, 2062, 'CANCELLED', NULL), (2048, 2005, 2055, 'CANCELLED', NULL), (2049, 2005, 2035, 'CANCELLED', NULL),
    -- EVU-ÅS-17 (under way): fourteen seated, Sofie withdrew before it began
    (2050, 2006, 2002, 'CONFIRMED', NULL), (2051, 2006, 2003, 'CONFIRMED', NULL), (2052, 2006, 2010, 'CONFIRMED', NULL),
    (2053, 2006, 2020, 'CONFIRMED', NULL), (2054, 2006, 2023, 'CONFIRMED', NULL), (2055, 2006, 2053, 'CONFIRMED', NULL),
    (2056, 2006, 2057, 'CONFIRMED', NULL), (2057, 2006, 2063, 'CONFIRMED', NULL), (2058, 2006, 2065, 'CONFIRMED', NULL),
    (2059, 2006, 2031, 'CONFIRMED', NULL), (2060, 2006, 2034, 'CONFIRMED', NULL), (2061, 2006, 2054, 'CONFIRMED', NULL),
    (2062, 2006, 2066, 'CONFIRMED', NULL), (2063, 2006, 1010, 'CONFIRMED', NULL), (2064, 2006, 2011, 'WITHDRAWN', NULL),
    -- EVU-TP-18 (under way): teacher and pedagogue teams
    (2065, 2007, 2024, 'CONFIRMED', NULL), (2066, 2007, 2026, 'CONFIRMED', NULL), (2067, 2007, 2022, 'CONFIRMED', NULL),
    (2068, 2007, 2030, 'CONFIRMED', NULL), (2069, 2007, 2033, 'CONFIRMED', NULL), (2070, 2007, 2000, 'CONFIRMED', NULL),
    (2071, 2007, 2009, 'CONFIRMED', NULL), (2072, 2007, 2007, 'CONFIRMED', NULL), (2073, 2007, 2012, 'CONFIRMED', NULL),
    (2074, 2007, 2061, 'CONFIRMED', NULL), (2075, 2007, 2064, 'CONFIRMED', NULL), (2076, 2007, 2051, 'CONFIRMED', NULL),
    (2077, 2007, 2058, 'CONFIRMED', NULL),
    -- EVU-LÆ-19 (under way)
    (2078, 2008, 1011, 'CONFIRMED', NULL), (2079, 2008, 2040, 'CONFIRMED', NULL), (2080, 2008, 2042, 'CONFIRMED', NULL),
    (2081, 2008, 2071, 'CONFIRMED', NULL), (2082, 2008, 2072, 'CONFIRMED', NULL), (2083, 2008, 2073, 'CONFIRMED', NULL),
    (2084, 2008, 2082, 'CONFIRMED', NULL), (2085, 2008, 2083, 'CONFIRMED', NULL), (2086, 2008, 2081, 'CONFIRMED', NULL),
    (2087, 2008, 2070, 'CONFIRMED', NULL), (2088, 2008, 2041, 'WITHDRAWN', NULL),
    -- EVU-MU-20 (next week): Louise and Omar teach music without the competence; Christian waits for Peter
    (2089, 2009, 2003, 'CONFIRMED', NULL), (2090, 2009, 1007, 'CONFIRMED', NULL), (2091, 2009, 2040, 'CONFIRMED', NULL),
    (2092, 2009, 2072, 'CONFIRMED', NULL), (2093, 2009, 2008, 'CONFIRMED', NULL), (2094, 2009, 2025, 'AWAITING_APPROVAL', NULL),
    -- EVU-CS-21 (next week, leader approval, offers of 48 hours): full. Katrine withdrew this
    -- morning, so Piotr, first in line, has been offered her seat; Sofie and Søren wait behind him;
    -- two wait for their leaders, and Peter turned Line down
    (2095, 2010, 2004, 'CONFIRMED', NULL), (2096, 2010, 2006, 'CONFIRMED', NULL), (2097, 2010, 2020, 'CONFIRMED', NULL),
    (2098, 2010, 2032, 'CONFIRMED', NULL), (2099, 2010, 2034, 'CONFIRMED', NULL), (2100, 2010, 2055, 'CONFIRMED', NULL),
    (2101, 2010, 2056, 'CONFIRMED', NULL), (2102, 2010, 2063, 'CONFIRMED', NULL), (2103, 2010, 2064, 'CONFIRMED', NULL),
    (2104, 2010, 2035, 'CONFIRMED', NULL), (2105, 2010, 2031, 'CONFIRMED', NULL), (2106, 2010, 2057, 'OFFERED', NULL),
    (2107, 2010, 2011, 'WAITLISTED', 1), (2108, 2010, 2065, 'WAITLISTED', 2), (2109, 2010, 2054, 'WITHDRAWN', NULL),
    (2110, 2010, 2002, 'AWAITING_APPROVAL', NULL), (2111, 2010, 2053, 'AWAITING_APPROVAL', NULL),
    (2112, 2010, 2022, 'REJECTED', NULL),
    -- EVU-IN-22 (early this half, completed): Jakob missed the second day
    (2113, 2011, 2000, 'COMPLETED', NULL), (2114, 2011, 2005, 'COMPLETED', NULL), (2115, 2011, 1010, 'COMPLETED', NULL),
    (2116, 2011, 2021, 'COMPLETED', NULL), (2117, 2011, 2052, 'COMPLETED', NULL), (2118, 2011, 2062, 'COMPLETED', NULL),
    (2119, 2011, 2066, 'COMPLETED', NULL), (2120, 2011, 2011, 'COMPLETED', NULL), (2121, 2011, 2023, 'CONFIRMED', NULL),
    (2122, 2011, 2058, 'COMPLETED', NULL),
    -- EVU-MA-23 (next half, leader approval and motivation): the maths gaps' teachers; Nikolaj and
    -- Ida wait for Mette and Birthe
    (2123, 2012, 1007, 'CONFIRMED', NULL), (2124, 2012, 2005, 'AWAITING_APPROVAL', NULL),
    (2125, 2012, 2052, 'AWAITING_APPROVAL', NULL), (2126, 2012, 2035, 'CONFIRMED', NULL),
    (2127, 2012, 2061, 'CONFIRMED', NULL), (2128, 2012, 2024, 'CONFIRMED', NULL), (2129, 2012, 2034, 'CONFIRMED', NULL),
    -- EVU-LÆ-24 (next half): Christian, who teaches Danish in 6th grade, waits for Peter
    (2130, 2013, 2025, 'AWAITING_APPROVAL', NULL), (2131, 2013, 2011, 'CONFIRMED', NULL),
    (2132, 2013, 2054, 'CONFIRMED', NULL), (2133, 2013, 2066, 'CONFIRMED', NULL), (2134, 2013, 2030, 'CONFIRMED', NULL),
    (2135, 2013, 2057, 'CONFIRMED', NULL), (2136, 2013, 2010, 'WITHDRAWN', NULL),
    -- EVU-MU-25 (next half)
    (2137, 2014, 2003, 'CONFIRMED', NULL), (2138, 2014, 2006, 'CONFIRMED', NULL), (2139, 2014, 2053, 'CONFIRMED', NULL),
    (2140, 2014, 2023, 'AWAITING_APPROVAL', NULL), (2141, 2014, 2012, 'CONFIRMED', NULL),
    -- EVU-ÅS-26 (next half): twelve seats taken, three in line, one withdrawn
    (2142, 2015, 2002, 'CONFIRMED', NULL), (2143, 2015, 2007, 'CONFIRMED', NULL), (2144, 2015, 2010, 'CONFIRMED', NULL),
    (2145, 2015, 2055, 'CONFIRMED', NULL), (2146, 2015, 2056, 'CONFIRMED', NULL), (2147, 2015, 2062, 'CONFIRMED', NULL),
    (2148, 2015, 2065, 'CONFIRMED', NULL), (2149, 2015, 2032, 'CONFIRMED', NULL), (2150, 2015, 2035, 'CONFIRMED', NULL),
    (2151, 2015, 1010, 'CONFIRMED', NULL), (2152, 2015, 2020, 'CONFIRMED', NULL), (2153, 2015, 2051, 'CONFIRMED', NULL),
    (2154, 2015, 2001, 'WAITLISTED', 1), (2155, 2015, 2031, 'WAITLISTED', 2), (2156, 2015, 2054, 'WAITLISTED', 3),
    (2157, 2015, 2004, 'WITHDRAWN', NULL),
    -- EVU-SL-27 (next half): the school leaders and Lone
    (2158, 2016, 1003, 'CONFIRMED', NULL), (2159, 2016, 1004, 'CONFIRMED', NULL), (2160, 2016, 2050, 'CONFIRMED', NULL),
    (2161, 2016, 2060, 'CONFIRMED', NULL), (2162, 2016, 1005, 'CONFIRMED', NULL),
    -- EVU-TB-28 (next half): two of a minimum of eight so far
    (2163, 2017, 2060, 'CONFIRMED', NULL), (2164, 2017, 2065, 'CONFIRMED', NULL)),
motivation (enrolment_id, text) AS (VALUES
    (2123, 'Jeg underviser 4. årgang i matematik uden linjefag og vil gerne have det faglige på plads.'),
    (2124, 'Jeg har matematik på 5. årgang og mangler didaktikken til de svageste elever.'),
    (2125, 'Jeg har matematik i 2. klasse for første gang og vil gerne blive tryg i faget.'),
    (2126, 'Vores skole mangler matematiklærere på mellemtrinnet.'),
    (2127, 'Jeg vil gerne kunne tage matematik i indskolingen fra næste skoleår.'),
    (2128, 'Jeg skal dække matematik i 3. klasse fra august.'),
    (2129, 'Jeg vil styrke matematiksamtalerne i min klasse.'),
    (2090, 'Jeg har musik i 4. klasse og spiller ikke selv et instrument.'),
    (2110, 'Vi starter lektiecafé på Fjordskolen efter jul.')),
requested AS (
    SELECT p.*, c.status AS course_status, c.period_end, c.registration_deadline,
           (c.leader_approval_required OR i.approval_required) AND NOT EXISTS (
               SELECT 1 FROM leader_institution li WHERE li.account_id = p.account_id AND li.institution_id = a.institution_id)
               AS approved_by_leader,
           LEAST(c.registration_deadline - INTERVAL (2 + MOD(p.id * 7, 19)) DAY, CURDATE() - INTERVAL (2 + MOD(p.id * 7, 19)) DAY)
               + INTERVAL (8 + MOD(p.id, 11)) HOUR + INTERVAL MOD(p.id * 13, 60) MINUTE AS requested_at
    FROM planned p JOIN course c ON c.id = p.course_id JOIN account a ON a.id = p.account_id
    JOIN institution i ON i.id = a.institution_id)
SELECT r.id, r.course_id, r.account_id, r.status, r.id = 2046, m.text, r.waitlist_rank,
       IF(r.status = 'OFFERED', NOW() + INTERVAL 40 HOUR, NULL), r.requested_at,
       CASE
           WHEN r.status = 'COMPLETED' THEN r.period_end + INTERVAL 8 DAY + INTERVAL 10 HOUR
           WHEN r.status = 'CANCELLED' THEN r.registration_deadline + INTERVAL 1 DAY + INTERVAL 9 HOUR
           WHEN r.status IN ('OFFERED', 'WITHDRAWN') AND r.course_id = 2010 THEN NOW() - INTERVAL 8 HOUR
           WHEN r.status = 'WITHDRAWN' THEN LEAST(r.requested_at + INTERVAL 3 DAY, NOW() - INTERVAL 1 DAY)
           WHEN r.approved_by_leader AND r.status <> 'AWAITING_APPROVAL' THEN r.requested_at + INTERVAL 1 DAY
           ELSE r.requested_at
       END
FROM requested r LEFT JOIN motivation m ON m.enrolment_id = r.id;

-- The leaders' decisions: approvals (the seat or the place in line that followed) and rejections,
-- which always carry a reason. An event has its enrolment's id.
INSERT IGNORE INTO enrolment_event (id, enrolment_id, happened_at, actor_id, from_status, to_status, reason)
SELECT e.id, e.id, e.created_at + INTERVAL 1 DAY,
       (SELECT MIN(li.account_id) FROM leader_institution li WHERE li.institution_id = a.institution_id AND li.account_id <> a.id),
       'AWAITING_APPROVAL',
       CASE WHEN e.status = 'REJECTED' THEN 'REJECTED' WHEN e.status IN ('WAITLISTED', 'OFFERED') THEN 'WAITLISTED' ELSE 'CONFIRMED' END,
       CASE e.id
           WHEN 2021 THEN 'Vi prioriterer matematik i indskolingen i år; søg gerne igen næste år.'
           WHEN 2112 THEN 'Du er allerede på co-teaching-forløbet i samme periode.'
           WHEN 2123 THEN 'Godkendt – vi dækker dine timer på kursusdagene.'
       END
FROM enrolment e JOIN course c ON c.id = e.course_id JOIN account a ON a.id = e.account_id
JOIN institution i ON i.id = a.institution_id
WHERE e.id BETWEEN 2000 AND 2999 AND e.status NOT IN ('AWAITING_APPROVAL', 'CANCELLED')
  AND (c.leader_approval_required OR i.approval_required)
  AND NOT EXISTS (SELECT 1 FROM leader_institution li WHERE li.account_id = a.id AND li.institution_id = a.institution_id);

-- Attendance for every session held (before this week) of a course not cancelled, for everyone
-- seated on it: present unless listed here. The completion rule (attendance share and required
-- reflections) then agrees with every completed and every confirmed enrolment of a completed course.
-- An attendance row's id is its enrolment's id × 10 + the session's position in the course.
INSERT IGNORE INTO attendance (id, session_id, enrolment_id, status, registered_by, registered_at)
WITH missed (enrolment_id, session_id, status) AS (VALUES
    (2001, 2001, 'EXCUSED'),                            -- Karina: 2 of 3 still meets EVU-LÆ-11's 65 %
    (2010, 2000, 'ABSENT'), (2010, 2001, 'EXCUSED'),     -- Christian: 1 of 3
    (2014, 2005, 'EXCUSED'), (2018, 2004, 'ABSENT'),     -- Hanne, Emil: 3 of 4 meets EVU-MA-12's 75 %
    (2020, 2004, 'ABSENT'), (2020, 2005, 'ABSENT'),      -- Ida: 2 of 4
    (2028, 2007, 'ABSENT'), (2028, 2008, 'EXCUSED'),     -- Stine: 1 of 3
    (2031, 2009, 'EXCUSED'),                            -- Zeynep: 2 of 3
    (2040, 2011, 'ABSENT'),                             -- Piotr: 1 of 2 meets EVU-CS-14's 50 %
    (2042, 2010, 'ABSENT'), (2042, 2011, 'ABSENT'),      -- Anders: none
    (2046, 2013, 'EXCUSED'),                            -- Birgit: completed by the consultant's decision
    (2121, 2030, 'ABSENT'),                             -- Jakob: 1 of 2
    (2051, 2016, 'EXCUSED'), (2060, 2017, 'ABSENT'), (2063, 2015, 'EXCUSED'),
    (2056, 2015, 'ABSENT'), (2056, 2017, 'ABSENT'),      -- Piotr can no longer reach EVU-ÅS-17's 75 %
    (2068, 2020, 'ABSENT'), (2072, 2019, 'EXCUSED'),
    (2080, 2023, 'ABSENT'), (2084, 2022, 'EXCUSED')),
held AS (
    SELECT s.id, s.ends_at, m.course_id, c.consultant_id,
           ROW_NUMBER() OVER (PARTITION BY m.course_id ORDER BY s.starts_at, s.id) AS position
    FROM course_session s JOIN course_module m ON m.id = s.module_id JOIN course c ON c.id = m.course_id
    WHERE c.id BETWEEN 2000 AND 2999 AND c.status <> 'CANCELLED')
SELECT e.id * 10 + h.position, h.id, e.id, COALESCE(x.status, 'PRESENT'), h.consultant_id,
       h.ends_at + INTERVAL 30 MINUTE
FROM enrolment e JOIN held h ON h.course_id = e.course_id
LEFT JOIN missed x ON x.enrolment_id = e.id AND x.session_id = h.id
WHERE e.id BETWEEN 2000 AND 2999 AND e.status IN ('CONFIRMED', 'COMPLETED') AND h.ends_at < @thisw;

-- Reflections on the required modules whose session has been held. On a completed course everyone
-- who completed submitted them all; those left confirmed submitted the first and left the next as a
-- draft. On a course under way most have submitted, some are drafting, some have not begun. A
-- reflection's id is its enrolment's id × 10 + the module's position; the text is one of three per
-- module, by author.
INSERT IGNORE INTO reflection (id, author_id, module_id, body, status, created_at, updated_at, submitted_at)
WITH texts (module_id, variant, body) AS (VALUES
    (2000, 0, '<p>I natur/teknologi går mange elever i stå ved ord som <em>fordampning</em> og <em>kredsløb</em>. De kan læse ordene, men ikke bruge dem.</p><p>Jeg vil lade eleverne lave en ordvæg, før vi læser, og tale om figurerne i teksten.</p>'),
    (2000, 1, '<p>Matematikopgaver med meget tekst er sværest: eleverne regner det forkerte, fordi de ikke forstår, hvad der bliver spurgt om.</p><p>Vi har prøvet at læse opgaverne højt i makkerpar og understrege spørgsmålet. Det hjalp de fleste.</p>'),
    (2000, 2, '<p>Historiebogens kilder er skrevet i et sprog, eleverne ikke kender. De springer kilderne over og læser kun billedteksterne.</p><p>Næste gang læser vi én kilde sammen og skriver den om til nutidsdansk.</p>'),
    (2002, 0, '<p>Min evaluering viste, at eleverne kan finde oplysninger i en tekst, men har svært ved at drage slutninger.</p><p>Jeg vil arbejde mere med spørgsmål, hvor svaret ikke står direkte i teksten.</p>'),
    (2002, 1, '<p>Jeg brugte korte læseprøver i begyndelsen og slutningen af forløbet. Næsten alle læste fagteksterne hurtigere og mere sikkert.</p><p>De svageste læsere har brug for mere tid med teksterne før timen.</p>'),
    (2002, 2, '<p>Elevernes logbøger sagde mere end testen: de skrev, hvilke strategier de brugte, og hvornår de gav op.</p><p>Logbogen fortsætter vi med resten af året.</p>'),
    (2004, 0, '<p>Vi byggede rumfigurer af sugerør og målte dem bagefter. Eleverne forstod forskellen på flade og rumfigurer langt bedre end med bogen alene.</p><p>Næste gang vil jeg lade dem tegne figurerne i GeoGebra bagefter.</p>'),
    (2004, 1, '<p>I skolegården målte eleverne boldbanen med målebånd og skridt. Det gav gode samtaler om enheder og præcision.</p><p>Nogle grupper havde svært ved at samarbejde, så jeg giver faste roller næste gang.</p>'),
    (2004, 2, '<p>Jeg startede med en åben opgave: <strong>hvor mange forskellige rektangler kan du lave med 24 kvadrater?</strong></p><p>Eleverne fandt selv sammenhængen mellem omkreds og areal. Det havde jeg ikke turdet før kurset.</p>'),
    (2006, 0, '<p>Jeg vil bruge korte exit-opgaver hver uge og gemme dem i elevernes mapper, så vi sammen kan se udviklingen.</p><p>Til forældresamtalerne viser eleverne selv tre opgaver, de er stolte af.</p>'),
    (2006, 1, '<p>Matematiksamtaler med to-tre elever ad gangen giver mig mere at vide end prøverne.</p><p>Jeg planlægger dem fast hver fredag og noterer elevernes strategier i et enkelt skema.</p>'),
    (2006, 2, '<p>I matematikteamet har vi aftalt at bruge de samme tre opgavetyper til evaluering på hele mellemtrinnet.</p><p>Så kan vi følge eleverne fra 4. til 6. klasse og tale om progression på teammøderne.</p>'),
    (2008, 0, '<p>En dreng på stuen trak sig altid fra samlingen. Vi flyttede samlingen ud på legepladsen og gav ham ansvaret for at dele frugt ud.</p><p>Efter to uger var han med hver dag.</p>'),
    (2008, 1, '<p>Vi lavede faste makkerpar i garderoben, så ingen stod alene om morgenen. Det gav ro, og forældrene lagde mærke til det.</p><p>Nu prøver vi det samme ved overgangen til SFO.</p>'),
    (2008, 2, '<p>Jeg har lært at se på rammerne før barnet: det var støjen i rummet, ikke pigen, der var problemet.</p><p>Vi har delt stuen op i mindre zoner med hver sin voksen.</p>'),
    (2013, 0, '<p>Jeg vil lede en fælles praksis for sprogarbejdet på tværs af stuerne, så børnene møder de samme forventninger hele dagen.</p><p>Første skridt er et personalemøde, hvor hver stue viser en sprogaktivitet.</p>'),
    (2013, 1, '<p>Overgangen til skole skal planlægges sammen med skolen fra januar, ikke først i juni.</p><p>Jeg har aftalt et møde med skolelederen og børnehaveklasselederne.</p>'),
    (2013, 2, '<p>Vi vil bruge læreplanens temaer mere bevidst i hverdagens rutiner, især ved måltider og i garderoben.</p><p>Pædagogerne skal have tid til at observere hinanden.</p>'),
    (2030, 0, '<p>Morgensamlingen med en fast runde, hvor alle siger én sætning, har givet mere ro. Også de stille elever siger noget nu.</p><p>Jeg kan se det i frikvartererne: færre står alene.</p>'),
    (2030, 1, '<p>Vi lavede et klasseprojekt om skolens historie, hvor hver gruppe havde en del, som resten af klassen havde brug for.</p><p>Eleverne hjalp hinanden på tværs af de vante grupper.</p>'),
    (2030, 2, '<p>Jeg byttede bordene rundt hver tredje uge og gav grupperne faste roller. Trivselsmålingen viser færre, der føler sig udenfor.</p><p>Jeg fortsætter med rollerne og fortæller forældrene om det på næste møde.</p>'),
    (2015, 0, '<p>Kunstmuseet kunne give eleverne en oplevelse af rigtige værker og en formidler, der brænder for dem.</p><p>Mange af mine elever har aldrig været på museum.</p>'),
    (2015, 1, '<p>Spinderiets musikværksted: eleverne kan prøve instrumenter, vi ikke har på skolen, og møde musikere, der lever af det.</p><p>Jeg vil koble det til vores forløb om lyd i natur/teknologi.</p>'),
    (2015, 2, '<p>Bibliotekets makerspace kunne give eleverne lyst til at bygge og programmere.</p><p>Jeg har skrevet til bibliotekets skoletjeneste.</p>'),
    (2017, 0, '<p>Besøget gik godt, men eleverne havde brug for mere forberedelse. De vidste ikke, hvad de skulle kigge efter.</p><p>Næste gang laver vi spørgsmål sammen før turen.</p>'),
    (2017, 1, '<p>Formidleren tog sig af det faglige, og jeg kunne observere eleverne. Det var en gave.</p><p>Efterbehandlingen vil jeg ændre, så eleverne laver noget, de kan vise forældrene.</p>'),
    (2017, 2, '<p>Forløbet blev for kort. Tre besøg i stedet for ét ville lade eleverne komme tilbage med deres egne spørgsmål.</p><p>Det skal aftales med institutionen i god tid.</p>'),
    (2019, 0, '<p>Pædagogen ledte starten af timen med bevægelse, og jeg tog det faglige oplæg. Bagefter gik vi rundt til hver sin halvdel af klassen.</p><p>Det føltes som én lektion, ikke to.</p>'),
    (2019, 1, '<p>Vi brugte for lidt tid på at planlægge og endte med, at jeg underviste, mens pædagogen så til.</p><p>Nu har vi fast planlægningstid hver tirsdag.</p>'),
    (2019, 2, '<p>Vi byttede roller halvvejs i lektionen, og eleverne tog det helt naturligt.</p><p>Næste gang prøver vi stationsundervisning med hver sin station.</p>'),
    (2022, 0, '<p>Spørgsmålet <em>"Hvad tror du, der sker nu?"</em> fik børnene til at fortælle mest. De byggede videre på hinandens idéer.</p><p>Jeg vil læse i mindre grupper, så alle kommer til orde.</p>'),
    (2022, 1, '<p>Når jeg pegede på billederne og spurgte til detaljerne, fortalte de yngste meget mere, end når jeg spurgte til handlingen.</p><p>Vi har købt flere billedbøger uden tekst.</p>'),
    (2022, 2, '<p>Børnene fortalte mest, når bogen handlede om noget, de selv kendte, som at tabe en tand eller få en lillesøster.</p><p>Jeg vælger bøger efter, hvad der optager børnegruppen lige nu.</p>')),
drafts (variant, body) AS (VALUES
    (0, '<p>Noter: spørge teamet om deres erfaringer, før jeg skriver færdigt.</p>'),
    (1, '<p>Første udkast – jeg vil tilføje et eksempel fra min egen praksis.</p>'),
    (2, '<p>Stikord: børnenes og elevernes reaktioner, hvad jeg vil ændre, næste skridt.</p>')),
due AS (
    SELECT e.id * 10 + m.position AS id, e.account_id, m.id AS module_id, s.ends_at,
           CASE
               WHEN e.status = 'COMPLETED' THEN 'SUBMITTED'
               WHEN c.status = 'COMPLETED' THEN IF(m.position = (SELECT MIN(f.position) FROM course_module f
                                                                  WHERE f.course_id = c.id AND f.reflection_required), 'SUBMITTED', 'DRAFT')
               WHEN MOD(e.id * 3 + m.position, 6) = 0 THEN NULL
               WHEN MOD(e.id * 3 + m.position, 6) = 1 THEN 'DRAFT'
               ELSE 'SUBMITTED'
           END AS status,
           s.ends_at + INTERVAL (1 + MOD(e.id, 4)) DAY + INTERVAL 5 HOUR AS submitted_at
    FROM enrolment e JOIN course c ON c.id = e.course_id
    JOIN course_module m ON m.course_id = c.id AND m.reflection_required
    JOIN course_session s ON s.module_id = m.id
    WHERE e.id BETWEEN 2000 AND 2999 AND e.status IN ('CONFIRMED', 'COMPLETED') AND s.ends_at < @thisw)
SELECT d.id, d.account_id, d.module_id, IF(d.status = 'SUBMITTED', t.body, f.body), d.status,
       d.ends_at + INTERVAL 2 HOUR,
       IF(d.status = 'SUBMITTED', d.submitted_at, d.ends_at + INTERVAL 1 DAY + INTERVAL 5 HOUR),
       IF(d.status = 'SUBMITTED', d.submitted_at, NULL)
FROM due d JOIN texts t ON t.module_id = d.module_id AND t.variant = MOD(d.account_id, 3)
JOIN drafts f ON f.variant = MOD(d.account_id, 3)
WHERE d.status IS NOT NULL;

-- Every submitted reflection's versions: for one in six the first paragraph alone was submitted
-- first, soon after the session. A first version has its reflection's id, a second one 10000 more.
INSERT IGNORE INTO reflection_version (id, reflection_id, number, body, submitted_at)
SELECT id, id, 1, IF(MOD(id DIV 10, 6) = 5, CONCAT(SUBSTRING_INDEX(body, '</p>', 1), '</p>'), body),
       IF(MOD(id DIV 10, 6) = 5, created_at + INTERVAL 2 HOUR, submitted_at)
FROM reflection WHERE id BETWEEN 20000 AND 29999 AND status = 'SUBMITTED';
INSERT IGNORE INTO reflection_version (id, reflection_id, number, body, submitted_at)
SELECT id + 10000, id, 2, body, submitted_at
FROM reflection WHERE id BETWEEN 20000 AND 29999 AND status = 'SUBMITTED' AND MOD(id DIV 10, 6) = 5;

-- Whom the authors shared them with: the course team, their leaders, the others on the course
-- (several for some, none for many).
INSERT IGNORE INTO reflection_share (reflection_id, audience)
SELECT id, 'COURSE_TEAM' FROM reflection WHERE id BETWEEN 20000 AND 29999 AND status = 'SUBMITTED' AND MOD(id DIV 10, 3) = 0
UNION ALL
SELECT id, 'LEADERS' FROM reflection WHERE id BETWEEN 20000 AND 29999 AND status = 'SUBMITTED' AND MOD(id DIV 10, 4) = 1
UNION ALL
SELECT id, 'COHORT' FROM reflection WHERE id BETWEEN 20000 AND 29999 AND status = 'SUBMITTED' AND MOD(id + id DIV 10, 5) = 2;

-- The consultant's feedback on half of those shared with the course team (the feedback has the
-- reflection's id).
INSERT IGNORE INTO reflection_feedback (id, reflection_id, author_id, body, created_at)
SELECT r.id, r.id, c.consultant_id,
       ELT(1 + MOD(r.id DIV 10, 4),
           'Tak for en konkret refleksion. Del den gerne med dit team, så I kan bygge videre på den.',
           'Godt eksempel. Hvad ville der ske, hvis eleverne selv var med til at planlægge næste skridt?',
           'Fint koblet til kursets begreber. Tag gerne eksemplet med til næste kursusgang.',
           'En spændende iagttagelse – den vil vi gerne bruge som eksempel på holdet, hvis du vil.'),
       r.submitted_at + INTERVAL 2 DAY
FROM reflection r JOIN reflection_share sh ON sh.reflection_id = r.id AND sh.audience = 'COURSE_TEAM'
JOIN course_module m ON m.id = r.module_id JOIN course c ON c.id = m.course_id
WHERE r.id BETWEEN 20000 AND 29999 AND MOD(r.id DIV 10, 2) = 0;

-- Who read them, through which share, and the access log each read writes for the author: the
-- consultant (the read has the reflection's id), the author's leader (10000 more, for half of those
-- shared with leaders) and the first other participant on the course (20000 more, for a third of
-- those shared with the cohort).
INSERT IGNORE INTO reflection_read (id, reflection_id, reader_id, audience, read_at)
WITH readers AS (
    SELECT r.id, r.id AS reflection_id, c.consultant_id AS reader_id, 'COURSE_TEAM' AS audience, r.submitted_at + INTERVAL 1 DAY AS read_at
    FROM reflection r JOIN reflection_share sh ON sh.reflection_id = r.id AND sh.audience = 'COURSE_TEAM'
    JOIN course_module m ON m.id = r.module_id JOIN course c ON c.id = m.course_id
    WHERE r.id BETWEEN 20000 AND 29999
    UNION ALL
    SELECT r.id + 10000, r.id, (SELECT MIN(li.account_id) FROM leader_institution li
                                WHERE li.institution_id = a.institution_id AND li.account_id <> a.id),
           'LEADERS', r.submitted_at + INTERVAL 3 DAY
    FROM reflection r JOIN reflection_share sh ON sh.reflection_id = r.id AND sh.audience = 'LEADERS'
    JOIN account a ON a.id = r.author_id
    WHERE r.id BETWEEN 20000 AND 29999 AND MOD(r.id DIV 10, 8) = 1
    UNION ALL
    SELECT r.id + 20000, r.id, (SELECT MIN(o.account_id) FROM enrolment o JOIN course_module om ON om.course_id = o.course_id
                                WHERE om.id = r.module_id AND o.account_id <> r.author_id
                                  AND o.status IN ('CONFIRMED', 'COMPLETED')),
           'COHORT', r.submitted_at + INTERVAL 2 DAY
    FROM reflection r JOIN reflection_share sh ON sh.reflection_id = r.id AND sh.audience = 'COHORT'
    WHERE r.id BETWEEN 20000 AND 29999 AND MOD(r.id DIV 10, 3) = 1)
SELECT id, reflection_id, reader_id, audience, read_at FROM readers WHERE reader_id IS NOT NULL;

INSERT IGNORE INTO access_log (id, accessed_at, reader_id, subject_id, kind, what)
SELECT rr.id, rr.read_at, rr.reader_id, r.author_id, 'REFLECTION', CONCAT(c.code, ' · ', m.title_da)
FROM reflection_read rr JOIN reflection r ON r.id = rr.reflection_id
JOIN course_module m ON m.id = r.module_id JOIN course c ON c.id = m.course_id
WHERE rr.id BETWEEN 20000 AND 49999;

-- Certificates for every completed enrolment, issued when the course was closed. Codes are twelve
-- characters of the application's alphabet (no look-alikes) in groups of four, drawn from a hash of
-- the enrolment's id so that they are the same on every load; a certificate has its enrolment's id.
INSERT IGNORE INTO certificate (id, enrolment_id, code, issued_at)
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12),
codes AS (
    SELECT e.id, GROUP_CONCAT(SUBSTRING('ABCDEFGHJKMNPQRSTVWXYZ0123456789',
                                        1 + CONV(SUBSTRING(MD5(CONCAT('samspil-demo-certificate-', e.id)), 2 * n.i - 1, 2), 16, 10) MOD 32, 1)
                              ORDER BY n.i SEPARATOR '') AS raw
    FROM enrolment e CROSS JOIN n
    WHERE e.id BETWEEN 2000 AND 2999 AND e.status = 'COMPLETED'
    GROUP BY e.id)
SELECT e.id, e.id, CONCAT(SUBSTRING(k.raw, 1, 4), '-', SUBSTRING(k.raw, 5, 4), '-', SUBSTRING(k.raw, 9, 4)),
       c.period_end + INTERVAL 8 DAY + INTERVAL 10 HOUR
FROM enrolment e JOIN codes k ON k.id = e.id JOIN course c ON c.id = e.course_id;

-- Evaluations of the completed courses: the college's standard questions (a question has its
-- course's id × 10 + its position), and answers from three in four of those seated, each with a
-- receipt for the enrolment that answered and an anonymous response (ids from 2000).
INSERT IGNORE INTO evaluation_question (id, course_id, position, kind, text_da, text_en)
WITH standard (position, kind, text_da, text_en) AS (VALUES
    (1, 'SCALE', 'Kurset gav mig noget, jeg kan bruge i min praksis.', 'The course gave me something I can use in my practice.'),
    (2, 'SCALE', 'Samarbejdet med partnerne (foreninger, forvaltning, virksomheder) var relevant.', 'Working with the partners (associations, administration, companies) was relevant.'),
    (3, 'SCALE', 'Undervisningen og tilrettelæggelsen var god.', 'The teaching and the organisation were good.'),
    (4, 'SCALE', 'Refleksionerne mellem kursusgangene hjalp min læring.', 'Reflecting between the sessions helped my learning.'),
    (5, 'TEXT', 'Hvad skal vi gøre anderledes næste gang?', 'What should we do differently next time?'))
SELECT c.id * 10 + s.position, c.id, s.position, s.kind, s.text_da, s.text_en
FROM course c CROSS JOIN standard s WHERE c.id BETWEEN 2000 AND 2999 AND c.status = 'COMPLETED';

INSERT IGNORE INTO evaluation_receipt (enrolment_id)
SELECT e.id FROM enrolment e JOIN course c ON c.id = e.course_id
WHERE e.id BETWEEN 2000 AND 2999 AND c.status = 'COMPLETED' AND e.status IN ('CONFIRMED', 'COMPLETED') AND MOD(e.id, 4) <> 3;

INSERT IGNORE INTO evaluation_response (id, course_id, submitted_on)
SELECT 1999 + ROW_NUMBER() OVER (ORDER BY e.course_id, MD5(CONCAT('samspil-demo-response-', e.id))), e.course_id,
       c.period_end + INTERVAL (9 + MOD(e.id, 6)) DAY
FROM evaluation_receipt r JOIN enrolment e ON e.id = r.enrolment_id JOIN course c ON c.id = e.course_id
WHERE e.id BETWEEN 2000 AND 2999;

INSERT IGNORE INTO evaluation_answer (response_id, question_id, score, comment)
SELECT r.id, q.id,
       IF(q.kind = 'SCALE', ELT(1 + MOD(r.id * 7 + q.position * 5, 10), 5, 4, 5, 3, 4, 5, 4, 2, 5, 4), NULL),
       IF(q.kind = 'TEXT', ELT(1 + MOD(r.id DIV 3, 6),
                               'Mere tid til at afprøve i egen praksis mellem kursusgangene.',
                               'Gode eksempler, men for meget teori den første dag.',
                               'Det var godt at møde kolleger fra andre skoler og dagtilbud.',
                               'Flere konkrete materialer, vi kan tage med hjem.',
                               'Kursusgangene lå lidt tæt – svært at nå at afprøve noget.',
                               'Tak for et godt forløb!'), NULL)
FROM evaluation_response r JOIN evaluation_question q ON q.course_id = r.course_id
WHERE r.id BETWEEN 2000 AND 2999 AND (q.kind = 'SCALE' OR MOD(r.id, 3) = 0);

-- Development goals agreed between leaders and their staff: open ones tied to next half's
-- courses (the coverage gaps' teachers among them), achieved ones from last half, one overdue and
-- one dropped. The leader read the person's page when agreeing the goal (the access log entry has
-- the goal's id).
INSERT IGNORE INTO development_goal (id, account_id, text, theme_id, due_date, status, agreed_by, agreed_at) VALUES
    (2000, 1007, 'Opnå tilsvarende kompetencer i matematik, så jeg kan undervise 4. årgang med faglig tyngde.', 7,
     @nextw + INTERVAL 120 DAY, 'OPEN', 1003, @thisw - INTERVAL 30 DAY + INTERVAL 10 HOUR),
    (2001, 2003, 'Blive tryg ved at undervise i musik i indskolingen.', 2000,
     @nextw + INTERVAL 90 DAY, 'OPEN', 1003, @thisw - INTERVAL 30 DAY + INTERVAL 11 HOUR),
    (2002, 2005, 'Tage diplommodulet i matematik og dække matematik på 5. årgang med kompetence.', 7,
     @nextw + INTERVAL 120 DAY, 'OPEN', 1003, @thisw - INTERVAL 23 DAY + INTERVAL 10 HOUR),
    (2003, 2004, 'Styrke læsningen i fagene på mellemtrinnet.', 6,
     @lastw + INTERVAL 120 DAY, 'ACHIEVED', 1003, @lastw - INTERVAL 40 DAY + INTERVAL 10 HOUR),
    (2004, 1008, 'Udvikle samarbejdet med lærerne i 1. klasse om bevægelse og trivsel.', 4,
     @thisw - INTERVAL 14 DAY, 'OPEN', 1003, @lastw + INTERVAL 30 DAY + INTERVAL 10 HOUR),
    (2005, 2010, 'Opbygge et netværk af lokale virksomheder til udskolingens praktik.', 1,
     @nextw + INTERVAL 60 DAY, 'OPEN', 1003, @thisw - INTERVAL 16 DAY + INTERVAL 13 HOUR),
    (2006, 2025, 'Opnå tilsvarende kompetencer i dansk på mellemtrinnet.', 6,
     @nextw + INTERVAL 90 DAY, 'OPEN', 1004, @thisw - INTERVAL 20 DAY + INTERVAL 9 HOUR),
    (2007, 1009, 'Tilsvarende kompetencer i matematik på mellemtrinnet.', 7,
     @lastw + INTERVAL 90 DAY, 'ACHIEVED', 1004, @lastw - INTERVAL 30 DAY + INTERVAL 9 HOUR),
    (2008, 2052, 'Blive tryg ved matematik i indskolingen.', 7,
     @nextw + INTERVAL 120 DAY, 'OPEN', 2050, @thisw - INTERVAL 9 DAY + INTERVAL 14 HOUR),
    (2009, 2040, 'Styrke sprogarbejdet i vuggestuen med dialogisk læsning.', 6,
     @thisw + INTERVAL 60 DAY, 'OPEN', 1005, @thisw - INTERVAL 70 DAY + INTERVAL 10 HOUR),
    (2010, 2026, 'Arbejde inkluderende i SFO''en med de børn, der har svært ved at deltage.', 3,
     @lastw + INTERVAL 60 DAY, 'ACHIEVED', 1004, @lastw - INTERVAL 30 DAY + INTERVAL 10 HOUR),
    (2011, 2002, 'Afprøve udeskole med min 5. klasse.', 1,
     @thisw + INTERVAL 30 DAY, 'DROPPED', 1003, @lastw + INTERVAL 60 DAY + INTERVAL 10 HOUR);

INSERT IGNORE INTO goal_course (goal_id, course_id) VALUES
    (2000, 2012), (2001, 2009), (2001, 2014), (2002, 2012), (2003, 2000), (2005, 2015), (2006, 2013),
    (2007, 2001), (2008, 2012), (2009, 2008), (2010, 2002);

INSERT IGNORE INTO goal_comment (id, goal_id, author_id, body, created_at) VALUES
    (2000, 2000, 1003, 'Godkendt – vi dækker dine timer på kursusdagene.', @thisw - INTERVAL 30 DAY + INTERVAL 11 HOUR),
    (2001, 2000, 1007, 'Tak. Jeg har skrevet min motivation i tilmeldingen.', @thisw - INTERVAL 29 DAY + INTERVAL 15 HOUR),
    (2002, 2002, 2005, 'Jeg har tilmeldt mig – venter på din godkendelse.', @thisw - INTERVAL 3 DAY + INTERVAL 14 HOUR),
    (2003, 2003, 1003, 'Flot arbejde – jeg har set læselogbøgerne i 5. klasse.', @lastw + INTERVAL 100 DAY + INTERVAL 10 HOUR),
    (2004, 2004, 1008, 'Vi er i gang, men mangler tid til fælles planlægning.', @thisw - INTERVAL 20 DAY + INTERVAL 12 HOUR),
    (2005, 2006, 1004, 'Jeg ser på din tilmelding til læsemodulet i denne uge.', @thisw - INTERVAL 2 DAY + INTERVAL 9 HOUR),
    (2006, 2007, 1004, 'Anerkendt som tilsvarende kompetence efter kurset – tillykke.', @lastw + INTERVAL 75 DAY + INTERVAL 10 HOUR),
    (2007, 2011, 2002, 'Vi har valgt at prioritere co-teaching i stedet.', @thisw - INTERVAL 60 DAY + INTERVAL 16 HOUR),
    (2008, 2008, 2052, 'Jeg har søgt diplommodulet til næste halvår.', @thisw - INTERVAL 5 DAY + INTERVAL 15 HOUR);

INSERT IGNORE INTO access_log (id, accessed_at, reader_id, subject_id, kind, what)
SELECT g.id, g.agreed_at, g.agreed_by, g.account_id, 'STAFF_RECORD', i.name
FROM development_goal g JOIN account a ON a.id = g.account_id JOIN institution i ON i.id = a.institution_id
WHERE g.id BETWEEN 2000 AND 2999;

-- Competence coverage in the current school year at three schools, in Danish, maths, English and
-- music. Fjordskolen (besides its 4th grade above): 3rd and 5th grade; maths half covered (Omar's
-- 4th grade and Nikolaj's share of 5th), music a third (Louise's 3rd and Omar's 4th grade).
-- Bakkeskolen: 1st and 6th grade; Mads and Morten hold equivalent competence from last half's
-- courses; Christian's Danish lessons in 6th grade are a gap. Grønhøjskolen: 2nd and 7th grade;
-- Ida's maths in 2nd grade is a gap. Every other planned lesson is covered. The gaps are in Danish
-- (reading), maths and music, and EVU-LÆ-24, EVU-MA-23 and EVU-MU-25 (and EVU-MU-20) address them.
-- Engskolen and Bøgelundskolen have not entered a plan.
INSERT IGNORE INTO school_classes (institution_id, school_year, grade, classes) VALUES
    (1000, @school_year, 3, 2), (1000, @school_year, 5, 2),
    (1001, @school_year, 1, 3), (1001, @school_year, 6, 2),
    (2000, @school_year, 2, 2), (2000, @school_year, 7, 3);

INSERT IGNORE INTO planned_lessons (institution_id, school_year, subject_id, grade, lessons_per_class)
WITH guideline (institution_id, grade, subject, lessons) AS (VALUES
    (1000, 3, 'dansk', 270), (1000, 3, 'matematik', 150), (1000, 3, 'engelsk', 60), (1000, 3, 'musik', 60),
    (1000, 4, 'engelsk', 60),
    (1000, 5, 'dansk', 210), (1000, 5, 'matematik', 150), (1000, 5, 'engelsk', 60), (1000, 5, 'musik', 60),
    (1001, 1, 'dansk', 330), (1001, 1, 'matematik', 150), (1001, 1, 'engelsk', 30), (1001, 1, 'musik', 60),
    (1001, 6, 'dansk', 210), (1001, 6, 'matematik', 150), (1001, 6, 'engelsk', 60), (1001, 6, 'musik', 30),
    (2000, 2, 'dansk', 300), (2000, 2, 'matematik', 150), (2000, 2, 'engelsk', 30), (2000, 2, 'musik', 60),
    (2000, 7, 'dansk', 210), (2000, 7, 'matematik', 150), (2000, 7, 'engelsk', 90))
SELECT g.institution_id, @school_year, s.id, g.grade, g.lessons FROM guideline g JOIN subject s ON s.code = g.subject;

INSERT IGNORE INTO teaching_assignment (id, institution_id, school_year, account_id, subject_id, grade, lessons)
WITH teaching (id, institution_id, account_id, subject, grade, lessons) AS (VALUES
    (2000, 1000, 2000, 'dansk', 3, 540), (2001, 1000, 2001, 'matematik', 3, 300),
    (2002, 1000, 2002, 'engelsk', 3, 120), (2003, 1000, 2003, 'musik', 3, 120),
    (2004, 1000, 2002, 'engelsk', 4, 120),
    (2005, 1000, 2004, 'dansk', 5, 420), (2006, 1000, 2001, 'matematik', 5, 150), (2007, 1000, 2005, 'matematik', 5, 150),
    (2008, 1000, 2002, 'engelsk', 5, 120), (2009, 1000, 2006, 'musik', 5, 120),
    (2010, 1001, 2020, 'dansk', 1, 660), (2011, 1001, 2021, 'dansk', 1, 330), (2012, 1001, 2022, 'matematik', 1, 450),
    (2013, 1001, 2024, 'engelsk', 1, 90), (2014, 1001, 2023, 'musik', 1, 180),
    (2015, 1001, 2020, 'dansk', 6, 210), (2016, 1001, 2025, 'dansk', 6, 210), (2017, 1001, 1009, 'matematik', 6, 300),
    (2018, 1001, 2024, 'engelsk', 6, 120), (2019, 1001, 2023, 'musik', 6, 60),
    (2020, 2000, 2051, 'dansk', 2, 600), (2021, 2000, 2052, 'matematik', 2, 300),
    (2022, 2000, 2054, 'engelsk', 2, 60), (2023, 2000, 2053, 'musik', 2, 120),
    (2024, 2000, 2055, 'dansk', 7, 630), (2025, 2000, 2056, 'matematik', 7, 450), (2026, 2000, 2054, 'engelsk', 7, 270))
SELECT t.id, t.institution_id, @school_year, t.account_id, s.id, t.grade, t.lessons FROM teaching t JOIN subject s ON s.code = t.subject;

INSERT IGNORE INTO teaching_competence (id, account_id, subject_id, basis, note, evidence_enrolment_id, assessed_by, assessed_at)
WITH competence (id, account_id, subject, basis, note, evidence_enrolment_id, assessed_by, assessed_at) AS (VALUES
    (2000, 2000, 'dansk', 'TRAINING', NULL, NULL, 1003, @lastw - INTERVAL 100 DAY),
    (2001, 2001, 'matematik', 'TRAINING', NULL, NULL, 1003, @lastw - INTERVAL 100 DAY),
    (2002, 2002, 'engelsk', 'TRAINING', NULL, NULL, 1003, @lastw - INTERVAL 100 DAY),
    (2003, 2004, 'dansk', 'TRAINING', NULL, NULL, 1003, @lastw - INTERVAL 100 DAY),
    (2004, 2006, 'musik', 'TRAINING', NULL, NULL, 1003, @lastw - INTERVAL 100 DAY),
    (2005, 1007, 'historie', 'TRAINING', NULL, NULL, 1003, @lastw - INTERVAL 100 DAY),
    (2006, 2020, 'dansk', 'TRAINING', NULL, NULL, 1004, @lastw - INTERVAL 100 DAY),
    (2007, 2021, 'dansk', 'EQUIVALENT',
     'Har gennemført Læsning i alle fag (EVU-LÆ-11) og undervist i dansk i indskolingen i seks år.', 2000, 1004,
     @lastw + INTERVAL 45 DAY),
    (2008, 2022, 'matematik', 'TRAINING', NULL, NULL, 1004, @lastw - INTERVAL 100 DAY),
    (2009, 2024, 'engelsk', 'TRAINING', NULL, NULL, 1004, @lastw - INTERVAL 100 DAY),
    (2010, 2023, 'musik', 'TRAINING', NULL, NULL, 1004, @lastw - INTERVAL 100 DAY),
    (2011, 1009, 'matematik', 'EQUIVALENT',
     'Har gennemført diplommodulet Matematik på mellemtrinnet (EVU-MA-12, 10 ECTS) med egen 6. klasse som praksis.', 2013, 1004,
     @lastw + INTERVAL 75 DAY),
    (2012, 2051, 'dansk', 'TRAINING', NULL, NULL, 2050, @lastw - INTERVAL 100 DAY),
    (2013, 2054, 'engelsk', 'TRAINING', NULL, NULL, 2050, @lastw - INTERVAL 100 DAY),
    (2014, 2053, 'musik', 'TRAINING', NULL, NULL, 2050, @lastw - INTERVAL 100 DAY),
    (2015, 2055, 'dansk', 'TRAINING', NULL, NULL, 2050, @lastw - INTERVAL 100 DAY),
    (2016, 2056, 'matematik', 'TRAINING', NULL, NULL, 2050, @lastw - INTERVAL 100 DAY))
SELECT c.id, c.account_id, s.id, c.basis, c.note, c.evidence_enrolment_id, c.assessed_by, c.assessed_at
FROM competence c JOIN subject s ON s.code = c.subject;

-- What people have been told and not yet acted on (all mailed already; a notification has its
-- enrolment's id): the leaders' approval requests, the places in line, Piotr's offer, and the
-- rejections with the leader's reason.
INSERT IGNORE INTO notification (id, recipient_id, kind, course_id, detail, created_at, read_at, mailed_at)
SELECT e.id, li.account_id, 'APPROVAL_REQUESTED', e.course_id, a.display_name, e.created_at,
       IF(e.created_at < NOW() - INTERVAL 7 DAY, e.created_at + INTERVAL 1 DAY, NULL), e.created_at + INTERVAL 1 MINUTE
FROM enrolment e JOIN account a ON a.id = e.account_id
JOIN leader_institution li ON li.institution_id = a.institution_id AND li.account_id <> a.id
WHERE e.id BETWEEN 2000 AND 2999 AND e.status = 'AWAITING_APPROVAL';
INSERT IGNORE INTO notification (id, recipient_id, kind, course_id, detail, created_at, read_at, mailed_at)
SELECT e.id, e.account_id, e.status, e.course_id,
       IF(e.status = 'WAITLISTED', e.waitlist_rank, DATE_FORMAT(e.offer_expires_at, '%Y-%m-%d %H:%i')), e.updated_at,
       IF(e.updated_at < NOW() - INTERVAL 7 DAY, e.updated_at + INTERVAL 1 DAY, NULL), e.updated_at + INTERVAL 1 MINUTE
FROM enrolment e WHERE e.id BETWEEN 2000 AND 2999 AND e.status IN ('WAITLISTED', 'OFFERED');
INSERT IGNORE INTO notification (id, recipient_id, kind, course_id, detail, created_at, read_at, mailed_at)
SELECT e.id, e.account_id, 'REJECTED', e.course_id, ev.reason, ev.happened_at,
       IF(ev.happened_at < NOW() - INTERVAL 7 DAY, ev.happened_at + INTERVAL 1 DAY, NULL), ev.happened_at + INTERVAL 1 MINUTE
FROM enrolment e JOIN enrolment_event ev ON ev.enrolment_id = e.id AND ev.to_status = 'REJECTED'
WHERE e.id BETWEEN 2000 AND 2999;

-- The new courses' periods from their sessions, as the statement above does for ids 1000–1999.
UPDATE course c
    JOIN (SELECT m.course_id, MIN(s.starts_at) AS first_at, MAX(s.ends_at) AS last_at
          FROM course_module m JOIN course_session s ON s.module_id = m.id
          GROUP BY m.course_id) p ON p.course_id = c.id
SET c.first_session_at = p.first_at, c.last_session_at = p.last_at
WHERE c.id BETWEEN 2000 AND 2999;

-- Where each institution is invoiced: EAN numbers in the public range with valid check digits, made
-- up for the demo; the administration wants its order number on every invoice.
UPDATE institution
SET ean = CASE id WHEN 1000 THEN '5798000630109' WHEN 1001 THEN '5798000630116' WHEN 1002 THEN '5798000630123'
                  WHEN 1003 THEN '5798000630130' WHEN 1004 THEN '5798000630147' WHEN 2000 THEN '5798000630154'
                  WHEN 2001 THEN '5798000630161' WHEN 2002 THEN '5798000630178' WHEN 2003 THEN '5798000630185' END
WHERE id IN (1000, 1001, 1002, 1003, 1004, 2000, 2001, 2002, 2003) AND ean IS NULL;
UPDATE institution SET invoice_reference = 'Børn og Unge, ordre 4711' WHERE id = 1004 AND invoice_reference IS NULL;

-- The finance office: Freja Dahl issues the invoices (the demo password, as everyone's). Nothing has
-- been invoiced yet, so her first dry run holds every place owed so far; Bøgelundskolen wants its own
-- order reference for every place, and its places wait for one.
INSERT IGNORE INTO account (id, email, display_name, password_hash, language, job_function, institution_id, partner_organisation_id)
SELECT 1014, 'freja.dahl@samspil.example', 'Freja Dahl', password_hash, 'da', 'OTHER', NULL, NULL FROM account WHERE id = 1000;
INSERT IGNORE INTO account_role (account_id, role) VALUES (1014, 'FINANCE');
UPDATE institution
SET invoice_street = CASE id WHEN 1000 THEN 'Fjordvej 12' WHEN 1001 THEN 'Bakkevej 40' WHEN 1002 THEN 'Engvej 7'
                             WHEN 1003 THEN 'Mælkevejen 3' WHEN 1004 THEN 'Skolegade 1' WHEN 2000 THEN 'Grønhøjvej 21'
                             WHEN 2001 THEN 'Bøgelunden 2' WHEN 2002 THEN 'Solsikkevej 9' WHEN 2003 THEN 'Skovvej 30' END,
    invoice_postcode = '7100', invoice_town = 'Vejle'
WHERE id IN (1000, 1001, 1002, 1003, 1004, 2000, 2001, 2002, 2003) AND invoice_street IS NULL;
UPDATE institution SET reference_required = TRUE WHERE id = 2001;

-- Follow-up on transfer (V0033). Last spring's course EVU-ÅS-00 asked twelve weeks after its last
-- session, two days ago: Omar has answered and shared with his leader Mette; Anne has not answered
-- yet (she sees it under "Mine kurser", Mette under "Opfølgning"). Every completed course of the
-- earlier semesters (ids 2000–2999) had a follow-up too, and most of its participants answered, so
-- the report across courses has figures per theme, municipality and half-year.
INSERT IGNORE INTO follow_up (id, course_id, weeks_after, opened_on) VALUES (1000, 1007, 12, CURDATE() - INTERVAL 2 DAY);
INSERT IGNORE INTO follow_up_question (id, follow_up_id, audience, position, kind, text_da, text_en) VALUES
    (1000, 1000, 'PARTICIPANT', 1, 'SCALE', 'Jeg har afprøvet noget fra kurset i min praksis.', 'I have tried something from the course in my practice.'),
    (1001, 1000, 'PARTICIPANT', 2, 'SCALE', 'Det har gjort en forskel for børnene/eleverne.', 'It has made a difference for the children/pupils.'),
    (1002, 1000, 'PARTICIPANT', 3, 'TEXT', 'Hvad har du afprøvet, og med hvilken samarbejdspartner?', 'What have you tried, and with which partner?'),
    (1003, 1000, 'PARTICIPANT', 4, 'TEXT', 'Hvad har ændret sig for børnene/eleverne?', 'What has changed for the children/pupils?'),
    (1004, 1000, 'PARTICIPANT', 5, 'TEXT', 'Hvad har stået i vejen?', 'What has stood in the way?'),
    (1005, 1000, 'LEADER', 1, 'SCALE', 'Medarbejderen har bragt noget fra kurset ind i vores praksis.', 'The employee has brought something from the course into our practice.'),
    (1006, 1000, 'LEADER', 2, 'SCALE', 'Vi samarbejder mere med partnere uden for institutionen end før.', 'We work more with partners outside the institution than before.'),
    (1007, 1000, 'LEADER', 3, 'TEXT', 'Hvad har du set ændre sig, og hvad skal der til for at det bliver ved?', 'What have you seen change, and what will it take to keep it going?');
INSERT IGNORE INTO follow_up_response (id, follow_up_id, enrolment_id, respondent, author_id, municipality_id, answered_on,
                                       partnership, shared_with_leader, name_shown) VALUES
    (1000, 1000, 1013, 'PARTICIPANT', 1007, 630, CURDATE() - INTERVAL 1 DAY, 'CONTINUED', TRUE, TRUE);
INSERT IGNORE INTO follow_up_answer (id, response_id, question_id, score, comment) VALUES
    (1000, 1000, 1000, 5, NULL), (1001, 1000, 1001, 4, NULL),
    (1002, 1000, 1002, NULL, 'Tre besøg på kulturhuset Spinderiet, hvor 6.b lavede en udstilling med deres guider.'),
    (1003, 1000, 1003, NULL, 'Elever, der sjældent siger noget i klassen, viste udstillingen frem for forældrene.'),
    (1004, 1000, 1004, NULL, 'Skemaet: det er svært at finde en hel dag uden for skolen.');
INSERT IGNORE INTO notification (id, recipient_id, kind, course_id, detail, created_at, mailed_at) VALUES
    (1900, 1006, 'FOLLOW_UP_OPEN', 1007, NULL, NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 2 DAY),
    (1901, 1007, 'FOLLOW_UP_OPEN', 1007, NULL, NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 2 DAY),
    (1902, 1003, 'FOLLOW_UP_LEADER', 1007, 'Anne Larsen', NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 2 DAY),
    (1903, 1003, 'FOLLOW_UP_LEADER', 1007, 'Omar Haddad', NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 2 DAY);

INSERT IGNORE INTO follow_up (id, course_id, weeks_after, opened_on, reminded_on)
SELECT c.id, c.id, 12, DATE(c.last_session_at) + INTERVAL 12 WEEK, DATE(c.last_session_at) + INTERVAL 14 WEEK
FROM course c
WHERE c.id BETWEEN 2000 AND 2999 AND c.status = 'COMPLETED' AND c.last_session_at < CURDATE() - INTERVAL 14 WEEK;
INSERT IGNORE INTO follow_up_question (id, follow_up_id, audience, position, kind, text_da, text_en)
SELECT f.id * 10 + q.n, f.id, q.audience, q.position, q.kind, q.text_da, q.text_en
FROM follow_up f JOIN (SELECT 1 AS n, 'PARTICIPANT' AS audience, 1 AS position, 'SCALE' AS kind,
                              'Jeg har afprøvet noget fra kurset i min praksis.' AS text_da,
                              'I have tried something from the course in my practice.' AS text_en
                       UNION ALL SELECT 2, 'PARTICIPANT', 2, 'SCALE', 'Det har gjort en forskel for børnene/eleverne.',
                              'It has made a difference for the children/pupils.'
                       UNION ALL SELECT 3, 'PARTICIPANT', 3, 'TEXT', 'Hvad har du afprøvet, og med hvilken samarbejdspartner?',
                              'What have you tried, and with which partner?'
                       UNION ALL SELECT 4, 'LEADER', 1, 'SCALE', 'Medarbejderen har bragt noget fra kurset ind i vores praksis.',
                              'The employee has brought something from the course into our practice.') q
WHERE f.id BETWEEN 2000 AND 2999;
-- Four in five answered (by enrolment id), in the week after it opened; the scores and the
-- partnerships vary with the enrolment so that themes and half-years differ.
INSERT IGNORE INTO follow_up_response (id, follow_up_id, enrolment_id, respondent, author_id, municipality_id, answered_on,
                                       partnership, shared_with_leader, name_shown)
SELECT e.id * 2, f.id, e.id, 'PARTICIPANT', e.account_id, i.municipality_id, f.opened_on + INTERVAL MOD(e.id, 7) DAY,
       ELT(MOD(e.id, 3) + 1, 'NEW', 'CONTINUED', 'NONE'), MOD(e.id, 2) = 0, FALSE
FROM follow_up f JOIN enrolment e ON e.course_id = f.course_id JOIN account a ON a.id = e.account_id
LEFT JOIN institution i ON i.id = a.institution_id
WHERE f.id BETWEEN 2000 AND 2999 AND e.status = 'COMPLETED' AND MOD(e.id, 5) <> 0;
INSERT IGNORE INTO follow_up_answer (id, response_id, question_id, score, comment)
SELECT r.id * 10 + 1, r.id, r.follow_up_id * 10 + 1, 3 + MOD(r.enrolment_id, 3), NULL
FROM follow_up_response r WHERE r.follow_up_id BETWEEN 2000 AND 2999
UNION ALL
SELECT r.id * 10 + 2, r.id, r.follow_up_id * 10 + 2, 2 + MOD(r.enrolment_id + r.follow_up_id, 4), NULL
FROM follow_up_response r WHERE r.follow_up_id BETWEEN 2000 AND 2999
UNION ALL
SELECT r.id * 10 + 3, r.id, r.follow_up_id * 10 + 3, NULL,
       ELT(MOD(r.enrolment_id, 4) + 1, 'Vi har lavet en fast aftale med den lokale idrætsforening om bevægelse i frikvarteret.',
           'Et læseforløb med frivillige fra biblioteket, en gang om ugen.',
           'Forældre hjalp med en temadag om natur sammen med spejderne.',
           'Vi inviterede virksomheder ind til en uge om iværksætteri.')
FROM follow_up_response r WHERE r.follow_up_id BETWEEN 2000 AND 2999 AND MOD(r.enrolment_id, 2) = 0;
-- Each response carries the sum and number of its scores (V0033), as the application keeps them.
UPDATE follow_up_response r
    JOIN (SELECT response_id, SUM(score) AS total, COUNT(score) AS scores FROM follow_up_answer
          WHERE score IS NOT NULL GROUP BY response_id) a ON a.response_id = r.id
SET r.score_sum = a.total, r.score_count = a.scores
WHERE r.follow_up_id BETWEEN 1000 AND 2999 AND r.score_count = 0;

-- Partners' offers to schools (Åben skole), V0034: four published offers and a draft, periods from
-- next week on. Anne asked Læsebedsteforældrene for her 2.A and Kirsten accepted (in both calendar
-- feeds); Omar's request for Holm & Søn's workshop waits for Rasmus, who proposed another day to
-- Camilla at Engskolen. Demo ids from 1000.
INSERT IGNORE INTO partner_offer (id, partner_organisation_id, contact_id, theme_id, municipality_id, title_da, title_en,
                                  description_da, description_en, place, comes_to_you, price, published) VALUES
    (1000, 1000, 1000, 6, 630, 'Læsevenner i indskolingen', 'Reading friends for the early years',
     'En fast læseven fra Læsebedsteforældrene læser med små grupper af elever en gang om ugen i otte uger. Vi aftaler niveau og bøger med klassens lærer.',
     'A regular reading friend from the volunteer grandparents reads with small groups of pupils once a week for eight weeks. We agree level and books with the class teacher.',
     NULL, TRUE, 0, TRUE),
    (1001, 1002, 1001, 1, 630, 'Åbent værksted: fra skitse til skammel', 'Open workshop: from sketch to stool',
     'Eleverne tegner, måler og bygger en skammel sammen med vores lærlinge. Matematik og håndværk i praksis på værkstedet.',
     'Pupils draw, measure and build a stool with our apprentices: mathematics and craft in practice in the workshop.',
     'Holm & Søn, Industrivej 12, Vejle', FALSE, 0, TRUE),
    (1002, 1001, 1002, 2, 630, 'Idrætsdag med foreningens trænere', 'Sports day with the club''s coaches',
     'Foreningens frivillige trænere står for en idrætsdag med fodbold, håndbold og lege for hele årgangen.',
     'The club''s volunteer coaches run a sports day of football, handball and games for the whole year group.',
     'Fjordbyhallen', TRUE, 0, TRUE),
    (1003, 1003, 1003, 1, 630, 'Skoletjenesten: musik og scenekunst', 'School service: music and performing arts',
     'Et forløb på tre gange i Spinderiet, hvor klassen arbejder med rytme, stemme og scene sammen med vores kunstnere.',
     'Three visits to the arts centre where the class works with rhythm, voice and stage with our artists.',
     'Kulturhuset Spinderiet, Vejle', FALSE, 1500, TRUE),
    (1004, 1000, 1000, 6, 630, 'Højtlæsning i dagtilbud', 'Reading aloud in daycare',
     'Frivillige læser højt for små grupper af børn i dagtilbuddet. Under udarbejdelse.',
     NULL, NULL, TRUE, 0, FALSE);

INSERT IGNORE INTO partner_offer_age_group (offer_id, age_group) VALUES
    (1000, 'GRADES_0_3'), (1001, 'GRADES_4_6'), (1001, 'GRADES_7_10'), (1002, 'GRADES_0_3'), (1002, 'GRADES_4_6'),
    (1003, 'GRADES_4_6'), (1003, 'GRADES_7_10'), (1004, 'DAYCARE');

INSERT IGNORE INTO offer_period (id, offer_id, starts_on, ends_on, capacity) VALUES
    (1000, 1000, CURDATE() + INTERVAL 7 DAY, CURDATE() + INTERVAL 90 DAY, 4),
    (1001, 1001, CURDATE() + INTERVAL 7 DAY, CURDATE() + INTERVAL 60 DAY, 6),
    (1002, 1001, CURDATE() + INTERVAL 120 DAY, CURDATE() + INTERVAL 180 DAY, 6),
    (1003, 1002, CURDATE() + INTERVAL 14 DAY, CURDATE() + INTERVAL 45 DAY, 2),
    (1004, 1003, CURDATE() + INTERVAL 10 DAY, CURDATE() + INTERVAL 100 DAY, 8),
    (1005, 1004, CURDATE() + INTERVAL 30 DAY, CURDATE() + INTERVAL 120 DAY, 3);

INSERT IGNORE INTO offer_request (id, period_id, requested_by_id, institution_id, class_label, age_group, pupils, starts_at,
                                  ends_at, message, status, requested_at) VALUES
    (1000, 1000, 1006, 1000, '2.A', 'GRADES_0_3', 23, (CURDATE() + INTERVAL 12 DAY) + INTERVAL 9 HOUR,
     (CURDATE() + INTERVAL 12 DAY) + INTERVAL 10 HOUR, 'Vi vil gerne starte med de elever, der læser mindst.', 'ACCEPTED',
     NOW() - INTERVAL 3 DAY),
    (1001, 1001, 1007, 1000, '6.B', 'GRADES_4_6', 25, (CURDATE() + INTERVAL 20 DAY) + INTERVAL 8 HOUR,
     (CURDATE() + INTERVAL 20 DAY) + INTERVAL 12 HOUR, 'Vi arbejder med måling og skala i matematik.', 'REQUESTED',
     NOW() - INTERVAL 1 DAY),
    (1002, 1001, 1010, 1002, '7.B', 'GRADES_7_10', 21, (CURDATE() + INTERVAL 22 DAY) + INTERVAL 10 HOUR,
     (CURDATE() + INTERVAL 22 DAY) + INTERVAL 14 HOUR, NULL, 'PROPOSED', NOW() - INTERVAL 2 DAY);

INSERT IGNORE INTO offer_request_step (id, request_id, actor_id, taken_at, status, starts_at, ends_at, message) VALUES
    (1000, 1000, 1006, NOW() - INTERVAL 3 DAY, 'REQUESTED', (CURDATE() + INTERVAL 12 DAY) + INTERVAL 9 HOUR,
     (CURDATE() + INTERVAL 12 DAY) + INTERVAL 10 HOUR, 'Vi vil gerne starte med de elever, der læser mindst.'),
    (1001, 1000, 1012, NOW() - INTERVAL 2 DAY, 'ACCEPTED', (CURDATE() + INTERVAL 12 DAY) + INTERVAL 9 HOUR,
     (CURDATE() + INTERVAL 12 DAY) + INTERVAL 10 HOUR, 'Det glæder vi os til. Birthe og Poul kommer.'),
    (1002, 1001, 1007, NOW() - INTERVAL 1 DAY, 'REQUESTED', (CURDATE() + INTERVAL 20 DAY) + INTERVAL 8 HOUR,
     (CURDATE() + INTERVAL 20 DAY) + INTERVAL 12 HOUR, 'Vi arbejder med måling og skala i matematik.'),
    (1003, 1002, 1010, NOW() - INTERVAL 2 DAY, 'REQUESTED', (CURDATE() + INTERVAL 21 DAY) + INTERVAL 10 HOUR,
     (CURDATE() + INTERVAL 21 DAY) + INTERVAL 14 HOUR, NULL),
    (1004, 1002, 1013, NOW() - INTERVAL 1 DAY, 'PROPOSED', (CURDATE() + INTERVAL 22 DAY) + INTERVAL 10 HOUR,
     (CURDATE() + INTERVAL 22 DAY) + INTERVAL 14 HOUR, 'Den 21. har vi lærlinge på skole. Passer dagen efter?');

-- Practice stories from last spring's course (EVU-ÅS-00), whose next run is EVU-ÅS-01: Anne's story
-- is public, and Læsebedsteforældrene (Kirsten) consented; Omar's names Holm & Søn, whose answer
-- (Rasmus) is awaited, so only Omar, Rasmus and the consultants read it yet.
UPDATE course SET origin_id = 1007 WHERE id = 1000 AND origin_id IS NULL;

INSERT IGNORE INTO practice_story (id, author_id, course_id, institution_id, theme_id, municipality_id, age_group, title, did,
                                   learned, audience, published_at, created_at, updated_at) VALUES
    (1000, 1006, 1007, 1000, 1, 630, 'GRADES_0_3', 'Læsebedsterne i 2.A',
     'Efter kurset aftalte vi med Læsebedsteforældrene, at fire frivillige kommer hver tirsdag og læser med de elever i 2.A, der læser mindst. Vi planlagde forløbet sammen på et møde på skolen, og forældrene blev inviteret til en læsecafé i biblioteket til sidst.',
     'Eleverne glæder sig til tirsdag og låner flere bøger med hjem. Vi lærte, at en fast aftale med få, navngivne frivillige holder bedre end en åben invitation – og at de frivillige skal have et sted at hænge jakken.',
     'PUBLIC', NOW() - INTERVAL 40 DAY, NOW() - INTERVAL 45 DAY, NOW() - INTERVAL 40 DAY),
    (1001, 1007, 1007, 1000, 1, 630, 'GRADES_4_6', 'Måling og skala på tømrerværkstedet',
     '6.B var tre formiddage hos Holm & Søn, hvor eleverne målte op og tegnede et skur i målestok 1:20, som lærlingene bagefter byggede i skolegården.',
     'Matematik blev noget, eleverne kunne røre ved. Næste gang aftaler vi på forhånd, hvem der gør hvad på værkstedet.',
     'USERS', NOW() - INTERVAL 5 DAY, NOW() - INTERVAL 6 DAY, NOW() - INTERVAL 5 DAY);

INSERT IGNORE INTO story_consent (id, story_id, partner_organisation_id, status, decided_by_id, decided_at) VALUES
    (1000, 1000, 1000, 'GIVEN', 1012, NOW() - INTERVAL 41 DAY),
    (1001, 1001, 1002, 'ASKED', NULL, NULL);
