package dk.samspil.reflection.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.Account;
import dk.samspil.reflection.entity.ReaderRelation;
import dk.samspil.reflection.entity.Reflection;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Objects;

/**
 * How a reader stands to a reflection, found from the database at the moment of reading (so a
 * leader who no longer leads the author's institution, or a participant who withdrew, loses access
 * with it): course team, leader of the author, or seated on the same course.
 */
@Dependent
public class Readers {


    @PersistenceContext
    EntityManager em;

    public ReaderRelation of(Account reader, Reflection reflection) {
        Account author = reflection.getAuthor();
        if (Objects.equals(author.getId(), reader.getId())) {
            return ReaderRelation.AUTHOR;
        }
        Course course = reflection.getModule().getCourse();
        return new ReaderRelation(false, isTeam(reader, course), isLeaderOf(reader, author), isSeated(reader, course));
    }

    /** The course's consultant, or a facilitator of one of its sessions. */
    public boolean isTeam(Account person, Course course) {
        return Objects.equals(course.getConsultant().getId(), person.getId()) || em.createQuery("""
                        SELECT COUNT(s) FROM CourseSession s JOIN s.facilitators f
                        WHERE s.module.course = :course AND f = :person""", Long.class)
                .setParameter("course", course)
                .setParameter("person", person)
                .getSingleResult() > 0;
    }

    public boolean isSeated(Account person, Course course) {
        return em.createQuery("""
                        SELECT COUNT(e) FROM Enrolment e
                        WHERE e.course = :course AND e.participant = :person AND e.status IN :seated""", Long.class)
                .setParameter("course", course)
                .setParameter("person", person)
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getSingleResult() > 0;
    }

    private boolean isLeaderOf(Account reader, Account author) {
        return author.getInstitution() != null && em.createQuery("""
                        SELECT COUNT(i) FROM Account a JOIN a.ledInstitutions i
                        WHERE a = :reader AND i = :institution""", Long.class)
                .setParameter("reader", reader)
                .setParameter("institution", author.getInstitution())
                .getSingleResult() > 0;
    }
}
