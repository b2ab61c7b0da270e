package dk.samspil.catalog.entity;

/** Who pays the course price; FUNDED (a pool or the college) means free for the participant. */
public enum Payer {
    INSTITUTION, MUNICIPALITY, PARTICIPANT, FUNDED
}
