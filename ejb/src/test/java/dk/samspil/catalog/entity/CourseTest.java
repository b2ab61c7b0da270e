package dk.samspil.catalog.entity;

import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.BusinessException;
import dk.samspil.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    private static final Theme THEME = new Theme("open-school", new LocalizedText("Åben skole", "Open school"));
    private static final Room ROOM = new Room("Campus Vejle", "Lokale A1.12", null, 30);

    private static CourseTerms terms(int ects, int min, int max) {
        return new CourseTerms("EVU-T-1", new LocalizedText("Titel", null), new LocalizedText("Beskrivelse", null),
                THEME, Set.of(TargetGroup.TEACHER), ects, BigDecimal.ZERO, Payer.FUNDED, "Campus", null,
                START.minusWeeks(2), START, START.plusMonths(2), min, max, false, WaitingListPolicy.PROMOTE, null, 10,
                null);
    }

    private static CourseTerms withPrice(String price, Payer payer) {
        var t = terms(0, 1, 10);
        return new CourseTerms(t.code(), t.title(), t.description(), t.theme(), t.targetGroups(), t.ects(),
                new BigDecimal(price), payer, t.place(), null, t.registrationDeadline(), t.periodStart(), t.periodEnd(),
                1, 10, false, WaitingListPolicy.PROMOTE, null, 10, null);
    }

    private static Course course(int ects, int min, int max) {
        return new Course(terms(ects, min, max));
    }

    private static SessionPlan plan(LocalDateTime start, int hours) {
        return new SessionPlan(start, start.plusHours(hours), ROOM, Set.of(), null);
    }

    private static Course publishable() {
        var course = course(5, 1, 10);
        var module = course.programme().addModule(new LocalizedText("Modul 1", null), null, null, null);
        course.programme().schedule(module, plan(START.atTime(9, 0), 6));
        return course;
    }

    private static List<String> problems(CourseIncompleteException refused) {
        return refused.details().stream().map(BusinessException.Detail::key).toList();
    }

    private static String field(Runnable action) {
        return assertThrows(InvalidCourseException.class, action::run).field();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 10, 15})
    void diplomaModulesCarryFiveTenOrFifteenEcts(int ects) {
        assertEquals(ects, course(ects, 1, 10).getEcts());
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 1, 7, 20, 60})
    void otherEctsValuesAreRefused(int ects) {
        assertEquals("ects", field(() -> course(ects, 1, 10)));
    }

    @Test
    void anInvoicedCourseKeepsItsPriceAndPayerButOtherTermsMayChange() {
        var course = new Course(withPrice("1450", Payer.INSTITUTION));
        course.markInvoiced();
        assertEquals("catalog.course.price.invoiced", assertThrows(InvalidCourseException.class,
                () -> course.revise(withPrice("1500", Payer.INSTITUTION))).messageKey());
        assertEquals("catalog.course.price.invoiced", assertThrows(InvalidCourseException.class,
                () -> course.revise(withPrice("1450", Payer.MUNICIPALITY))).messageKey());
        assertEquals(0, new BigDecimal("1450").compareTo(course.getEnrolmentTerms().getPrice()));
        course.revise(withPrice("1450.00", Payer.INSTITUTION));
        assertEquals(Payer.INSTITUTION, course.getEnrolmentTerms().getPayer());
    }

    @Test
    void minimumMayNotExceedMaximum() {
        assertEquals("min", field(() -> course(0, 11, 10)));
        assertDoesNotThrow(() -> course(0, 10, 10));
    }

    @Test
    void participantLimitsHaveBounds() {
        assertEquals("max", field(() -> course(0, 0, 10)));
        assertEquals("max", field(() -> course(0, 1, Course.MAX_PARTICIPANTS_LIMIT + 1)));
    }

    @Test
    void aFundedCourseIsFreeAndAPaidOneNamesWhoPays() {
        assertDoesNotThrow(() -> new Course(withPrice("0", Payer.FUNDED)));
        assertDoesNotThrow(() -> new Course(withPrice("2450.50", Payer.INSTITUTION)));
        assertEquals("payer", field(() -> new Course(withPrice("0", Payer.MUNICIPALITY))));
        assertEquals("payer", field(() -> new Course(withPrice("1200", Payer.FUNDED))));
        assertEquals("price", field(() -> new Course(withPrice("-1", Payer.PARTICIPANT))));
        assertEquals("price", field(() -> new Course(withPrice("100000.01", Payer.PARTICIPANT))));
        assertEquals("price", field(() -> new Course(withPrice("10.005", Payer.PARTICIPANT))));
    }

    @Test
    void anOfferOnTheWaitingListNeedsATimeLimit() {
        var t = terms(0, 1, 10);
        assertEquals("offer-hours", field(() -> new Course(new CourseTerms(t.code(), t.title(), t.description(),
                t.theme(), t.targetGroups(), 0, BigDecimal.ZERO, Payer.FUNDED, "Campus", null, t.registrationDeadline(),
                t.periodStart(), t.periodEnd(), 1, 10, false, WaitingListPolicy.OFFER, null, 10, null))));
        var promoting = new CourseTerms(t.code(), t.title(), t.description(), t.theme(), t.targetGroups(), 0,
                BigDecimal.ZERO, Payer.FUNDED, "Campus", null, t.registrationDeadline(), t.periodStart(), t.periodEnd(),
                1, 10, false, WaitingListPolicy.PROMOTE, 48, 10, null);
        assertNull(promoting.offerHours(), "promotion has no time limit to keep");
    }

    @Test
    void theRegistrationDeadlineComesBeforeThePeriodAndThePeriodRunsForward() {
        var t = terms(0, 1, 10);
        assertEquals("deadline", field(() -> new Course(new CourseTerms(t.code(), t.title(), t.description(), THEME,
                t.targetGroups(), 0, BigDecimal.ZERO, Payer.FUNDED, "Campus", null, START.plusDays(1), START,
                START.plusDays(5), 1, 10, false, WaitingListPolicy.PROMOTE, null, 0, null))));
        assertEquals("period-end", field(() -> new Course(new CourseTerms(t.code(), t.title(), t.description(), THEME,
                t.targetGroups(), 0, BigDecimal.ZERO, Payer.FUNDED, "Campus", null, START, START, START.minusDays(1),
                1, 10, false, WaitingListPolicy.PROMOTE, null, 0, null))));
        assertEquals("target-groups", field(() -> new Course(new CourseTerms(t.code(), t.title(), t.description(),
                THEME, Set.of(), 0, BigDecimal.ZERO, Payer.FUNDED, "Campus", null, START, START, START, 1, 10, false,
                WaitingListPolicy.PROMOTE, null, 0, null))));
    }

    @Test
    void seatsLeftNeverGoesBelowZero() {
        assertEquals(3, Course.seatsLeft(10, 7));
        assertEquals(0, Course.seatsLeft(10, 10));
        assertEquals(0, Course.seatsLeft(10, 12));
    }

    @Test
    void publishingNamesEveryMissingPiece() {
        var empty = new Course(new CourseTerms("EVU-T-2", new LocalizedText("Titel", null),
                new LocalizedText("Beskrivelse", null), THEME, Set.of(TargetGroup.TEACHER), 0, BigDecimal.ZERO,
                Payer.FUNDED, "Campus", null, TODAY.minusDays(1), START, START, 1, 10, false,
                WaitingListPolicy.PROMOTE, null, 0, null));
        var refused = assertThrows(CourseIncompleteException.class, () -> empty.publish(TODAY));
        assertEquals(List.of("catalog.publish.no-session", "catalog.publish.deadline-passed"), problems(refused));
        assertEquals(CourseStatus.DRAFT, empty.getStatus());
    }

    @Test
    void theDeadlineMustFallBeforeTheFirstSession() {
        var course = course(5, 1, 10);
        var module = course.programme().addModule(new LocalizedText("Modul", null), null, null, null);
        course.programme().schedule(module, plan(course.getRegistrationDeadline().atTime(9, 0), 3));
        var refused = assertThrows(CourseIncompleteException.class, () -> course.publish(TODAY));
        assertEquals(List.of("catalog.publish.deadline-not-before-start"), problems(refused));
    }

    @Test
    void aCompleteDraftIsPublishedOnce() {
        var course = publishable();
        course.publish(TODAY);
        assertEquals(CourseStatus.PUBLISHED, course.getStatus());
        assertThrows(CourseStateException.class, () -> course.publish(TODAY));
    }

    @Test
    void cancellingNeedsAPublishedCourseAndAReason() {
        var course = publishable();
        assertThrows(CourseStateException.class, () -> course.cancel("For få tilmeldte"));
        course.publish(TODAY);
        assertEquals("reason", field(() -> course.cancel("  ")));
        assertEquals("reason", field(() -> course.cancel("x".repeat(Course.REASON_MAX + 1))));
        course.cancel("For få tilmeldte");
        assertEquals(CourseStatus.CANCELLED, course.getStatus());
        assertEquals("For få tilmeldte", course.getCancellationReason());
        assertThrows(CourseStateException.class, () -> course.revise(terms(5, 1, 10)));
    }

    @Test
    void aCourseIsCompletedOnlyAfterItsLastSession() {
        var course = publishable();
        assertFalse(course.hasEnded(START.plusYears(1).atTime(12, 0)), "a draft is never held");
        course.publish(TODAY);
        assertFalse(course.hasEnded(START.atTime(12, 0)));
        assertTrue(course.hasEnded(START.atTime(15, 1)), "published and its last session over");
        assertThrows(CourseStateException.class, () -> course.complete(START.atTime(12, 0)));
        course.complete(START.atTime(15, 1));
        assertEquals(CourseStatus.COMPLETED, course.getStatus());
        assertTrue(course.hasEnded(START.atTime(15, 1)));
    }

    @Test
    void aPublishedCourseKeepsItsCode() {
        var course = publishable();
        course.publish(TODAY);
        var t = terms(5, 1, 10);
        assertEquals("code", field(() -> course.revise(new CourseTerms("EVU-NY", t.title(), t.description(), THEME,
                t.targetGroups(), 5, BigDecimal.ZERO, Payer.FUNDED, "Campus", null, t.registrationDeadline(),
                t.periodStart(), t.periodEnd(), 1, 10, false, WaitingListPolicy.PROMOTE, null, 10, null))));
    }

    @Test
    void theCoursePeriodSpansAllSessionsOfAllModules() {
        var course = course(5, 1, 10);
        assertNull(course.getFirstSessionAt());
        var first = course.programme().addModule(new LocalizedText("Modul 1", null), null, null, null);
        var second = course.programme().addModule(new LocalizedText("Modul 2", null), null, null, null);
        var march = LocalDateTime.of(2027, 3, 10, 9, 0);
        course.programme().schedule(second, plan(march.plusWeeks(2), 3));
        course.programme().schedule(first, plan(march, 6));
        var last = course.programme().schedule(first, plan(march.plusWeeks(3), 4));

        assertEquals(march, course.getFirstSessionAt());
        assertEquals(march.plusWeeks(3).plusHours(4), course.getLastSessionAt());

        course.programme().removeSession(last);
        assertEquals(march.plusWeeks(2).plusHours(3), course.getLastSessionAt());
        course.programme().reschedule(course.getModules().get(0).getSessions().get(0), plan(march.minusDays(1), 2));
        assertEquals(march.minusDays(1), course.getFirstSessionAt());
    }

    @Test
    void modulesMoveAndAreRemovedWithoutGapsInTheirOrder() {
        var course = course(5, 1, 10);
        var first = course.programme().addModule(new LocalizedText("A", null), null, null, null);
        var second = course.programme().addModule(new LocalizedText("B", null), null, null, null);
        var third = course.programme().addModule(new LocalizedText("C", null), null, null, null);

        course.programme().moveModule(third, -1);
        assertEquals(List.of(first, third, second), course.getModules());
        assertEquals(3, second.getPosition());
        course.programme().moveModule(first, -1);
        assertEquals(1, first.getPosition(), "the first module cannot move further up");

        course.programme().removeModule(third);
        assertEquals(List.of(first, second), course.getModules());
        assertEquals(2, second.getPosition());
    }

    @Test
    void aSessionMustEndAfterItStartsOnTheSameDay() {
        var start = LocalDateTime.of(2027, 3, 10, 9, 0);
        assertEquals("ends", field(() -> plan(start, 0)));
        assertEquals("ends", field(() -> plan(start, 16)));
    }

    @Test
    void aSessionOutsideThePlannedPeriodIsNoticed() {
        var course = course(0, 1, 10);
        assertFalse(course.isOutsidePeriod(plan(START.atTime(9, 0), 3)));
        assertTrue(course.isOutsidePeriod(plan(START.minusDays(1).atTime(9, 0), 3)));
        assertTrue(course.isOutsidePeriod(plan(START.plusMonths(2).plusDays(1).atTime(9, 0), 3)));
    }

    @Test
    void aHostingPartnerIsShownAsTheCoursesHostOnce() {
        var course = course(0, 1, 10);
        var module = course.programme().addModule(new LocalizedText("Modul", null), null, null, null);
        var club = new PartnerOrganisation("Fjordbyens IF", PartnerKind.ASSOCIATION, null);
        var hosted = new SessionPlan(START.atTime(9, 0), START.atTime(12, 0), ROOM, Set.of(), club);
        course.programme().schedule(module, hosted);
        course.programme().schedule(module, hosted.shiftedBy(7));
        assertEquals(1, course.getPartners().size());
        assertEquals(PartnerRole.HOST, course.getPartners().get(0).getRole());
        assertEquals("partner", field(() -> course.link(club, PartnerRole.HOST, null, null)));
        assertDoesNotThrow(() -> course.link(club, PartnerRole.CO_DESIGNER, module, null));
        assertTrue(course.isCoDesignedBy(club, module));
    }

    @Test
    void aCopyForANewSemesterIsADraftWithEveryDateMoved() {
        var course = publishable();
        var club = new PartnerOrganisation("Fjordbyens IF", PartnerKind.ASSOCIATION, null);
        course.link(club, PartnerRole.CO_DESIGNER, course.getModules().get(0), new LocalizedText("Planlægger", null));
        course.publish(TODAY);

        var copy = course.copyTo("EVU-T-1-E27", START.plusWeeks(26));

        assertEquals(CourseStatus.DRAFT, copy.getStatus());
        assertEquals("EVU-T-1-E27", copy.getCode());
        assertEquals(course.getRegistrationDeadline().plusWeeks(26), copy.getRegistrationDeadline());
        assertEquals(course.getPeriodEnd().plusWeeks(26), copy.getPeriodEnd());
        assertEquals(course.getFirstSessionAt().plusWeeks(26), copy.getFirstSessionAt());
        assertEquals(1, copy.getModules().size());
        assertTrue(copy.isCoDesignedBy(club, copy.getModules().get(0)));
    }

    @Test
    void everyRunOfACourseKnowsTheFirstRun() {
        var first = publishable();
        var second = first.copyTo("EVU-T-1-E27", START.plusWeeks(26));
        var third = second.copyTo("EVU-T-1-F28", START.plusWeeks(52));

        assertSame(first, first.getFirstRun());
        assertSame(first, second.getFirstRun());
        assertSame(first, third.getFirstRun());
    }
}
