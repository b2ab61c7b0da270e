package dk.samspil.people.control;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 5.0, V6.2): at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_LENGTH}, any characters, and no composition rules, but not guessable as a whole:
 * not one of the 30,000 most common passwords (zxcvbn's list, also reversed or in l33t), not the
 * person's own name or e-mail, not a keyboard walk, a repeat or a sequence such as
 * {@code 123456789012}, and not so predictable in its parts that zxcvbn estimates fewer than 10^8
 * guesses (a name followed by a year, say). Words from the setting ({@code samspil}, the college)
 * count as the person's own.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's estimate below which a password falls to an online attack with a dictionary: 10^8 guesses. */
    static final double MIN_GUESSES = 1e8;

    private static final Set<Pattern> GUESSABLE_WHOLE = EnumSet.of(Pattern.Spatial, Pattern.Repeat, Pattern.Sequence,
            Pattern.Date);
    private static final List<String> SETTING_WORDS = List.of("samspil", "professionshøjskole", "professionshojskole",
            "efteruddannelse", "videreuddannelse");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Why a password may not be used, as a message key, or empty when it may. */
    public Optional<Refusal> check(char[] password, String email, String displayName) {
        String candidate = new String(password);
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        Strength strength = zxcvbn.measure(candidate, personalWords(email, displayName));
        List<Match> matches = strength.getSequence();
        if (matches.size() == 1 && coversAll(matches.get(0), candidate)) {
            Match whole = matches.get(0);
            if (whole.pattern == Pattern.Dictionary && "user_inputs".equals(whole.dictionaryName)) {
                return Optional.of(Refusal.PERSONAL);
            }
            if (whole.pattern == Pattern.Dictionary && "passwords".equals(whole.dictionaryName)
                    || GUESSABLE_WHOLE.contains(whole.pattern)) {
                return Optional.of(Refusal.COMMON);
            }
        }
        return strength.getGuesses() < MIN_GUESSES ? Optional.of(Refusal.GUESSABLE) : Optional.empty();
    }

    private static boolean coversAll(Match match, String candidate) {
        return match.i == 0 && match.j == candidate.length() - 1;
    }

    private static List<String> personalWords(String email, String displayName) {
        List<String> words = new ArrayList<>(SETTING_WORDS);
        if (email != null) {
            String lower = email.toLowerCase(Locale.ROOT);
            words.add(lower);
            words.add(lower.substring(0, Math.max(0, lower.indexOf('@'))));
            words.addAll(List.of(lower.split("[@._+-]")));
        }
        if (displayName != null) {
            String lower = displayName.toLowerCase(Locale.ROOT);
            words.add(lower.replace(" ", ""));
            words.addAll(List.of(lower.split("\\s+")));
        }
        words.removeIf(word -> word.length() < 3);
        return words;
    }

    /** A reason a password is refused; {@link #messageKey()} names its translated text. */
    public enum Refusal {
        TOO_SHORT("people.password.too-short"),
        TOO_LONG("people.password.too-long"),
        COMMON("people.password.common"),
        PERSONAL("people.password.personal"),
        GUESSABLE("people.password.guessable");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
