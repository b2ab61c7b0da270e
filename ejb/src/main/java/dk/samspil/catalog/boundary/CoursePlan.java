package dk.samspil.catalog.boundary;

import java.io.Serializable;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.PartnerRole;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One course as its consultant plans it: the form's values, the version the next change must
 * name (so two consultants never overwrite each other), modules with their sessions, and partners.
 */
public record CoursePlan(String code, long version, CourseStatus status, String title, String cancellationReason,
                         CourseForm form, List<ModulePlan> modules, List<LinkRow> partners) implements Serializable {

    public record ModulePlan(long id, int position, String title, String objectives, ModuleForm form,
                             List<SessionRow> sessions) implements Serializable {
    }

    public record SessionRow(long id, LocalDateTime startsAt, LocalDateTime endsAt, String room,
                             List<String> facilitators, String host, SessionForm form) implements Serializable {
    }

    /** {@code module} is the module's title, or null when the partner takes part in the whole course. */
    public record LinkRow(long id, String partner, PartnerRole role, String module, String contribution) implements Serializable {
    }
}
