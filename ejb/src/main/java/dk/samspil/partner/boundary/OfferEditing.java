package dk.samspil.partner.boundary;

import java.io.Serializable;
import java.util.List;

/** One of the caller's offers as its edit page needs it: the form's values, whether it is published, and every period. */
public record OfferEditing(long id, OfferInput input, boolean published, List<PeriodRow> periods) implements Serializable {
}
