package dk.samspil.catalog.entity;

/** What happens when a seat frees up. The first in line gets it at once, or is offered it for a limited time. */
public enum WaitingListPolicy {
    PROMOTE, OFFER
}
