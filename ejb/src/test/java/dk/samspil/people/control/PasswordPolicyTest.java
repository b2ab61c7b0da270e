package dk.samspil.people.control;

import dk.samspil.people.control.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<Refusal> check(String password) {
        return policy.check(password.toCharArray(), "anne.larsen@fjordskolen.example", "Anne Larsen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fjord og bølger om morgenen", "kaffe-Tog-Blyant-94", "æøå ÆØÅ ünïcødé ✓✓", "tRq8#vLp2!mZ"})
    void aLongUnpredictablePasswordOfAnyCharactersIsAccepted(String password) {
        assertEquals(Optional.empty(), check(password));
    }

    @Test
    void lengthIsCountedInCharactersNotBytesAndBoundedBothWays() {
        assertEquals(Optional.of(Refusal.TOO_SHORT), check("ÆøÅ9#kLm2!x"));
        assertEquals(Optional.empty(), check("ÆøÅ9#kLm2!xQ"));
        assertEquals(Optional.empty(), check("x7Q!".repeat(32)).filter(r -> r == Refusal.TOO_LONG));
        assertEquals(Optional.of(Refusal.TOO_LONG), check("x7Q!".repeat(32) + "z"));
    }

    @ParameterizedTest
    @CsvSource({"password1234", "qwertyuiopasdf", "123456789012", "aaaaaaaaaaaaaa", "abcdefghijklmn", "1qaz2wsx3edc4rfv",
            "drowssap1234", "p@ssw0rd1234", "samspilsamspil"})
    void commonOrPatternedPasswordsAreRefused(String password) {
        assertEquals(true, check(password).filter(r -> r == Refusal.COMMON || r == Refusal.GUESSABLE).isPresent(),
                password + " -> " + check(password));
    }

    @ParameterizedTest
    @CsvSource({"anne.larsen@fjordskolen.example", "annelarsen", "fjordskolen"})
    void thePersonsOwnNameOrAddressIsRefused(String password) {
        String padded = password.length() < PasswordPolicy.MIN_LENGTH ? password + password : password;
        assertEquals(true, check(padded).filter(r -> r == Refusal.PERSONAL || r == Refusal.GUESSABLE).isPresent(),
                padded + " -> " + check(padded));
        assertEquals(Optional.of(Refusal.PERSONAL), check("anne.larsen@fjordskolen.example"));
    }

    @Test
    void aNameWithAYearIsTooEasyToGuess() {
        assertEquals(Optional.of(Refusal.GUESSABLE), check("AnneLarsen2026"));
    }
}
