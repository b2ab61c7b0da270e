package dk.samspil.finance.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.samspil.finance.entity.InvoiceKind;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A plain invoice or credit note for a person who pays for their own place, as a one-page PDF
 * (OpenPDF) mailed to them: the college with its CVR number, the person, number and dates, a line
 * per place, the total, that education is exempt from VAT, and how to pay (the account and the
 * invoice number as the payment's reference). In Danish, set in Helvetica with Windows-1252, which
 * holds æ, ø and å.
 */
public final class InvoicePdf {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private InvoicePdf() {
    }

    public static byte[] write(DocumentDraft draft, College college) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        boolean invoice = draft.kind() == InvoiceKind.INVOICE;
        String title = (invoice ? "Faktura " : "Kreditnota ") + draft.number();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addAuthor(college.name());
            document.open();
            document.add(new Paragraph(college.name(), HEADING));
            document.add(new Paragraph(college.street() + ", " + college.postcode() + " " + college.town(), TEXT));
            document.add(new Paragraph("CVR-nr. " + college.cvr() + " · " + college.email(), TEXT));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph("Til: " + draft.buyer().name() + " (" + draft.buyer().email() + ")", TEXT));
            document.add(new Paragraph("Udstedt: " + DATE.format(draft.issueDate())
                    + (invoice ? " · Forfalder: " + DATE.format(draft.dueDate()) : ""), TEXT));
            if (!invoice) {
                document.add(new Paragraph("Krediterer faktura " + draft.credits().number() + " af "
                        + DATE.format(draft.credits().issueDate()) + ".", TEXT));
            }
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {5, 4, 2});
            table.setWidthPercentage(100);
            cell(table, "Kursus", HEADING, Element.ALIGN_LEFT);
            cell(table, "Plads", HEADING, Element.ALIGN_LEFT);
            cell(table, "Beløb (kr.)", HEADING, Element.ALIGN_RIGHT);
            for (DocumentDraft.Line line : draft.lines()) {
                cell(table, line.item(), TEXT, Element.ALIGN_LEFT);
                cell(table, line.note() == null ? "" : line.note(), TEXT, Element.ALIGN_LEFT);
                cell(table, amount(line.amount()), TEXT, Element.ALIGN_RIGHT);
            }
            cell(table, "I alt", HEADING, Element.ALIGN_LEFT);
            cell(table, "", TEXT, Element.ALIGN_LEFT);
            cell(table, amount(draft.total()), HEADING, Element.ALIGN_RIGHT);
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Undervisning er fritaget for moms efter momslovens § 13, stk. 1, nr. 3. "
                    + "Moms: 0,00 kr.", SMALL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(invoice
                    ? "Betal " + amount(draft.total()) + " kr. senest " + DATE.format(draft.dueDate()) + " til konto (IBAN) "
                    + college.iban() + ". Skriv fakturanummeret " + draft.number() + " som reference."
                    : amount(draft.total()) + " kr. tilbagebetales til dig; skriv til " + college.email()
                    + " med det kontonummer, beløbet skal sendes til.", TEXT));
        } catch (DocumentException e) {
            throw new IllegalStateException("The invoice could not be laid out", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** 1.450,00: Danish grouping and decimals. */
    static String amount(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DANISH)).format(amount);
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
