package dk.samspil.it;

import dk.samspil.catalog.boundary.CourseForm;
import dk.samspil.catalog.boundary.CourseChangedException;
import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.enrolment.boundary.EnrolmentOutcome;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seats and the waiting list stay exact however requests collide: real threads race real
 * transactions against the real database, through the same seat ledger every boundary uses.
 */
class SeatRaceIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final int MAX_CAPACITY_SET = 19;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SeatRaceIT.class, AsPlanner.class);
    }

    @Inject
    CourseEnrolments enrolments;

    @Inject
    CoursePlanning planning;

    @Inject
    AsPlanner asPlanner;

    @Test
    void fiveHundredAtOnceForThirtySeatsAndFiftyPlacesInLine() throws Exception {
        List<String> people = db.participants(500);
        for (int round = 1; round <= 3; round++) {
            var course = db.course("PUBLISHED", 30);
            db.capacity(course, 30, 50);
            List<Callable<Object>> requests = people.stream()
                    .map(person -> (Callable<Object>) () -> {
                        try {
                            return asPlanner.call(() -> enrolments.enrol(course.code(), person));
                        } catch (EnrolmentRefusedException refused) {
                            return refused.messageKey();
                        }
                    })
                    .toList();

            List<Object> outcomes = Race.of(requests);

            Map<Object, Long> byKind = new HashMap<>();
            List<Long> positions = new ArrayList<>();
            for (Object outcome : outcomes) {
                if (outcome instanceof EnrolmentOutcome enrolled) {
                    byKind.merge(enrolled.status(), 1L, Long::sum);
                    if (enrolled.status() == EnrolmentStatus.WAITLISTED) {
                        positions.add(enrolled.position());
                    }
                } else {
                    byKind.merge(outcome, 1L, Long::sum);
                }
            }
            assertEquals(Map.of(EnrolmentStatus.CONFIRMED, 30L, EnrolmentStatus.WAITLISTED, 50L,
                    "enrolment.refused.full", 420L), byKind, "round " + round);
            assertEquals(LongStream.rangeClosed(1, 50).boxed().toList(), positions.stream().sorted().toList(),
                    "positions 1-50 without gaps or duplicates, round " + round);
            assertEquals(30L, db.value("SELECT COUNT(*) FROM enrolment WHERE course_id = ? AND status = 'CONFIRMED'",
                    course.id()));
            assertEquals(50L, db.value("SELECT COUNT(DISTINCT waitlist_rank) FROM enrolment WHERE course_id = ?"
                    + " AND status = 'WAITLISTED'", course.id()));
        }
    }

    /**
     * Enrolments, withdrawals and changes of capacity interleave at random on one course; after
     * every step the committed state must still be exact.
     */
    @Test
    void aMixedRaceKeepsEveryInvariantAfterEveryStep() throws Exception {
        List<String> people = db.participants(120);
        db.login(TestPeople.PLANNER, "CONSULTANT");
        var course = db.course("PUBLISHED", 10);
        db.capacity(course, 10, 15);
        db.addressTo(course, "TEACHER");
        Random random = new Random(20261129);
        List<Callable<Object>> steps = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String person = people.get(random.nextInt(people.size()));
            int dice = random.nextInt(10);
            int capacity = 5 + random.nextInt(MAX_CAPACITY_SET - 4);
            steps.add(() -> {
                try {
                    if (dice < 6) {
                        asPlanner.call(() -> enrolments.enrol(course.code(), person));
                    } else if (dice < 9) {
                        Object id = db.value("SELECT e.id FROM enrolment e JOIN account a ON a.id = e.account_id"
                                + " WHERE e.course_id = ? AND a.email = ? AND e.active_marker = 1", course.id(), person);
                        if (id != null) {
                            asPlanner.call(() -> {
                                enrolments.withdrawOnBehalf((Long) id, "Afmeldt pr. telefon");
                                return null;
                            });
                        }
                    } else {
                        asPlanner.call(() -> {
                            CourseForm form = planning.getPlan(course.code(), DANISH).form();
                            form.setMaxParticipants(capacity);
                            form.setMinParticipants(1);
                            planning.revise(course.code(), planning.getPlan(course.code(), DANISH).version(), form);
                            return null;
                        });
                    }
                } catch (EnrolmentRefusedException | CourseChangedException expected) {
                    // full, already enrolled, no longer active or a stale version: refused, nothing changed
                } catch (EJBException lostRace) {
                    if (!(lostRace.getCause() instanceof OptimisticLockException)
                            && !String.valueOf(lostRace.getMessage()).contains("OptimisticLock")) {
                        throw lostRace;
                    }
                    // two capacity changes at once: the loser was rolled back, nothing changed
                }
                assertInvariants(course);
                return null;
            });
        }
        Race.of(steps, 8);
        assertInvariants(course);
    }

    /** Reads the course's state in one statement, so every figure is from the same moment. */
    private void assertInvariants(TestDatabase.Course course) {
        Object[] state = db.row("""
                SELECT c.max_participants,
                       (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id
                          AND e.status IN ('CONFIRMED', 'OFFERED', 'COMPLETED')),
                       (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id AND e.status = 'WAITLISTED'),
                       (SELECT COUNT(DISTINCT e.waitlist_rank) FROM enrolment e WHERE e.course_id = c.id
                          AND e.status = 'WAITLISTED'),
                       (SELECT COUNT(*) - COUNT(DISTINCT e.account_id) FROM enrolment e WHERE e.course_id = c.id
                          AND e.active_marker = 1)
                FROM course c WHERE c.id = ?""", course.id());
        long max = ((Number) state[0]).longValue();
        long seats = ((Number) state[1]).longValue();
        long waiting = ((Number) state[2]).longValue();
        assertEquals(0, ((Number) state[4]).longValue(), "nobody holds two active enrolments");
        assertEquals(waiting, ((Number) state[3]).longValue(), "every place in line is distinct");
        assertTrue(waiting <= 15, "the line never grows past its places: " + waiting);
        assertTrue(waiting == 0 || seats >= max, "nobody waits while a seat is free: " + seats + "/" + max
                + " with " + waiting + " waiting");
        // A capacity lowered below the seats already taken leaves those people seated, so the bound is
        // the largest capacity the race ever sets, and no seat is given while seats >= max.
        assertTrue(seats <= MAX_CAPACITY_SET, "seats " + seats + " beyond any capacity set");
    }
}
