package dk.samspil.people.entity;

/**
 * An EAN number (GS1 global location number): 13 digits, the last a check digit over the first
 * twelve, weighted 1, 3, 1, 3 … from the left; the sum plus the check digit is a multiple of ten.
 * Danish public institutions receive their e-invoices (NemHandel) at it. The database checks the
 * same (V0028).
 */
public final class Ean {

    public static final int LENGTH = 13;

    private Ean() {
    }

    public static boolean isValid(String ean) {
        if (ean == null || ean.length() != LENGTH || !ean.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (ean.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == ean.charAt(LENGTH - 1) - '0';
    }
}
