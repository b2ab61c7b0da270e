package dk.samspil.partner.boundary;

import java.io.Serializable;

/** A module the caller's organisation co-designs, with the wording a proposal starts from. */
public record CoDesignedModule(long id, String courseCode, String courseTitle, String moduleTitle,
                               String descriptionDa, String descriptionEn, String objectivesDa, String objectivesEn) implements Serializable {
}
