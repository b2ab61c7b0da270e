package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.boundary.EnrolmentRow.Stage;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnrolmentRowTest {

    private static EnrolmentRow row(EnrolmentStatus status, boolean ended) {
        return new EnrolmentRow("EVU-1", "Kursus", status, "Vejle", LocalDateTime.of(2027, 1, 5, 9, 0), 0, null, ended);
    }

    @Test
    void aSeatOnACourseThatRunsIsCurrentAndOnOneThatHasEndedIsFinished() {
        assertEquals(Stage.CURRENT, row(EnrolmentStatus.CONFIRMED, false).stage());
        assertEquals(Stage.FINISHED, row(EnrolmentStatus.CONFIRMED, true).stage());
        assertEquals(Stage.FINISHED, row(EnrolmentStatus.COMPLETED, true).stage());
    }

    @Test
    void whatStillWaitsForSomeoneIsCurrentAndTheWaitingListApart() {
        assertEquals(Stage.CURRENT, row(EnrolmentStatus.AWAITING_APPROVAL, false).stage());
        assertEquals(Stage.CURRENT, row(EnrolmentStatus.OFFERED, false).stage());
        assertEquals(Stage.WAITING, row(EnrolmentStatus.WAITLISTED, false).stage());
    }

    @Test
    void withdrawnRejectedAndCancelledEnrolmentsHaveEnded() {
        for (EnrolmentStatus status : new EnrolmentStatus[] {EnrolmentStatus.WITHDRAWN, EnrolmentStatus.REJECTED, EnrolmentStatus.CANCELLED}) {
            assertEquals(Stage.ENDED, row(status, false).stage(), status.name());
        }
    }
}
