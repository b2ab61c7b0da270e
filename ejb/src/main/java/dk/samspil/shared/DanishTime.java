package dk.samspil.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Course times are Danish local time, as participants read them, whatever the server's zone is. */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Clock CLOCK = Clock.system(ZONE);

    private DanishTime() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(CLOCK);
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }
}
