package dk.samspil.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Numbers from a page's address, read as text so that a mistyped address gets "not found" (an id)
 * or the first page rather than a conversion error on an empty page; and an address made from parameters.
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

    /** An address with the parameters that have a value, in their order, encoded (a search's page, say). */
    public static String address(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
