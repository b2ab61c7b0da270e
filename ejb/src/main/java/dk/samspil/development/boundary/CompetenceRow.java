package dk.samspil.development.boundary;

import dk.samspil.development.entity.CompetenceBasis;

import java.io.Serializable;

/** A teacher's competence in a subject; {@code evidence} is the title of the course that backs it, if any. */
public record CompetenceRow(long id, String teacher, String subject, CompetenceBasis basis, String note,
                            String evidence) implements Serializable {
}
