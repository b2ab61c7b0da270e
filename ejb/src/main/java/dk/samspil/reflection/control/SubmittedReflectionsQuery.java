package dk.samspil.reflection.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.control.SubmittedReflections;
import dk.samspil.reflection.entity.ReflectionStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Submitted reflections, for the completion rule and a participant's progress: one statement each. */
@Dependent
public class SubmittedReflectionsQuery implements SubmittedReflections {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Set<Long>> byAuthor(Course course) {
        Map<Long, Set<Long>> submitted = new HashMap<>();
        em.createQuery("""
                        SELECT r.author.id, r.module.id FROM Reflection r
                        WHERE r.module.course = :course AND r.status = :submitted""", Object[].class)
                .setParameter("course", course)
                .setParameter("submitted", ReflectionStatus.SUBMITTED)
                .getResultStream()
                .forEach(row -> submitted.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]));
        return submitted;
    }

    @Override
    public Set<Long> modulesSubmittedBy(long accountId, Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        SELECT r.module.id FROM Reflection r
                        WHERE r.author.id = :author AND r.module.course.id IN :courses AND r.status = :submitted""", Long.class)
                .setParameter("author", accountId)
                .setParameter("courses", courseIds)
                .setParameter("submitted", ReflectionStatus.SUBMITTED)
                .getResultList());
    }
}
