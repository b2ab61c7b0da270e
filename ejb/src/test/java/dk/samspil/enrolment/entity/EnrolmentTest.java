package dk.samspil.enrolment.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseTerms;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.catalog.entity.WaitingListPolicy;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enrolment state machine: every step from every status, allowed or refused. */
class EnrolmentTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 2, 1, 12, 0);
    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    private static Course course(boolean motivationRequired) {
        var course = new Course(new CourseTerms("EVU-T", new LocalizedText("Titel", null),
                new LocalizedText("Beskrivelse", null), new Theme("t", new LocalizedText("Tema", "Theme")),
                Set.of(TargetGroup.TEACHER), 0, BigDecimal.ZERO, Payer.FUNDED, "Campus", null, START.minusWeeks(2),
                START, START.plusMonths(1), 1, 2, false, WaitingListPolicy.PROMOTE, null, 2, null));
        course.enrolmentRules(motivationRequired, null);
        return course;
    }

    /** Each step and the statuses it may start from; every other start is refused. */
    private static final Map<String, Set<EnrolmentStatus>> ALLOWED = Map.of(
            "approve", Set.of(EnrolmentStatus.AWAITING_APPROVAL),
            "reject", Set.of(EnrolmentStatus.AWAITING_APPROVAL),
            "withdraw", Set.of(EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.CONFIRMED,
                    EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED),
            "promote", Set.of(EnrolmentStatus.WAITLISTED),
            "admit", Set.of(EnrolmentStatus.WAITLISTED),
            "expire", Set.of(EnrolmentStatus.OFFERED),
            "cancel", Set.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.CONFIRMED,
                    EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED),
            "complete", Set.of(EnrolmentStatus.CONFIRMED),
            "place", Set.of(EnrolmentStatus.REQUESTED));

    private static final Map<String, Consumer<Enrolment>> STEPS = Map.of(
            "approve", Enrolment::approve,
            "reject", Enrolment::reject,
            "withdraw", e -> e.withdraw(NOW),
            "promote", Enrolment::promote,
            "admit", Enrolment::admitOverCapacity,
            "expire", Enrolment::expireOffer,
            "cancel", Enrolment::cancel,
            "complete", Enrolment::complete,
            "place", e -> e.place(new Occupancy(5, 5, 0, 0, 0)));

    @ParameterizedTest
    @EnumSource(EnrolmentStatus.class)
    void everyStepIsAllowedFromItsOwnStatusesAndRefusedFromAllOthers(EnrolmentStatus from) {
        STEPS.forEach((step, action) -> {
            var enrolment = new Enrolment(course(false), new Account("a@test.example", "A", "hash"), from);
            if (ALLOWED.get(step).contains(from)) {
                action.accept(enrolment);
                assertTrue(enrolment.getStatus() != from, step + " from " + from + " moves the enrolment on");
            } else {
                var refused = assertThrows(EnrolmentRefusedException.class, () -> action.accept(enrolment),
                        step + " from " + from);
                assertEquals("enrolment.refused.step", refused.messageKey());
                assertEquals(from, enrolment.getStatus(), "a refused step changes nothing");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(EnrolmentStatus.class)
    void onlyACompletionCanBeTakenBack(EnrolmentStatus from) {
        var enrolment = new Enrolment(course(false), new Account("a@test.example", "A", "hash"), from);
        if (from == EnrolmentStatus.COMPLETED) {
            enrolment.reopen();
            assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
        } else {
            assertThrows(EnrolmentRefusedException.class, enrolment::reopen);
            assertEquals(from, enrolment.getStatus());
        }
    }

    @Test
    void aRequestTakesAFreeSeatThenTheLineThenIsRefused() {
        var occupancy = new Occupancy(1, 1, 0, 0, 7);
        var first = request();
        occupancy = first.place(occupancy);
        assertEquals(EnrolmentStatus.CONFIRMED, first.getStatus());

        var second = request();
        occupancy = second.place(occupancy);
        assertEquals(EnrolmentStatus.WAITLISTED, second.getStatus());
        assertEquals(8L, second.getWaitlistRank(), "the next rank after the last one in line");

        var third = request();
        var finalOccupancy = occupancy;
        assertEquals("enrolment.refused.full",
                assertThrows(EnrolmentRefusedException.class, () -> third.place(finalOccupancy)).messageKey());
        assertEquals(EnrolmentStatus.REQUESTED, third.getStatus());
    }

    private static Enrolment request() {
        return Enrolment.request(course(false), new Account("p@test.example", "P", "hash"), null, false);
    }

    @Test
    void aLeaderMustApproveWhenTheCourseOrTheInstitutionSaysSo() {
        var waiting = Enrolment.request(course(false), new Account("p@test.example", "P", "hash"), "Gerne", true);
        assertEquals(EnrolmentStatus.AWAITING_APPROVAL, waiting.getStatus());
        waiting.approve();
        waiting.place(new Occupancy(5, 0, 0, 0, 0));
        assertEquals(EnrolmentStatus.CONFIRMED, waiting.getStatus());
    }

    @Test
    void aMotivationIsRequiredWhereTheCourseAsksAndHasALimit() {
        var account = new Account("p@test.example", "P", "hash");
        assertEquals("enrolment.refused.motivation-required", assertThrows(EnrolmentRefusedException.class,
                () -> Enrolment.request(course(true), account, "  ", false)).messageKey());
        assertEquals("enrolment.refused.motivation-too-long", assertThrows(EnrolmentRefusedException.class,
                () -> Enrolment.request(course(false), account, "x".repeat(Enrolment.MOTIVATION_MAX + 1), false))
                .messageKey());
        assertEquals("Jeg vil lære", Enrolment.request(course(true), account, " Jeg vil lære ", false).getMotivation());
    }

    @Test
    void withdrawingFromASeatFreesItButLeavingTheLineDoesNot() {
        var seated = new Enrolment(course(false), new Account("a@test.example", "A", "h"), EnrolmentStatus.CONFIRMED);
        assertTrue(seated.withdraw(NOW));
        assertEquals(NOW, seated.getSeatReleasedAt());
        var offered = new Enrolment(course(false), new Account("a@test.example", "A", "h"), EnrolmentStatus.OFFERED);
        assertTrue(offered.withdraw(NOW));
        assertNull(offered.getSeatReleasedAt(), "an offer not taken was never the participant's seat");
        var waiting = new Enrolment(course(false), new Account("a@test.example", "A", "h"), EnrolmentStatus.WAITLISTED);
        assertFalse(waiting.withdraw(NOW));
        assertNull(waiting.getSeatReleasedAt());
    }

    @Test
    void thePayersReferenceIsKeptStrippedAndLimited() {
        var enrolment = new Enrolment(course(false), new Account("a@test.example", "A", "h"), EnrolmentStatus.AWAITING_APPROVAL);
        enrolment.referToPayer("  PO-4711 ");
        assertEquals("PO-4711", enrolment.getPayerReference());
        assertEquals("enrolment.refused.reference-too-long", assertThrows(EnrolmentRefusedException.class,
                () -> enrolment.referToPayer("x".repeat(Enrolment.PAYER_REFERENCE_MAX + 1))).messageKey());
        assertEquals("PO-4711", enrolment.getPayerReference());
        enrolment.referToPayer(" ");
        assertNull(enrolment.getPayerReference());
        enrolment.reject();
        assertThrows(EnrolmentRefusedException.class, () -> enrolment.referToPayer("PO-1"));
    }

    @Test
    void anOfferIsTakenOnlyBeforeItExpires() {
        var offered = new Enrolment(course(false), new Account("a@test.example", "A", "h"), EnrolmentStatus.WAITLISTED);
        offered.offer(NOW.plusHours(48));
        assertEquals(EnrolmentStatus.OFFERED, offered.getStatus());
        assertNull(offered.getWaitlistRank());
        assertEquals("enrolment.refused.offer-expired", assertThrows(EnrolmentRefusedException.class,
                () -> offered.acceptOffer(NOW.plusHours(49))).messageKey());
        offered.acceptOffer(NOW.plusHours(47));
        assertEquals(EnrolmentStatus.CONFIRMED, offered.getStatus());
        assertNull(offered.getOfferExpiresAt());
    }

    @Test
    void theOccupancyCountsSeatsAndTheLine() {
        var occupancy = new Occupancy(2, 1, 1, 0, 0);
        assertTrue(occupancy.hasFreeSeat());
        assertEquals(1, occupancy.freeSeats());
        assertFalse(occupancy.seated().hasFreeSeat());
        assertFalse(occupancy.queued().hasRoomInLine());
        assertEquals(1, occupancy.queued().lastRank());
        assertEquals(0, new Occupancy(2, 0, 5, 0, 0).freeSeats(), "admissions over capacity never make it negative");
    }
}
