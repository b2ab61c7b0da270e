package dk.samspil.it;

/**
 * The fixed logins the named run-as beans call with (an annotation needs a constant). Each test
 * that uses one first points it at its own fresh rows (see {@link TestDatabase#partnerLogin}).
 */
public final class TestPeople {

    public static final String PLANNER = "planner@samspil-it.example";
    public static final String PARTNER_A = "partner-a@samspil-it.example";
    public static final String PARTNER_B = "partner-b@samspil-it.example";
    public static final String PARTICIPANT_A = "teacher-a@samspil-it.example";
    public static final String PARTICIPANT_B = "teacher-b@samspil-it.example";
    public static final String LEADER = "leader@samspil-it.example";
    public static final String ADMIN = "admin@samspil-it.example";
    public static final String FINANCE = "finance@samspil-it.example";

    private TestPeople() {
    }
}
