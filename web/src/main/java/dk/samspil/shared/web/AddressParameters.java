package dk.samspil.shared.web;

/**
 * Numbers from a page's address, read as text so that a mistyped address gets "not found" (an id)
 * or the first page rather than a conversion error on an empty page.
 */
public final class AddressParameters {

    private AddressParameters() {
    }

    /** A list's page number (?page=, from 0); anything else is the first page. */
    public static int page(String text) {
        return text != null && text.matches("[0-9]{1,5}") ? Integer.parseInt(text) : 0;
    }

    /** A row's id; anything that is not one is 0, which no row has. */
    public static long id(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.parseLong(text) : 0;
    }
}
