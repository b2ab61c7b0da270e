package dk.samspil.it;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CourseChangedException;
import dk.samspil.catalog.boundary.CourseCodeTakenException;
import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.catalog.boundary.CourseForm;
import dk.samspil.catalog.boundary.CoursePlan;
import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.catalog.boundary.ModuleForm;
import dk.samspil.catalog.boundary.SchedulingWarningsException;
import dk.samspil.catalog.boundary.SessionForm;
import dk.samspil.catalog.entity.CourseIncompleteException;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.InvalidCourseException;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.partner.boundary.PartnerOrganisations;
import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerRuleException;
import dk.samspil.people.boundary.Authentication;
import dk.samspil.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A consultant plans a course from nothing to published, and the rules hold at the boundary. */
class CoursePlanningIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final LocalDate START = LocalDate.now().plusMonths(3).withDayOfMonth(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CoursePlanningIT.class, AsPlanner.class, AsParticipant.class);
    }

    @Inject
    CoursePlanning planning;

    @Inject
    PartnerOrganisations organisations;

    @Inject
    Catalog catalog;

    @Inject
    Authentication authentication;

    @Inject
    AsPlanner asPlanner;

    @Inject
    AsParticipant asParticipant;

    private CourseForm form(String code) {
        var form = new CourseForm();
        form.setCode(code);
        form.getTitle().setDa("Åben skole med foreningerne");
        form.getTitle().setEn("Open school with the clubs");
        form.getDescription().setDa("Et forløb om at planlægge undervisning sammen med lokale foreninger.");
        form.setThemeCode(db.theme());
        form.setTargetGroups(List.of(TargetGroup.TEACHER, TargetGroup.PEDAGOGUE));
        form.setEcts(5);
        form.setPrice(new BigDecimal("1450.00"));
        form.setPayer(Payer.INSTITUTION);
        form.setPlace("Campus Vejle");
        form.setRegistrationDeadline(START.minusWeeks(2));
        form.setPeriodStart(START);
        form.setPeriodEnd(START.plusMonths(1));
        form.setMinParticipants(6);
        form.setMaxParticipants(24);
        form.setWaitingListCapacity(10);
        form.setConsultantId(db.login(TestPeople.PLANNER, "CONSULTANT"));
        return form;
    }

    private static ModuleForm module(String title) {
        var module = new ModuleForm();
        module.getTitle().setDa(title);
        module.getObjectives().setDa("Læringsmål for " + title);
        return module;
    }

    private static SessionForm session(LocalDate day, int from, int to, long room, Long host) {
        var session = new SessionForm();
        session.setDay(day);
        session.setStarts(LocalTime.of(from, 0));
        session.setEnds(LocalTime.of(to, 0));
        session.setRoomId(room);
        session.setHostId(host);
        return session;
    }

    private <T> T plan(Callable<T> work) throws Exception {
        return asPlanner.call(work);
    }

    private CoursePlan planOf(String code) throws Exception {
        return plan(() -> planning.getPlan(code, DANISH));
    }

    private String newDraft() throws Exception {
        String code = "IT-" + TestDatabase.unique();
        return plan(() -> planning.create(form(code)));
    }

    @Test
    void aConsultantCreatesACourseWithTwoModulesAndThreeSessionsAndPublishesIt() throws Exception {
        String code = newDraft();
        long room = db.room();
        long host = plan(() -> organisations.register("Fjordbyens IF " + TestDatabase.unique(), PartnerKind.ASSOCIATION,
                "Idrætsforening", null));
        plan(() -> {
            planning.addModule(code, planning.getPlan(code, DANISH).version(), module("Omverdenen som læringsrum"));
            planning.addModule(code, planning.getPlan(code, DANISH).version(), module("Fra idé til aftale"));
            return null;
        });
        List<Long> modules = planOf(code).modules().stream().map(CoursePlan.ModulePlan::id).toList();
        plan(() -> {
            planning.scheduleSession(code, planning.getPlan(code, DANISH).version(), modules.get(0),
                    session(START.plusDays(1), 9, 15, room, null), false);
            planning.scheduleSession(code, planning.getPlan(code, DANISH).version(), modules.get(0),
                    session(START.plusDays(8), 9, 15, room, null), false);
            planning.scheduleSession(code, planning.getPlan(code, DANISH).version(), modules.get(1),
                    session(START.plusDays(15), 13, 16, room, host), false);
            planning.publish(code, planning.getPlan(code, DANISH).version());
            return null;
        });

        CourseDetails published = catalog.getPublishedCourse(code, DANISH);
        assertEquals(2, published.modules().size());
        assertEquals(3, published.modules().stream().mapToInt(m -> m.sessions().size()).sum());
        assertEquals("HOST", published.partners().get(0).role(), "the hosting partner is shown on the course");
        assertEquals(new BigDecimal("1450.00"), published.price());
        assertEquals(START.plusDays(1).atTime(9, 0),
                ((Timestamp) db.value("SELECT first_session_at FROM course WHERE code = ?", code)).toLocalDateTime());
    }

    @Test
    void publishingAnEmptyDraftNamesWhatIsMissingAndChangesNothing() throws Exception {
        String code = newDraft();
        var refused = assertThrows(CourseIncompleteException.class,
                () -> plan(() -> { planning.publish(code, planOf(code).version()); return null; }));
        assertEquals(List.of("catalog.publish.no-session"),
                refused.details().stream().map(BusinessException.Detail::key).toList());
        assertEquals("DRAFT", db.value("SELECT status FROM course WHERE code = ?", code));
    }

    @Test
    void anInvoicedCourseKeepsItsPriceAndPayerButTheRestMayChange() throws Exception {
        String code = newDraft();
        db.update("UPDATE course SET invoiced = TRUE WHERE code = ?", code);
        long seen = planOf(code).version();
        CourseForm dearer = form(code);
        dearer.setPrice(new BigDecimal("1650.00"));
        InvalidCourseException refused = assertThrows(InvalidCourseException.class,
                () -> plan(() -> { planning.revise(code, seen, dearer); return null; }));
        assertEquals("catalog.course.price.invoiced", refused.messageKey());
        assertEquals("price", refused.field());
        assertEquals(0, new BigDecimal("1450.00").compareTo((BigDecimal) db.value("SELECT price FROM course WHERE code = ?", code)));

        CourseForm retitled = form(code);
        retitled.getTitle().setDa("Ny titel, samme pris");
        plan(() -> { planning.revise(code, seen, retitled); return null; });
        assertEquals("Ny titel, samme pris", db.value("SELECT title_da FROM course WHERE code = ?", code));
    }

    @Test
    void aSecondConsultantWithAnOldVersionDoesNotOverwriteTheFirst() throws Exception {
        String code = newDraft();
        long seen = planOf(code).version();
        CourseForm first = form(code);
        first.getTitle().setDa("Den første konsulents titel");
        plan(() -> { planning.revise(code, seen, first); return null; });

        CourseForm second = form(code);
        second.getTitle().setDa("Den anden konsulents titel");
        assertThrows(CourseChangedException.class, () -> plan(() -> { planning.revise(code, seen, second); return null; }));
        assertEquals("Den første konsulents titel", db.value("SELECT title_da FROM course WHERE code = ?", code));
    }

    /** Real threads revise the course at the same moment, all having read the same version: one wins. */
    @Test
    void consultantsSavingAtTheSameMomentNeverOverwriteEachOther() throws Exception {
        String code = newDraft();
        int editors = 6;
        for (int round = 0; round < 3; round++) {
            long seen = planOf(code).version();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int editor = 0; editor < editors; editor++) {
                CourseForm form = form(code);
                form.getTitle().setDa("Runde " + round + ", konsulent " + editor);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        plan(() -> { planning.revise(code, seen, form); return null; });
                        return form.getTitle().getDa();
                    } catch (CourseChangedException | EJBException lost) {
                        return null;
                    }
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String won = outcome.get(60, TimeUnit.SECONDS);
                if (won != null) {
                    winners.add(won);
                }
            }
            pool.shutdown();
            assertEquals(1, winners.size(), "exactly one of the simultaneous saves wins: " + winners);
            assertEquals(winners.get(0), db.value("SELECT title_da FROM course WHERE code = ?", code));
        }
    }

    @Test
    void badValuesAreRefusedWithTheirFieldAndNothingIsSaved() throws Exception {
        String code = "IT-" + TestDatabase.unique();
        CourseForm tooMany = form(code);
        tooMany.setMaxParticipants(600);
        assertEquals("max", assertThrows(InvalidCourseException.class,
                () -> plan(() -> planning.create(tooMany))).field());
        CourseForm freeButPaid = form(code);
        freeButPaid.setPayer(Payer.FUNDED);
        assertEquals("payer", assertThrows(InvalidCourseException.class,
                () -> plan(() -> planning.create(freeButPaid))).field());
        assertNull(db.value("SELECT id FROM course WHERE code = ?", code));

        String taken = newDraft();
        assertEquals("code", assertThrows(CourseCodeTakenException.class,
                () -> plan(() -> planning.create(form(taken)))).field());
    }

    @Test
    void aDoubleBookedRoomIsSavedOnlyAfterTheConsultantConfirms() throws Exception {
        long room = db.room();
        String first = newDraft();
        String second = newDraft();
        for (String code : List.of(first, second)) {
            plan(() -> { planning.addModule(code, planOf(code).version(), module("Modul")); return null; });
        }
        long firstModule = planOf(first).modules().get(0).id();
        long secondModule = planOf(second).modules().get(0).id();
        plan(() -> {
            planning.scheduleSession(first, planOf(first).version(), firstModule, session(START, 9, 12, room, null), false);
            return null;
        });

        var warned = assertThrows(SchedulingWarningsException.class, () -> plan(() -> {
            planning.scheduleSession(second, planOf(second).version(), secondModule,
                    session(START, 11, 14, room, null), false);
            return null;
        }));
        assertEquals(List.of("catalog.session.warning.room-booked"),
                warned.details().stream().map(BusinessException.Detail::key).toList());
        assertTrue(warned.details().get(0).arguments()[1].equals(first), "names the other course");
        assertTrue(planOf(second).modules().get(0).sessions().isEmpty(), "nothing saved before confirming");

        plan(() -> {
            planning.scheduleSession(second, planOf(second).version(), secondModule,
                    session(START, 11, 14, room, null), true);
            return null;
        });
        assertEquals(1, planOf(second).modules().get(0).sessions().size());
    }

    @Test
    void aSessionOutsideThePeriodAndABusyFacilitatorAreBothWarnedAbout() throws Exception {
        String teacher = db.account("Underviser", null, "CONSULTANT");
        long facilitator = (Long) db.value("SELECT id FROM account WHERE email = ?", teacher);
        String first = newDraft();
        String second = newDraft();
        for (String code : List.of(first, second)) {
            plan(() -> { planning.addModule(code, planOf(code).version(), module("Modul")); return null; });
        }
        LocalDate outside = START.plusMonths(2);
        SessionForm teaching = session(outside, 9, 12, db.room(), null);
        teaching.setFacilitatorIds(List.of(facilitator));
        plan(() -> {
            planning.scheduleSession(first, planOf(first).version(), planOf(first).modules().get(0).id(), teaching, true);
            return null;
        });
        SessionForm again = session(outside, 10, 11, db.room(), null);
        again.setFacilitatorIds(List.of(facilitator));

        var warned = assertThrows(SchedulingWarningsException.class, () -> plan(() -> {
            planning.scheduleSession(second, planOf(second).version(), planOf(second).modules().get(0).id(), again, false);
            return null;
        }));
        assertEquals(List.of("catalog.session.warning.outside-period", "catalog.session.warning.facilitator-booked"),
                warned.details().stream().map(BusinessException.Detail::key).toList());
    }

    @Test
    void aCopyForTheNextSemesterIsADraftWithItsDatesMoved() throws Exception {
        String code = newDraft();
        long room = db.room();
        plan(() -> {
            planning.addModule(code, planOf(code).version(), module("Modul"));
            planning.scheduleSession(code, planOf(code).version(), planOf(code).modules().get(0).id(),
                    session(START.plusDays(2), 9, 12, room, null), false);
            return null;
        });
        String copy = "IT-" + TestDatabase.unique();
        plan(() -> planning.copy(code, copy, START.plusWeeks(26)));

        CoursePlan copied = planOf(copy);
        assertEquals(CourseStatus.DRAFT, copied.status());
        assertEquals(START.plusWeeks(26).plusDays(2).atTime(9, 0), copied.modules().get(0).sessions().get(0).startsAt());
        assertEquals(START.minusWeeks(2).plusWeeks(26), copied.form().getRegistrationDeadline());
    }

    @Test
    void aPartnerWithLinksIsNotDeletedAndAContactGetsAWorkingLogin() throws Exception {
        long partner = plan(() -> organisations.register("Spinderiet " + TestDatabase.unique(),
                PartnerKind.CULTURAL_INSTITUTION, null, null));
        String code = newDraft();
        plan(() -> {
            planning.link(code, planOf(code).version(), partner, PartnerRole.CO_DESIGNER, null, "Medudvikler", null);
            return null;
        });
        assertThrows(PartnerRuleException.class, () -> plan(() -> { organisations.delete(partner); return null; }));
        assertTrue(db.value("SELECT id FROM partner_organisation WHERE id = ?", partner) != null);

        String email = "kontakt-" + TestDatabase.unique() + "@spinderiet.example";
        String password = plan(() -> {
            organisations.addContact(partner, "Line Kjeldsen", email, "+45 12 34 56 78");
            long contact = organisations.get(partner).contacts().get(0).id();
            return organisations.grantLogin(partner, contact);
        });
        var login = authentication.authenticate(email, password.toCharArray());
        assertTrue(login.isPresent());
        assertEquals(partner, db.value("SELECT partner_organisation_id FROM account WHERE email = ?", email));
    }

    /** The planning page reads a course with batch fetching: as many statements for 12 sessions as for one. */
    @Test
    void aCoursesPlanCostsTheSameStatementsHoweverLargeTheCourse() throws Exception {
        String small = newDraft();
        String large = newDraft();
        long room = db.room();
        List<Long> teachers = new ArrayList<>();
        List<Long> hosts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String teacher = db.account("Underviser " + i, null, "CONSULTANT");
            teachers.add((Long) db.value("SELECT id FROM account WHERE email = ?", teacher));
            hosts.add(db.partnerLogin("vaert-" + TestDatabase.unique() + "@test.example"));
        }
        plan(() -> {
            planning.addModule(small, planOf(small).version(), module("Eneste modul"));
            SessionForm one = session(START, 9, 10, room, hosts.get(0));
            one.setFacilitatorIds(List.of(teachers.get(0)));
            planning.scheduleSession(small, planOf(small).version(), planOf(small).modules().get(0).id(), one, true);
            for (int m = 0; m < 4; m++) {
                planning.addModule(large, planOf(large).version(), module("Modul " + m));
                long moduleId = planOf(large).modules().get(m).id();
                for (int day = 0; day < 3; day++) {
                    SessionForm taught = session(START.plusDays(m * 3L + day), 12, 13, room, hosts.get(m));
                    taught.setFacilitatorIds(List.of(teachers.get(m), teachers.get((m + 1) % 4)));
                    planning.scheduleSession(large, planOf(large).version(), moduleId, taught, true);
                }
            }
            return null;
        });
        long forSmall = statementsOf(() -> readPlan(small));
        long forLarge = statementsOf(() -> readPlan(large));
        assertEquals(forSmall, forLarge, "statements for 1 session vs 12 sessions with 4 facilitators and 4 hosts");
        assertTrue(forLarge <= 16, "the plan took " + forLarge + " statements");
    }

    private void readPlan(String code) {
        try {
            assertTrue(planOf(code).modules().size() >= 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyConsultantsPlan() {
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> planning.create(new CourseForm())));
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> organisations.findAll()));
    }
}
