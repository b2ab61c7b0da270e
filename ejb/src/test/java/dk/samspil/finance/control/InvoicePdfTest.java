package dk.samspil.finance.control;

import dk.samspil.finance.entity.InvoiceKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person paying for their own place gets a plain PDF that says what, how much, by when and to which account. */
class InvoicePdfTest {

    private static final College COLLEGE = new College("Professionshøjskolen Samspil", "12345678", "Campusvej 1",
            "7100", "Vejle", "efteruddannelse@samspil.example", "DK5000400440116243", 30);
    private static final LocalDate ISSUED = LocalDate.of(2027, 2, 16);
    private static final DocumentDraft.Buyer SOFIE =
            new DocumentDraft.Buyer(null, "sofie@frivillig.example", "Sofie Ærø", null, null, null);
    private static final List<DocumentDraft.Line> LINES = List.of(new DocumentDraft.Line("ÅS-2027 Åben skole i praksis",
            "Deltager: Sofie Ærø", null, new BigDecimal("1450.50")));

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void anInvoiceSaysWhatHowMuchByWhenAndWhereToPay() throws Exception {
        String text = text(InvoicePdf.write(new DocumentDraft(InvoiceKind.INVOICE, 1017, ISSUED, ISSUED.plusDays(30),
                SOFIE, "ÅS-2027", null, LINES), COLLEGE));
        for (String expected : List.of("Faktura 1017", "Sofie Ærø", "sofie@frivillig.example", "CVR-nr. 12345678",
                "ÅS-2027 Åben skole i praksis", "1.450,50", "18. marts 2027", "DK5000400440116243",
                "momslovens § 13, stk. 1, nr. 3")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCredits() throws Exception {
        String text = text(InvoicePdf.write(new DocumentDraft(InvoiceKind.CREDIT_NOTE, 1020, ISSUED.plusDays(5),
                ISSUED.plusDays(5), SOFIE, "ÅS-2027", new DocumentDraft.Credited(1017, ISSUED), LINES), COLLEGE));
        assertTrue(text.contains("Kreditnota 1020") && text.contains("Krediterer faktura 1017 af 16. februar 2027"), text);
        assertTrue(text.contains("1.450,50 kr. tilbagebetales"), text);
    }
}
