package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.Theme;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Course themes are data the consultants keep: new ones are added as policy changes (skolens
 * timebank from 2025/26), retired ones stay on the courses that carry them.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class Themes {

    @PersistenceContext
    EntityManager em;

    /** Every theme by Danish name, with its number of courses: two statements. */
    public List<ThemeRow> findAll() {
        Map<Long, Long> courses = em.createQuery("SELECT c.theme.id, COUNT(c) FROM Course c GROUP BY c.theme.id",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createQuery("SELECT t FROM Theme t ORDER BY t.name.da", Theme.class)
                .getResultStream()
                .map(t -> new ThemeRow(t.getCode(), t.getName().da(), t.getName().en(), t.isActive(),
                        courses.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    public void create(String code, String nameDa, String nameEn) {
        if (find(code).isPresent()) {
            throw new ThemeCodeTakenException(code);
        }
        em.persist(new Theme(code, new LocalizedText(nameDa, nameEn)));
    }

    public void rename(String code, String nameDa, String nameEn) {
        get(code).rename(new LocalizedText(nameDa, nameEn));
    }

    public void retire(String code) {
        get(code).retire();
    }

    public void reinstate(String code) {
        get(code).reinstate();
    }

    private Theme get(String code) {
        return find(code).orElseThrow(() -> new ThemeNotFoundException(code));
    }

    private Optional<Theme> find(String code) {
        return em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }
}
