package dk.samspil.evaluation.entity;

/** A statement scored from 1 (disagree) to 5 (agree), or an open question answered in words. */
public enum QuestionKind {
    SCALE, TEXT
}
