package dk.samspil.catalog.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Everything a teacher needs to decide on a course, in the reader's language. */
public record CourseDetails(String code, String title, String description, String theme, int ects, String place,
                            LocalDate registrationDeadline, int maxParticipants, int seatsLeft, int waitingList,
                            boolean leaderApprovalRequired, List<ModuleView> modules, List<PartnerView> partners) {

    public record ModuleView(int position, String title, String objectives, List<SessionView> sessions) {
    }

    public record SessionView(LocalDateTime startsAt, LocalDateTime endsAt, String room, String host) {
    }

    public record PartnerView(String name, String role, String contribution) {
    }
}
