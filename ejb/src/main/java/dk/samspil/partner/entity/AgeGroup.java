package dk.samspil.partner.entity;

/**
 * Who an offer is for: children in daycare, or pupils at one of the school's three stages
 * (indskoling 0.–3., mellemtrin 4.–6., udskoling 7.–10. klasse).
 */
public enum AgeGroup {
    DAYCARE, GRADES_0_3, GRADES_4_6, GRADES_7_10;

    /** The stage a school grade (0 = børnehaveklasse … 10) belongs to. */
    public static AgeGroup ofGrade(int grade) {
        if (grade < 0 || grade > 10) {
            throw new IllegalArgumentException("No school grade " + grade);
        }
        return grade <= 3 ? GRADES_0_3 : grade <= 6 ? GRADES_4_6 : GRADES_7_10;
    }
}
