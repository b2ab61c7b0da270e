package dk.samspil.catalog.boundary;

import dk.samspil.shared.BusinessException;

/** A catalogue filter the search cannot use; names the filter so the page can say which. */
public class InvalidSearchException extends BusinessException {

    private final String filter;

    public InvalidSearchException(String filter, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.filter = filter;
    }

    public String filter() {
        return filter;
    }
}
