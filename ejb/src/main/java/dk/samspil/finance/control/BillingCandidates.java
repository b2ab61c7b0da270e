package dk.samspil.finance.control;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.finance.entity.BillingFacts;
import dk.samspil.shared.NativeRows;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The enrolments the billing rule must look at, in one statement: seated or late-withdrawn places
 * on paid courses not yet invoiced, and invoiced places on cancelled courses not yet credited (so
 * none it finds has been credited). The
 * payer is resolved as the course names it: the participant's institution, the administration of
 * its municipality (the first one registered there that is not closed), or the participant.
 */
@Dependent
public class BillingCandidates {

    private static final String QUERY = """
            SELECT e.id, c.id, c.code, c.title_da, a.display_name, e.payer_reference,
                   CASE c.payer WHEN 'INSTITUTION' THEN a.institution_id
                        WHEN 'MUNICIPALITY' THEN (SELECT MIN(adm.id) FROM institution adm
                              WHERE adm.municipality_id = i.municipality_id AND adm.kind = 'ADMINISTRATION'
                                AND adm.closed_on IS NULL) END,
                   inv.invoice_id, c.price, c.status, c.payer, c.withdrawal_deadline, c.first_session_at, e.status,
                   e.seat_released_at, a.id, a.email
            FROM enrolment e
            JOIN course c ON c.id = e.course_id
            JOIN account a ON a.id = e.account_id
            LEFT JOIN institution i ON i.id = a.institution_id
            LEFT JOIN invoice_line inv ON inv.enrolment_id = e.id AND inv.kind = 'INVOICE'
            WHERE c.payer <> 'FUNDED' AND c.price > 0 AND c.status <> 'DRAFT'
              AND ((inv.id IS NULL AND c.status <> 'CANCELLED'
                    AND (e.status IN ('CONFIRMED', 'COMPLETED') OR (e.status = 'WITHDRAWN' AND e.seat_released_at IS NOT NULL)))
                OR (inv.id IS NOT NULL AND c.status = 'CANCELLED'
                    AND NOT EXISTS (SELECT 1 FROM invoice_line cr WHERE cr.enrolment_id = e.id AND cr.kind = 'CREDIT_NOTE')))
            ORDER BY c.id, e.id""";

    @PersistenceContext
    EntityManager em;

    public List<BillingCandidate> find() {
        return NativeRows.of(em, QUERY).stream().map(BillingCandidates::candidate).toList();
    }

    private static BillingCandidate candidate(Object[] row) {
        var facts = new BillingFacts(CourseStatus.valueOf((String) row[9]), (BigDecimal) row[8],
                Payer.valueOf((String) row[10]), day(row[11]),
                time(row[12]), EnrolmentStatus.valueOf((String) row[13]), time(row[14]), row[7] != null, false);
        return new BillingCandidate(id(row[0]), id(row[1]), (String) row[2], (String) row[3], id(row[15]),
                (String) row[4], (String) row[16], (String) row[5], row[6] == null ? null : id(row[6]),
                row[7] == null ? null : id(row[7]), (BigDecimal) row[8], facts);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

}
