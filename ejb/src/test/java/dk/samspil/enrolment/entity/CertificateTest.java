package dk.samspil.enrolment.entity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verification codes: twelve characters without look-alikes, and typed codes are understood. */
class CertificateTest {

    @Test
    void codesAreGroupedInFoursFromAnAlphabetWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = Certificate.newCode();
            assertTrue(code.matches("[A-HJKMNP-TV-Z0-9]{4}-[A-HJKMNP-TV-Z0-9]{4}-[A-HJKMNP-TV-Z0-9]{4}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size(), "60 random bits: no two alike in a thousand");
    }

    @Test
    void aTypedCodeIsNormalised() {
        assertEquals("ABCD-EFGH-JK23", Certificate.normalise(" abcd efgh jk23 "));
        assertEquals("ABCD-EFGH-JK23", Certificate.normalise("ABCDEFGHJK23"));
        assertEquals("ABC", Certificate.normalise("a-b-c"), "too short stays too short, and matches nothing");
        assertEquals("", Certificate.normalise(null));
    }
}
