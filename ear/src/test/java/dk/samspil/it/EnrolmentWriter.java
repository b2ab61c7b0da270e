package dk.samspil.it;

import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes through EclipseLink in its own transaction, so tests see what the database accepts. */
@Stateless
@PermitAll
public class EnrolmentWriter {

    @PersistenceContext
    EntityManager em;

    public long enrol(String courseCode, String email, EnrolmentStatus status) {
        Course course = em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", courseCode).getSingleResult();
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email).getSingleResult();
        Enrolment enrolment = new Enrolment(course, account, status);
        em.persist(enrolment);
        em.flush();
        return enrolment.getId();
    }

    public String providerClassName() {
        return em.getDelegate().getClass().getName();
    }
}
