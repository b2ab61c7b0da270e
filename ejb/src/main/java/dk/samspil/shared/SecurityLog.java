package dk.samspil.shared;

/**
 * The security events' logger (logins and their failures, refusals, exports, erasures, password
 * and retention changes): one category, {@value #CATEGORY}, that operators search and route.
 */
public final class SecurityLog {

    public static final String CATEGORY = "dk.samspil.security";
    public static final System.Logger SECURITY = System.getLogger(CATEGORY);

    private SecurityLog() {
    }
}
