package dk.samspil.people.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EanTest {

    @Test
    void theCheckDigitAddsUpByHand() {
        // 5 7 9 8 0 0 0 4 1 6 6 0, weighted 1 3 1 3 …: 5 + 21 + 9 + 24 + 0 + 0 + 0 + 12 + 1 + 18 + 6 + 0 = 96,
        // so the check digit is 10 - 6 = 4.
        assertTrue(Ean.isValid("5798000416604"));
        assertTrue(Ean.isValid("5798000630000"), "a sum that is already a multiple of ten has the check digit 0");
    }

    @Test
    void aWrongCheckDigitLengthOrCharacterIsNoEan() {
        for (String wrong : new String[] {"5798000416605", "579800041660", "57980004166040", "579800041660X", " 5798000416604",
                "", null}) {
            assertFalse(Ean.isValid(wrong), String.valueOf(wrong));
        }
    }

    @Test
    void anInstitutionIsInvoicedAtAValidEanOnly() {
        Institution school = new Institution(null, "Fjordskolen", InstitutionKind.SCHOOL);
        InstitutionRuleException wrong = assertThrows(InstitutionRuleException.class, () -> school.payBy("5798000416605", "Ordre 17"));
        assertEquals("ean", wrong.field());
        assertEquals(null, school.getEan(), "a refused EAN changes nothing");
        assertEquals(null, school.getInvoiceReference());

        school.payBy(" 5798000416604 ", "  Ordre 17 ");
        assertEquals("5798000416604", school.getEan());
        assertEquals("Ordre 17", school.getInvoiceReference());
        assertThrows(InstitutionRuleException.class, () -> school.payBy("5798000416604", "x".repeat(Institution.REFERENCE_MAX + 1)));
        school.payBy("", " ");
        assertEquals(null, school.getEan(), "blank: the institution does not pay itself");
        assertEquals(null, school.getInvoiceReference());
    }
}
