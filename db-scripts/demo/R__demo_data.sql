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
