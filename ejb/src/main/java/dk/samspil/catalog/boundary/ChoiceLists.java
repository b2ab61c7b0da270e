package dk.samspil.catalog.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.people.entity.Municipality;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;

/** The choices a form offers for a theme and a municipality, as {@link Option}s by code (the offer and story forms). */
@Dependent
public class ChoiceLists {

    @PersistenceContext
    EntityManager em;

    /** The themes in use, by their Danish name, named in the reader's language. */
    public List<Option> themes(Locale locale) {
        return em.createQuery("SELECT t FROM Theme t WHERE t.active = TRUE ORDER BY t.name.da", Theme.class)
                .getResultStream().map(theme -> new Option(theme.getCode(), theme.getName().in(locale))).toList();
    }

    /** The 98 municipalities, by name. */
    public List<Option> municipalities() {
        return em.createQuery("SELECT m FROM Municipality m ORDER BY m.name", Municipality.class)
                .getResultStream().map(municipality -> new Option(municipality.getCode(), municipality.getName())).toList();
    }
}
