package dk.samspil.catalog.control;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.catalog.entity.Course;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The course's lock: every change to a course and every decision about its seats takes it first,
 * so they happen one after the other for one course, on whichever server, while different courses
 * never wait for each other.
 * <p>
 * The lock is a write ({@code lock_count + 1}), not a {@code SELECT … FOR UPDATE}: on one MariaDB
 * both hold the row until the transaction ends, but in a Galera cluster a read lock holds only on
 * the node that took it, while two writes of one row on different nodes conflict when the second
 * commits, which then runs again as a whole ({@link dk.samspil.shared.RetriedOnConflict}) and counts
 * what the first decided. JPA's pessimistic lock would also lock and reread the course's modules,
 * partners and target groups, which seat decisions never need.
 */
@Dependent
public class CourseLock {

    @PersistenceContext
    EntityManager em;

    /**
     * The course, locked until the transaction ends. Call it before anything else in the transaction
     * reads the course, so that the course is read once the lock is held.
     */
    public Course lock(String code) {
        if (em.createNativeQuery("UPDATE course SET lock_count = lock_count + 1 WHERE code = ?")
                .setParameter(1, code)
                .executeUpdate() == 0) {
            throw new CourseNotFoundException(code);
        }
        return em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    /** As {@link #lock(String)}, by the course's id, for a course that exists. */
    public void lock(long courseId) {
        if (em.createNativeQuery("UPDATE course SET lock_count = lock_count + 1 WHERE id = ?")
                .setParameter(1, courseId)
                .executeUpdate() == 0) {
            throw new IllegalStateException("No course " + courseId + " to lock");
        }
    }
}
