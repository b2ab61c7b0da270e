package dk.samspil.finance.control;

import dk.samspil.finance.entity.BillingBasis;
import dk.samspil.finance.entity.BillingRule;
import dk.samspil.finance.entity.BillingVerdict;
import dk.samspil.finance.entity.Invoice;
import dk.samspil.finance.entity.InvoiceFormat;
import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.people.entity.Institution;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a billing run would issue now: one invoice per payer and course with a line per place owed
 * (a Peppol file to an institution, a PDF to a person paying for their own place), one credit note
 * per invoice of a cancelled course, and the places held back with the reason (the payer has no EAN
 * number, or wants a reference the place does not have). The dry run shows it; the run issues it.
 */
public record BillingPlan(List<Planned> documents, List<Held> held) {

    /** A document to issue, to an institution ({@code payer}) or a person ({@code payerAccountId}), its lines in the order of the enrolments. */
    public record Planned(InvoiceKind kind, InvoiceFormat format, long courseId, String courseCode, String courseTitle,
                          Institution payer, Long payerAccountId, Invoice credits, String buyerEan, String buyerEmail,
                          String buyerName, String buyerReference, List<Line> lines) {

        public BigDecimal total() {
            return lines.stream().map(line -> line.candidate().price()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A place on a document, with why it is there and the note that names (or does not name) the participant. */
    public record Line(BillingCandidate candidate, BillingBasis basis, String reasonKey, String note) {
    }

    /** A place that is owed but cannot be invoiced yet, and why (a bundle key). */
    public record Held(BillingCandidate candidate, String payerName, String problemKey) {
    }

    public static BillingPlan of(List<BillingCandidate> candidates, Map<Long, Institution> payers,
                                 Map<Long, Invoice> invoices, LocalDateTime now) {
        Map<String, Planned> documents = new LinkedHashMap<>();
        List<Held> held = new ArrayList<>();
        for (BillingCandidate candidate : candidates) {
            BillingVerdict verdict = BillingRule.decide(candidate.facts(), now);
            if (verdict.action() == BillingVerdict.Action.CREDIT) {
                Invoice invoice = invoices.get(candidate.invoiceId());
                documents.computeIfAbsent("C" + invoice.getId(), key -> new Planned(InvoiceKind.CREDIT_NOTE,
                        invoice.getFormat(), candidate.courseId(), candidate.courseCode(), candidate.courseTitle(),
                        invoice.getPayer(), invoice.getPayerAccount() == null ? null : invoice.getPayerAccount().getId(),
                        invoice, invoice.getBuyerEan(), invoice.getBuyerEmail(), invoice.getBuyerName(),
                        invoice.getBuyerReference(), new ArrayList<>()))
                        .lines().add(new Line(candidate, verdict.basis(), verdict.reasonKey(),
                                note(candidate, invoice.getPayer(), verdict.basis())));
            } else if (verdict.action() == BillingVerdict.Action.INVOICE && candidate.privatelyPaid()) {
                documents.computeIfAbsent("P" + candidate.courseId() + "/" + candidate.participantId(), key -> new Planned(
                        InvoiceKind.INVOICE, InvoiceFormat.PDF, candidate.courseId(), candidate.courseCode(),
                        candidate.courseTitle(), null, candidate.participantId(), null, null, candidate.participantEmail(),
                        candidate.participantName(), candidate.courseCode(), new ArrayList<>()))
                        .lines().add(new Line(candidate, verdict.basis(), verdict.reasonKey(),
                                note(candidate, null, verdict.basis())));
            } else if (verdict.action() == BillingVerdict.Action.INVOICE) {
                Institution payer = candidate.payerId() == null ? null : payers.get(candidate.payerId());
                String problem = problem(candidate, payer);
                if (problem != null) {
                    held.add(new Held(candidate, payer == null ? null : payer.getName(), problem));
                    continue;
                }
                documents.computeIfAbsent("I" + candidate.courseId() + "/" + payer.getId(), key -> new Planned(
                        InvoiceKind.INVOICE, InvoiceFormat.PEPPOL, candidate.courseId(), candidate.courseCode(),
                        candidate.courseTitle(), payer, null, null, payer.getEan(), null, payer.getName(),
                        payer.getInvoiceReference() != null ? payer.getInvoiceReference() : candidate.courseCode(),
                        new ArrayList<>()))
                        .lines().add(new Line(candidate, verdict.basis(), verdict.reasonKey(),
                                note(candidate, payer, verdict.basis())));
            }
        }
        return new BillingPlan(List.copyOf(documents.values()), List.copyOf(held));
    }

    /** The courses the documents are about. */
    public Set<Long> courseIds() {
        return documents.stream().map(Planned::courseId).collect(Collectors.toSet());
    }

    /** Whether the other plan issues the same documents: the same places on each, for the same reasons and references. */
    public boolean sameAs(BillingPlan other) {
        return signature().equals(other.signature());
    }

    private List<String> signature() {
        return documents.stream().map(document -> document.kind() + "/" + document.courseId() + "/"
                + (document.payer() == null ? "p" + document.payerAccountId() : document.payer().getId()) + ":"
                + document.lines().stream().map(line -> line.candidate().enrolmentId() + "=" + line.basis() + "="
                        + line.candidate().reference() + "=" + line.candidate().price()).toList()).toList();
    }

    private static String problem(BillingCandidate candidate, Institution payer) {
        if (payer == null) {
            return "finance.held.no-payer";
        }
        if (payer.getEan() == null) {
            return "finance.held.no-ean";
        }
        if (payer.isReferenceRequired() && candidate.reference() == null) {
            return "finance.held.no-reference";
        }
        return null;
    }

    /**
     * The participant as the payer wants them shown: by name, or as a place only (a person paying
     * for their own place is always named); a late withdrawal says so.
     */
    private static String note(BillingCandidate candidate, Institution payer, BillingBasis basis) {
        String who = payer == null || payer.isNamesOnInvoice() ? "Deltager: " + candidate.participantName()
                : "Deltagerplads";
        return basis == BillingBasis.WITHDRAWN_LATE ? who + " (afmeldt efter afmeldingsfristen)" : who;
    }
}
