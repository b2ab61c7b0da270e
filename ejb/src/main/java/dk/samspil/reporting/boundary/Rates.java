package dk.samspil.reporting.boundary;

import dk.samspil.followup.entity.FollowUpResponse;

/** The rates a semester report shows, for one course or summed over several. */
public interface Rates {

    long seats();

    long seated();

    long completed();

    long attendanceRegistered();

    long present();

    /** Participants who answered the follow-up. */
    long followUpsAnswered();

    /** Of those, how many report a new or continued partnership. */
    long partnerships();

    default double fillRate() {
        return seats() == 0 ? 0 : (double) seated() / seats();
    }

    default double completionRate() {
        return seated() == 0 ? 0 : (double) completed() / seated();
    }

    /** Shown only from three answers on, like every follow-up aggregate: fewer could be recognised. */
    default boolean partnershipRateShown() {
        return FollowUpResponse.enoughToShow(followUpsAnswered());
    }

    default double partnershipRate() {
        return partnershipRateShown() ? (double) partnerships() / followUpsAnswered() : 0;
    }

    default double attendanceRate() {
        return attendanceRegistered() == 0 ? 0 : (double) present() / attendanceRegistered();
    }
}
