package dk.samspil.reporting.boundary;

/** The rates a semester report shows, for one course or summed over several. */
public interface Rates {

    long seats();

    long seated();

    long completed();

    long attendanceRegistered();

    long present();

    default double fillRate() {
        return seats() == 0 ? 0 : (double) seated() / seats();
    }

    default double completionRate() {
        return seated() == 0 ? 0 : (double) completed() / seated();
    }

    default double attendanceRate() {
        return attendanceRegistered() == 0 ? 0 : (double) present() / attendanceRegistered();
    }
}
