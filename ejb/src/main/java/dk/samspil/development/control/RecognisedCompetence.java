package dk.samspil.development.control;

import dk.samspil.development.entity.CompetenceBasis;

/** A teacher's recognised competence; {@code evidence} is the Danish title of the course that backs it, if any. */
public record RecognisedCompetence(Long id, String teacher, Long subjectId, CompetenceBasis basis, String note,
                                   String evidence) {
}
