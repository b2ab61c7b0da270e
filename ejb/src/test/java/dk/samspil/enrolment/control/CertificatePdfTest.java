package dk.samspil.enrolment.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate PDF holds every fact, and Danish letters come out of it as they went in. */
class CertificatePdfTest {

    @Test
    void theTextOfTheCertificateCanBeExtractedWithDanishLetters() throws IOException {
        byte[] pdf = CertificatePdf.render(new CertificateFacts("Søren Ærø Ågård", "Åben skole i praksis", "EVU-1",
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30), 10, List.of("Skolen og foreningslivet", "Øvelse"),
                List.of("Læsebedsterne"), "Professionshøjskolen Samspil", "ABCD-EFGH-JK23",
                "https://samspil.example/verify.xhtml?code=ABCD-EFGH-JK23", LocalDate.of(2027, 5, 2)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Kursusbevis", "Søren Ærø Ågård", "Åben skole i praksis (EVU-1)",
                    "1. februar 2027 – 30. april 2027", "10 ECTS-point", "Skolen og foreningslivet", "Øvelse",
                    "Læsebedsterne", "ABCD-EFGH-JK23", "verify.xhtml?code=ABCD-EFGH-JK23")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }
}
