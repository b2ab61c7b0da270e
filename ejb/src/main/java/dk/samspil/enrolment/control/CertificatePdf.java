package dk.samspil.enrolment.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A kursusbevis as a one-page PDF (OpenPDF). Set in Helvetica with Windows-1252 encoding, which holds
 * the Danish letters, so any PDF reader shows and extracts æ, ø and å as they are.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final Font TITLE = new Font(Font.HELVETICA, 28, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 12, Font.ITALIC);
    private static final Font NAME = new Font(Font.HELVETICA, 22, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 11);
    private static final Font SMALL = new Font(Font.HELVETICA, 9);

    private CertificatePdf() {
    }

    public static byte[] render(CertificateFacts facts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 70, 60);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Kursusbevis – " + facts.course());
            document.addAuthor(facts.college());
            document.open();
            centred(document, facts.college(), HEADING);
            centred(document, "Kursusbevis", TITLE);
            centred(document, "Certificate of completion", SUBTITLE);
            document.add(new Paragraph(" "));
            centred(document, "Det bekræftes hermed, at", TEXT);
            centred(document, facts.participant(), NAME);
            centred(document, "har gennemført efter- og videreuddannelsesforløbet", TEXT);
            centred(document, facts.course() + " (" + facts.courseCode() + ")", HEADING);
            centred(document, period(facts) + (facts.ects() > 0 ? " · " + facts.ects() + " ECTS-point" : ""), TEXT);
            document.add(new Paragraph(" "));
            list(document, "Moduler", facts.modules());
            list(document, "I samarbejde med", facts.partners());
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Udstedt " + DATE.format(facts.issued()) + " af " + facts.college() + ".", TEXT));
            document.add(new Paragraph("Verifikationskode: " + facts.code(), HEADING));
            document.add(new Paragraph("Ægtheden kan kontrolleres på " + facts.verifyUrl(), SMALL));
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate could not be laid out", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String period(CertificateFacts facts) {
        if (facts.from() == null) {
            return "";
        }
        return facts.from().equals(facts.to()) ? DATE.format(facts.from())
                : DATE.format(facts.from()) + " – " + DATE.format(facts.to());
    }

    private static void centred(Document document, String text, Font font) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static void list(Document document, String heading, List<String> items) throws DocumentException {
        if (items.isEmpty()) {
            return;
        }
        document.add(new Paragraph(heading, HEADING));
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol("•");
        items.forEach(item -> list.add(new com.lowagie.text.ListItem(item, TEXT)));
        document.add(list);
    }
}
