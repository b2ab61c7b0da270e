package dk.samspil.catalog.control;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.catalog.entity.Course;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The course's lock: every change to a course and every decision about its seats takes it first,
 * so they happen one after the other for one course, on whichever server, while different courses
 * never wait for each other.
 */
@Dependent
public class CourseLock {

    @PersistenceContext
    EntityManager em;

    /**
     * The course, locked until the transaction ends. Call it before anything else in the transaction
     * reads the course, so that the course is read once the lock is held. The row is locked by a plain
     * {@code FOR UPDATE}: JPA's pessimistic lock would also lock and reread the course's modules,
     * partners and target groups, which seat decisions never need.
     */
    public Course lock(String code) {
        List<?> ids = em.createNativeQuery("SELECT id FROM course WHERE code = ? FOR UPDATE")
                .setParameter(1, code)
                .getResultList();
        if (ids.isEmpty()) {
            throw new CourseNotFoundException(code);
        }
        return em.find(Course.class, ((Number) ids.get(0)).longValue());
    }
}
