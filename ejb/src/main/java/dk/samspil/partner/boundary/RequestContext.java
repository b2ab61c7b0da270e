package dk.samspil.partner.boundary;

import java.io.Serializable;

/** What the request form shows: the offer, and the workplace the request is made for (null: the caller has none). */
public record RequestContext(OfferDetails offer, String workplace) implements Serializable {
}
