package dk.samspil.it;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogPage;
import dk.samspil.catalog.boundary.CatalogSearch;
import dk.samspil.catalog.boundary.CourseRow;
import dk.samspil.catalog.entity.TargetGroup;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's filters against real rows, and how many SQL statements a page of results costs. */
class CatalogSearchIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final LocalDate MARCH = LocalDate.now().plusYears(1).withMonth(3).withDayOfMonth(10);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CatalogSearchIT.class);
    }

    @Inject
    Catalog catalog;

    private String theme;

    @BeforeEach
    void ownTheme() {
        theme = db.theme();
    }

    private CatalogSearch inTheme(LocalDate from, LocalDate to, TargetGroup group, Integer ects, boolean seatsLeft) {
        return new CatalogSearch(null, theme, group, null, from, to, ects, seatsLeft, 0);
    }

    private List<String> codes(CatalogPage page) {
        return page.rows().stream().map(CourseRow::code).toList();
    }

    @Test
    void filtersCombineThemePeriodTargetGroupAndSeats() {
        var march = db.course("PUBLISHED", 1, theme, MARCH);
        var april = db.course("PUBLISHED", 5, theme, MARCH.plusMonths(1));
        var draft = db.course("DRAFT", 5, theme, MARCH);
        db.addressTo(march, "TEACHER");
        db.addressTo(april, "PEDAGOGUE", "TEACHER");
        db.enrol(march, db.account("Fuld", null, "PARTICIPANT"), "CONFIRMED");

        assertEquals(List.of(march.code(), april.code()), codes(catalog.search(inTheme(null, null, null, null, false), DANISH)));
        assertEquals(List.of(march.code()),
                codes(catalog.search(inTheme(MARCH.withDayOfMonth(1), MARCH.withDayOfMonth(31), null, null, false), DANISH)));
        assertEquals(List.of(march.code()), codes(catalog.search(inTheme(MARCH, MARCH, null, null, false), DANISH)));
        assertEquals(List.of(april.code()),
                codes(catalog.search(inTheme(null, null, TargetGroup.PEDAGOGUE, null, false), DANISH)));
        assertEquals(List.of(april.code()), codes(catalog.search(inTheme(null, null, null, null, true), DANISH)));
        assertEquals(List.of(), codes(catalog.search(inTheme(null, null, TargetGroup.VOLUNTEER, null, false), DANISH)));
        assertEquals(List.of(march.code(), april.code()),
                codes(catalog.search(inTheme(null, null, null, 5, false), DANISH)));
        assertTrue(codes(catalog.search(inTheme(null, null, null, null, false), DANISH)).stream()
                .noneMatch(draft.code()::equals));
    }

    @Test
    void textSearchFindsTitlesInEitherLanguageAndTakesWildcardsLiterally() {
        var course = db.course("PUBLISHED", 5, theme, MARCH);
        String suffix = course.titleDa().substring(course.titleDa().lastIndexOf(' ') + 1);
        var byDanish = new CatalogSearch("ÅBEN SKOLE OG FORENINGER " + suffix, null, null, null, null, null, null, false, 0);
        var byEnglish = new CatalogSearch("clubs " + suffix, null, null, null, null, null, null, false, 0);
        var wildcard = new CatalogSearch("%" + suffix.substring(1), theme, null, null, null, null, null, false, 0);
        assertEquals(List.of(course.code()), codes(catalog.search(byDanish, DANISH)));
        assertEquals(List.of(course.code()), codes(catalog.search(byEnglish, DANISH)));
        assertEquals(List.of(), codes(catalog.search(wildcard, DANISH)));
    }

    @Test
    void resultsComeInPagesOfTwentyByStartDate() {
        for (int i = 0; i < 23; i++) {
            db.course("PUBLISHED", 10, theme, MARCH.plusDays(i));
        }
        var first = catalog.search(inTheme(null, null, null, null, false), DANISH);
        var last = catalog.search(inTheme(null, null, null, null, false).onPage(1), DANISH);
        assertEquals(23, first.total());
        assertEquals(2, first.pageCount());
        assertEquals(20, first.rows().size());
        assertEquals(3, last.rows().size());
        assertTrue(first.rows().get(19).startsAt().isBefore(last.rows().get(0).startsAt()));
    }

    @Test
    void aPageOfTwentyCostsAtMostFourStatements() throws SQLException {
        for (int i = 0; i < 25; i++) {
            var course = db.course("PUBLISHED", 10, theme, MARCH.plusDays(i));
            db.addressTo(course, "TEACHER");
            db.enrol(course, db.account("Deltager " + i, null, "PARTICIPANT"), "CONFIRMED");
        }
        var search = inTheme(null, null, TargetGroup.TEACHER, null, true);
        assertEquals(20, catalog.search(search, DANISH).rows().size());

        // One call that issues exactly one statement tells what the pool and the measuring add.
        long overhead = statementsOf(() -> catalog.findFacets(DANISH)) - 1;
        long search20 = statementsOf(() -> catalog.search(search, DANISH)) - overhead;
        long page20 = statementsOf(() -> catalog.browse(search, DANISH)) - overhead;
        assertTrue(search20 <= 4, "search issued " + search20 + " statements");
        assertTrue(page20 <= 4, "catalogue page issued " + page20 + " statements");
    }
}
