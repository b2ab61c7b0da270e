package dk.samspil.partner.web;

/** A list's page number from the address (?page=, from 0); anything else is the first page. */
final class PageParameter {

    private PageParameter() {
    }

    static int of(String text) {
        return text != null && text.matches("[0-9]{1,5}") ? Integer.parseInt(text) : 0;
    }
}
