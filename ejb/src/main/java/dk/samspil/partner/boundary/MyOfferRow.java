package dk.samspil.partner.boundary;

import java.io.Serializable;

/** One of the caller's organisation's offers in its list: open requests wait for an answer. */
public record MyOfferRow(long id, String title, String theme, boolean published, long periods, long open, long accepted)
        implements Serializable {
}
