package dk.samspil.development.entity;

/** Where a teacher's competence in a subject comes from: teacher training (linjefag) or the leader's judgement. */
public enum CompetenceBasis {
    TRAINING, EQUIVALENT
}
