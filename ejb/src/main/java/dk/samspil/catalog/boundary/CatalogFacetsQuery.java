package dk.samspil.catalog.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Only choices that find something: the themes and municipalities of published courses, read in
 * one statement.
 */
@Dependent
public class CatalogFacetsQuery {

    @PersistenceContext
    EntityManager em;

    public CatalogFacets find(Locale locale) {
        List<Object[]> pairs = em.createQuery("""
                        SELECT DISTINCT t.code, t.name.da, t.name.en, m.code, m.name
                        FROM Course c JOIN c.theme t LEFT JOIN c.municipality m
                        WHERE c.status = :published""", Object[].class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultList();
        Comparator<Option> byName = Comparator.comparing(Option::name, Collator.getInstance(locale));
        List<Option> themes = pairs.stream()
                .map(row -> new Option((String) row[0], LocalizedText.pick((String) row[1], (String) row[2], locale)))
                .distinct().sorted(byName).toList();
        List<Option> municipalities = pairs.stream()
                .filter(row -> row[3] != null)
                .map(row -> new Option((String) row[3], (String) row[4]))
                .distinct().sorted(byName).toList();
        return new CatalogFacets(themes, municipalities, List.of(TargetGroup.values()));
    }
}
