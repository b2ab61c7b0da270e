package dk.samspil.catalog.boundary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogSearchTest {

    private static CatalogSearch search(String text, String theme, String municipality, LocalDate from, LocalDate to,
                                        Integer ects, int page) {
        return new CatalogSearch(text, theme, null, municipality, from, to, ects, false, page);
    }

    @Test
    void blankFiltersMeanNoFilter() {
        var search = search("  ", "", " ", null, null, null, 0);
        assertNull(search.text());
        assertNull(search.theme());
        assertNull(search.municipality());
    }

    @Test
    void textIsTrimmedAndLimited() {
        assertEquals("åben skole", search("  åben skole ", null, null, null, null, null, 0).text());
        var failure = assertThrows(InvalidSearchException.class,
                () -> search("x".repeat(CatalogSearch.TEXT_MAX + 1), null, null, null, null, null, 0));
        assertEquals("text", failure.filter());
        assertEquals("catalog.search.text.too-long", failure.messageKey());
    }

    @Test
    void aPeriodMustNotEndBeforeItStarts() {
        var day = LocalDate.of(2027, 3, 1);
        assertEquals(day, search(null, null, null, day, day, null, 0).to());
        var failure = assertThrows(InvalidSearchException.class,
                () -> search(null, null, null, day, day.minusDays(1), null, 0));
        assertEquals("to", failure.filter());
    }

    @Test
    void onlyDiplomaEctsValuesAndRealPagesAreAccepted() {
        assertEquals(15, search(null, null, null, null, null, 15, 0).ects());
        assertEquals("ects", assertThrows(InvalidSearchException.class,
                () -> search(null, null, null, null, null, 7, 0)).filter());
        assertEquals("page", assertThrows(InvalidSearchException.class,
                () -> search(null, null, null, null, null, null, -1)).filter());
    }

    @Test
    void codesHaveTheirShape() {
        assertEquals("theme", assertThrows(InvalidSearchException.class,
                () -> search(null, "<script>", null, null, null, null, 0)).filter());
        assertEquals("municipality", assertThrows(InvalidSearchException.class,
                () -> search(null, null, "12", null, null, null, 0)).filter());
    }

    @Test
    void anotherPageKeepsTheFilters() {
        var search = search("skole", "open-school", "630", null, null, 5, 0).onPage(3);
        assertEquals(3, search.page());
        assertEquals("skole", search.text());
        assertEquals("630", search.municipality());
    }
}
