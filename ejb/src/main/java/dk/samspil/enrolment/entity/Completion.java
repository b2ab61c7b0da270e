package dk.samspil.enrolment.entity;

import java.io.Serializable;

import java.util.List;
import java.util.Set;

/**
 * A participant measured against their course's completion rule: the share of all the course's
 * sessions they were present at (excused absence is still absence), and the modules whose required
 * reflection they have not submitted. {@code met} when the share reaches the minimum and none is missing.
 * A course without sessions gives no attendance to measure: 0 %.
 */
public record Completion(int attendedPercent, int minAttendancePercent, List<Long> missingModules) implements Serializable {

    public Completion {
        missingModules = List.copyOf(missingModules);
    }

    public static Completion assess(int minAttendancePercent, int sessions, long present, Set<Long> requiredModules,
                                    Set<Long> submittedModules) {
        int percent = sessions == 0 ? 0 : (int) Math.min(100, present * 100 / sessions);
        List<Long> missing = requiredModules.stream().filter(module -> !submittedModules.contains(module)).sorted().toList();
        return new Completion(percent, minAttendancePercent, missing);
    }

    public boolean attendanceMet() {
        return attendedPercent >= minAttendancePercent;
    }

    public boolean met() {
        return attendanceMet() && missingModules.isEmpty();
    }
}
