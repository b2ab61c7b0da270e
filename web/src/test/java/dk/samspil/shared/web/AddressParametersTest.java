package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressParametersTest {

    @Test
    void anAddressCarriesTheParametersThatHaveAValueInTheirOrderEncoded() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "læsning & leg");
        query.put("theme", null);
        query.put("page", "2");

        assertEquals("/catalog/stories.xhtml?q=l%C3%A6sning+%26+leg&page=2",
                AddressParameters.address("/catalog/stories.xhtml", query));
    }

    @Test
    void withoutValuesTheAddressIsThePath() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", null);

        assertEquals("/catalog/offers.xhtml", AddressParameters.address("/catalog/offers.xhtml", query));
    }

    @Test
    void numbersFromTheAddressAreReadOrFallBack() {
        assertEquals(3, AddressParameters.page("3"));
        assertEquals(0, AddressParameters.page("-1"));
        assertEquals(42L, AddressParameters.id("42"));
        assertEquals(0L, AddressParameters.id("42abc"));
    }
}
