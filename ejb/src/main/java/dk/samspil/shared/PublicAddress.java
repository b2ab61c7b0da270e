package dk.samspil.shared;

/**
 * The address people reach Samspil at, for links in mails: the system property
 * {@code samspil.base-url}, else the environment variable {@code SAMSPIL_BASE_URL}, else the
 * development server's. Never taken from a request's Host header, which a client chooses (a reset
 * link pointing elsewhere would hand the token to whoever runs that host).
 */
public final class PublicAddress {

    private static final String DEVELOPMENT = "http://localhost:8080";

    private PublicAddress() {
    }

    /** The base address without a trailing slash, e.g. {@code https://samspil.example.dk}. */
    public static String base() {
        String configured = System.getProperty("samspil.base-url", System.getenv("SAMSPIL_BASE_URL"));
        String base = configured == null || configured.isBlank() ? DEVELOPMENT : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
