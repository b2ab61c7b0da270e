package dk.samspil.partner.boundary;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;

/** A partner contact's view: only the partnerships of the caller's own organisation. */
@Stateless
@RolesAllowed(Role.PARTNER_NAME)
public class Partnerships {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public List<PartnershipRow> findMine(Locale locale) {
        return em.createQuery("""
                        SELECT c.code, c.title.da, c.title.en, c.status, p.role, p.contribution.da, p.contribution.en
                        FROM CoursePartner p JOIN p.course c
                        WHERE p.partner.id IN (
                            SELECT o.id FROM Account a JOIN a.partnerOrganisation o WHERE a.email = :email)
                        ORDER BY c.code, p.role""", Object[].class)
                .setParameter("email", context.getCallerPrincipal().getName())
                .getResultStream()
                .map(row -> new PartnershipRow((String) row[0], LocalizedText.pick((String) row[1], (String) row[2], locale),
                        (CourseStatus) row[3], (PartnerRole) row[4],
                        row[5] == null ? null : LocalizedText.pick((String) row[5], (String) row[6], locale)))
                .toList();
    }
}
