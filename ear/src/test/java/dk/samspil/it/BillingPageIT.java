package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course's money follows its enrolments: a leader gives the school's order reference when
 * approving two teachers, the withdrawal deadline passes, the finance office sees the invoice in the
 * dry run, issues it, downloads the run's Peppol files and finds the school's EAN number, the
 * teachers and their references in it; the course is cancelled and the next run credits it.
 */
class BillingPageIT extends BrowserJourney {

    private static final String EAN = "5798000416604";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void aLeadersReferenceReachesTheSchoolsInvoiceAndACancellationIsCredited() throws IOException {
        long school = db.institution("Fakturaskolen");
        db.update("""
                UPDATE institution SET ean = ?, reference_required = TRUE, invoice_street = 'Skolevej 3',
                                       invoice_postcode = '7100', invoice_town = 'Vejle' WHERE id = ?""", EAN, school);
        String leader = db.account("Lis Leder", school, "LEADER", "PARTICIPANT");
        db.lead(leader, school);
        var course = db.course("PUBLISHED", 10);
        db.set(course, "price = 1450.00, payer = 'INSTITUTION', withdrawal_deadline = CURDATE() + INTERVAL 3 DAY");
        db.enrol(course, db.account("Anne Fakturasen", school, "PARTICIPANT"), "AWAITING_APPROVAL");
        db.enrol(course, db.account("Bo Fakturasen", school, "PARTICIPANT"), "AWAITING_APPROVAL");

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-approvals");
        browser.findAll("#approvals\\:pending tbody input[type=checkbox]").forEach(box -> box.click());
        browser.fill("#approvals\\:pending\\:0\\:reference", "PO-4711");
        browser.clickAndWait("#approvals\\:approve");
        assertTrue(browser.find("#messages").getText().contains("institutionen kræver en reference for hver plads"),
                browser.find("#messages").getText());
        assertEquals(2, browser.findAll("#approvals\\:pending tbody tr").size(), "nothing approved");
        browser.assertAccessible();

        browser.findAll("#approvals\\:pending tbody input[type=checkbox]").forEach(box -> {
            if (!box.isSelected()) {
                box.click();
            }
        });
        browser.fill("#approvals\\:pending\\:0\\:reference", "PO-4711");
        browser.fill("#approvals\\:pending\\:1\\:reference", "PO-4712");
        browser.clickAndWait("#approvals\\:approve");
        assertEquals("Godkendt: 2 har fået plads, 0 står på venteliste.", browser.find("#messages").getText());
        browser.logOut();

        db.set(course, "withdrawal_deadline = CURDATE() - INTERVAL 1 DAY");
        browser.logIn(db.account("Frida Økonomi", null, "FINANCE"), TestDatabase.PASSWORD);
        assertEquals("Fakturering", browser.heading(), "the finance office lands on billing");
        String due = browser.text();
        assertTrue(due.contains(course.code()) && due.contains("Anne Fakturasen") && due.contains("PO-4712"), due);
        browser.assertAccessible();
        browser.clickAndWait("#issue\\:issue-run");
        assertTrue(browser.find("#messages").getText().startsWith("Udstedt:"), browser.find("#messages").getText());
        browser.assertAccessible();

        String invoice = documentAbout(browser.download("#runs-form\\:runs\\:0\\:zip", ".zip"), course.code());
        assertTrue(invoice.contains("<cbc:EndpointID schemeID=\"0088\">" + EAN + "</cbc:EndpointID>"), invoice);
        assertTrue(invoice.contains("Deltager: Anne Fakturasen") && invoice.contains("Deltager: Bo Fakturasen"), invoice);
        assertTrue(invoice.contains("<cbc:AccountingCost>PO-4711</cbc:AccountingCost>")
                && invoice.contains("<cbc:AccountingCost>PO-4712</cbc:AccountingCost>"), invoice);
        assertTrue(invoice.contains("<cbc:StreetName>Skolevej 3</cbc:StreetName>"), invoice);

        db.set(course, "status = 'CANCELLED', cancellation_reason = 'For få tilmeldte'");
        browser.open("/finance/billing.xhtml");
        assertTrue(browser.text().contains("Kreditnota: "), browser.text());
        browser.clickAndWait("#issue\\:issue-run");

        browser.open("/finance/invoices.xhtml?q=" + course.code());
        assertEquals(List.of("Kreditnota", "Faktura"), browser.findAll("#list\\:invoices tbody tr").stream()
                .map(row -> row.findElements(org.openqa.selenium.By.tagName("td")).get(1).getText().replaceFirst(" \\(.*", ""))
                .toList());
        browser.assertAccessible();
        browser.clickAndWait(browser.findAll("#list\\:invoices a.invoice").get(0));
        assertTrue(browser.heading().startsWith("Kreditnota "), browser.heading());
        assertTrue(browser.find("#credits").getText().matches("\\d+"), browser.find("#credits").getText());
        assertEquals(2, browser.findAll("#lines tbody tr").size());
        browser.assertAccessible();
        browser.clickAndWait("#actions\\:mark-sent");
        assertEquals("Sendt", browser.find("#state").getText());
        browser.assertNoJavaScriptErrors();
    }

    /**
     * A volunteer pays for her own place: the run mails her a PDF invoice (the finance office sees it
     * as sent), and the PDF says what she owes and where to pay; the course is cancelled, and the next
     * run mails her the credit note.
     */
    @Test
    void aPersonPayingForTheirOwnPlaceIsMailedAPdfInvoice() throws Exception {
        var course = db.course("PUBLISHED", 10);
        db.set(course, "price = 650.00, payer = 'PARTICIPANT', withdrawal_deadline = CURDATE() - INTERVAL 1 DAY");
        String volunteer = db.account("Vera Frivillig", null, "PARTICIPANT");
        db.enrol(course, volunteer, "CONFIRMED");

        browser.logIn(db.account("Frank Økonomi", null, "FINANCE"), TestDatabase.PASSWORD);
        assertTrue(browser.text().contains("Vera Frivillig (" + volunteer + ")"), browser.text());
        browser.clickAndWait("#issue\\:issue-run");

        String pdf = pdfIn(Mailbox.mailTo(MAIL, volunteer, "Faktura "));
        assertTrue(pdf.contains("Vera Frivillig") && pdf.contains("650,00") && pdf.contains(course.code()), pdf);

        browser.open("/finance/invoices.xhtml?q=" + course.code());
        browser.waitUntil(() -> {
            browser.open("/finance/invoices.xhtml?q=" + course.code());
            return "Sendt".equals(browser.find("#list\\:invoices tbody tr .state").getText());
        });
        assertEquals("PDF", browser.find("#list\\:invoices\\:0\\:xml").getText());
        browser.assertAccessible();

        db.set(course, "status = 'CANCELLED', cancellation_reason = 'Aflyst'");
        browser.open("/finance/billing.xhtml");
        browser.clickAndWait("#issue\\:issue-run");
        assertTrue(pdfIn(Mailbox.mailTo(MAIL, volunteer, "Kreditnota ")).contains("Krediterer faktura"));
    }

    private static String pdfIn(MimeMessage mail) throws Exception {
        BodyPart attachment = ((MimeMultipart) mail.getContent()).getBodyPart(1);
        assertTrue(attachment.getFileName().endsWith(".pdf"), attachment.getFileName());
        try (PDDocument document = Loader.loadPDF(attachment.getInputStream().readAllBytes())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The one Peppol file in the run's ZIP that is about the course. */
    private static String documentAbout(Path zip, String courseCode) throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream files = new ZipInputStream(in)) {
            for (ZipEntry file = files.getNextEntry(); file != null; file = files.getNextEntry()) {
                String xml = new String(files.readAllBytes(), StandardCharsets.UTF_8);
                if (file.getName().startsWith("faktura-") && xml.contains(courseCode)) {
                    found.add(xml);
                }
            }
        }
        assertEquals(1, found.size(), "one invoice for the course in the run");
        return found.get(0);
    }
}
