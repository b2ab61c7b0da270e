package dk.samspil.finance.boundary;

import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.finance.entity.InvoiceState;

import java.io.Serializable;

/**
 * What the finance office looks for among issued documents: a number, a payer, an EAN number or a
 * course code (text), a kind and a state (null: any), and which page of {@link Billing#PAGE_SIZE}.
 */
public record InvoiceQuery(String text, InvoiceKind kind, InvoiceState state, int page) implements Serializable {

    public static final int TEXT_MAX = 100;

    public InvoiceQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        page = Math.max(0, page);
    }

    public static InvoiceQuery all() {
        return new InvoiceQuery(null, null, null, 0);
    }
}
