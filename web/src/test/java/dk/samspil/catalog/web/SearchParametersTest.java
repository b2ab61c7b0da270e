package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.CatalogSearch;
import dk.samspil.catalog.boundary.InvalidSearchException;
import dk.samspil.catalog.entity.TargetGroup;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchParametersTest {

    @Test
    void readsEveryFilter() {
        CatalogSearch search = SearchParameters.parse(Map.of("q", "læsning", "theme", "reading", "target", "TEACHER",
                "municipality", "630", "from", "2027-01-01", "to", "2027-06-30", "ects", "10", "seats", "true",
                "page", "2")::get);
        assertEquals(new CatalogSearch("læsning", "reading", TargetGroup.TEACHER, "630", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30), 10, true, 2), search);
    }

    @Test
    void aSearchSurvivesTheRoundTripThroughItsAddress() {
        var search = new CatalogSearch("åben skole & co", "open-school", TargetGroup.PEDAGOGUE, null,
                LocalDate.of(2027, 2, 1), null, null, true, 1);
        String query = SearchParameters.query(search);
        assertTrue(query.startsWith("q=%C3%A5ben+skole+%26+co&theme=open-school"), query);
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        assertEquals(search, SearchParameters.parse(parameters::get));
    }

    @Test
    void theFirstPageOfEverythingIsTheBareAddress() {
        assertEquals("", SearchParameters.query(CatalogSearch.all()));
    }

    @Test
    void malformedValuesNameTheirFilter() {
        Map<String, String> cases = Map.of("from", "30.2.2027", "to", "tomorrow", "ects", "ten", "page", "x",
                "target", "PUPIL", "seats", "yes");
        cases.forEach((name, value) -> assertEquals(name, assertThrows(InvalidSearchException.class,
                () -> SearchParameters.parse(Map.of(name, value)::get)).filter(), name));
    }
}
