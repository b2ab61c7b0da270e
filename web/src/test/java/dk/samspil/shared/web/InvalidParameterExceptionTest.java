package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvalidParameterExceptionTest {

    @Test
    void missingParameterTakesTheDefault() {
        assertEquals(20, InvalidParameterException.parse("size", null, 20, 1, 100));
        assertEquals(20, InvalidParameterException.parse("size", "", 20, 1, 100));
    }

    @Test
    void wellFormedParameterWithinBoundsIsUsed() {
        assertEquals(100, InvalidParameterException.parse("size", "100", 20, 1, 100));
    }

    @Test
    void malformedOrOutOfRangeParametersNameTheParameter() {
        for (String value : new String[]{"abc", "0", "101", "1e3", "99999999999"}) {
            var failure = assertThrows(InvalidParameterException.class,
                    () -> InvalidParameterException.parse("size", value, 20, 1, 100));
            assertTrue(failure.getMessage().contains("'size'"), failure.getMessage());
        }
    }
}
