package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.Payer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Everything a teacher needs to decide on a course, in the reader's language. */
public record CourseDetails(String code, String title, String description, String theme, int ects, String place,
                            BigDecimal price, Payer payer, LocalDate registrationDeadline, int maxParticipants,
                            int seatsLeft, int waitingList, boolean leaderApprovalRequired, List<ModuleView> modules,
                            List<PartnerView> partners) {

    public record ModuleView(int position, String title, String description, String objectives,
                             List<SessionView> sessions) {
    }

    public record SessionView(LocalDateTime startsAt, LocalDateTime endsAt, String room, String host,
                              List<String> facilitators) {
    }

    /** {@code module} is the title of the module the partner takes part in, or null for the whole course. */
    public record PartnerView(String name, String role, String module, String contribution) {
    }
}
