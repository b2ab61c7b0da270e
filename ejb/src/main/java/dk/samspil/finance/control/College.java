package dk.samspil.finance.control;

/**
 * The college as the seller on its invoices: name, CVR number, address, the finance office's
 * e-mail, the account payers pay to (IBAN) and how many days they have. Read from system
 * properties or environment variables ({@code samspil.college.cvr} / {@code SAMSPIL_COLLEGE_CVR}
 * …); the defaults are the demo college's, documented in the README.
 */
public record College(String name, String cvr, String street, String postcode, String town, String email,
                      String iban, int paymentDays) {

    public static College configured() {
        return new College(
                setting("name", "Professionshøjskolen Samspil"),
                setting("cvr", "12345678"),
                setting("street", "Campusvej 1"),
                setting("postcode", "7100"),
                setting("town", "Vejle"),
                setting("email", "efteruddannelse@samspil.example"),
                setting("iban", "DK5000400440116243"),
                Integer.parseInt(setting("payment-days", "30")));
    }

    private static String setting(String name, String demo) {
        String variable = "SAMSPIL_COLLEGE_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return System.getProperty("samspil.college." + name, System.getenv().getOrDefault(variable, demo));
    }
}
