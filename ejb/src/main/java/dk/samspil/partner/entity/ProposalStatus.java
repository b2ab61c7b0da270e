package dk.samspil.partner.entity;

/** A proposal waits for the consultant, who accepts or rejects it; decided proposals stay as history. */
public enum ProposalStatus {
    PENDING, ACCEPTED, REJECTED
}
