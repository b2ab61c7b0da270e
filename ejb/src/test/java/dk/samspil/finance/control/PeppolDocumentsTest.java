package dk.samspil.finance.control;

import dk.samspil.finance.entity.InvoiceKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every document Samspil writes passes the official Peppol BIS Billing 3.0 and EN 16931 rules. */
class PeppolDocumentsTest {

    private static final College COLLEGE = new College("Professionshøjskolen Samspil", "12345678", "Campusvej 1",
            "7100", "Vejle", "efteruddannelse@samspil.example", "DK5000400440116243", 30);
    private static final LocalDate ISSUED = LocalDate.of(2027, 2, 16);
    private static final DocumentDraft.Buyer FJORDSKOLEN =
            new DocumentDraft.Buyer("5798000630109", null, "Fjordskolen", "Fjordvej 2", "7100", "Vejle");

    private static List<DocumentDraft.Line> lines() {
        return List.of(
                new DocumentDraft.Line("ÅS-2027 Åben skole i praksis", "Deltager: Anne Larsen", "PO-17",
                        new BigDecimal("1450.00")),
                new DocumentDraft.Line("ÅS-2027 Åben skole i praksis", "Deltager: Mette Holm & co <ledelse>", null,
                        new BigDecimal("1450.50")));
    }

    static DocumentDraft invoice() {
        return new DocumentDraft(InvoiceKind.INVOICE, 1001, ISSUED, ISSUED.plusDays(30), FJORDSKOLEN,
                "Skoleleder Mette Holm", null, lines());
    }

    @Test
    void anInvoicePassesTheOfficialRules() {
        byte[] xml = PeppolDocuments.write(invoice(), COLLEGE);
        assertEquals(List.of(), BisBillingRules.errors(xml, InvoiceKind.INVOICE));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<cbc:EndpointID schemeID=\"0088\">5798000630109</cbc:EndpointID>"), text);
        assertTrue(text.contains("<cbc:PayableAmount currencyID=\"DKK\">2900.50</cbc:PayableAmount>"), text);
        assertTrue(text.contains("Mette Holm &amp; co &lt;ledelse&gt;"), "text is escaped: " + text);
        assertTrue(text.contains("VATEX-EU-132-1I"), text);
    }

    @Test
    void aCreditNoteReferringToItsInvoicePassesTheOfficialRules() {
        var credit = new DocumentDraft(InvoiceKind.CREDIT_NOTE, 1002, ISSUED.plusDays(10), ISSUED.plusDays(10),
                FJORDSKOLEN, "Skoleleder Mette Holm", new DocumentDraft.Credited(1001, ISSUED), lines());
        byte[] xml = PeppolDocuments.write(credit, COLLEGE);
        assertEquals(List.of(), BisBillingRules.errors(xml, InvoiceKind.CREDIT_NOTE));
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"));
    }

    @Test
    void aBrokenDocumentFailsAndSaysWhy() {
        String good = new String(PeppolDocuments.write(invoice(), COLLEGE), StandardCharsets.UTF_8);
        String wrongEan = good.replace("5798000630109", "5798000630106");
        List<String> errors = BisBillingRules.errors(wrongEan.getBytes(StandardCharsets.UTF_8), InvoiceKind.INVOICE);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("PEPPOL-COMMON-R040")), errors.toString());
        String wrongTotal = good.replace("<cbc:PayableAmount currencyID=\"DKK\">2900.50",
                "<cbc:PayableAmount currencyID=\"DKK\">2900.00");
        assertFalse(BisBillingRules.errors(wrongTotal.getBytes(StandardCharsets.UTF_8), InvoiceKind.INVOICE).isEmpty());
        assertFalse(BisBillingRules.errors("<Invoice".getBytes(StandardCharsets.UTF_8), InvoiceKind.INVOICE).isEmpty());
    }

    @Test
    void aPayerWithoutAStreetAddressStillGetsAValidInvoice() {
        var bare = new DocumentDraft(InvoiceKind.INVOICE, 7, ISSUED, ISSUED.plusDays(30),
                new DocumentDraft.Buyer("5798000630109", null, "Fjordskolen", null, null, null), "ÅS-2027", null, lines());
        assertEquals(List.of(), BisBillingRules.errors(PeppolDocuments.write(bare, COLLEGE), InvoiceKind.INVOICE));
    }
}
