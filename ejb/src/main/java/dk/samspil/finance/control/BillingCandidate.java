package dk.samspil.finance.control;

import dk.samspil.catalog.entity.Payer;
import dk.samspil.finance.entity.BillingFacts;

import java.math.BigDecimal;

/**
 * One enrolment that may be owed for or credited, with what billing needs to write its line: the
 * course, the participant, the payer the course names for them and the invoice it was on, if any.
 *
 * @param payerId       the institution that pays: the participant's own, or their municipality's
 *                      administration; null where the participant pays for the place
 * @param invoiceId     the invoice that asked for this place, when it was invoiced
 */
public record BillingCandidate(long enrolmentId, long courseId, String courseCode, String courseTitle,
                               long participantId, String participantName, String participantEmail,
                               String reference, Long payerId, Long invoiceId, BigDecimal price, BillingFacts facts) {

    /** The participant pays for the place themselves (a private payer): invoiced by a mailed PDF. */
    public boolean privatelyPaid() {
        return facts.payer() == Payer.PARTICIPANT;
    }
}
