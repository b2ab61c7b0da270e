package dk.samspil.enrolment.entity;

import java.io.Serializable;

/**
 * How far a seated participant has come toward completing a course, while it runs: the sessions
 * held so far and those they were present at, how many of all the course's sessions they must attend
 * (the completion rule's minimum share, rounded up), and the required reflections submitted.
 * {@link #absencesLeft()} says how many more sessions they can miss and still complete.
 */
public record Progress(int sessions, int held, long attended, int minAttendancePercent,
                       int requiredReflections, int submittedReflections) implements Serializable {

    public Progress {
        if (sessions < 0 || held < 0 || held > sessions || attended < 0 || attended > held
                || minAttendancePercent < 0 || minAttendancePercent > 100
                || submittedReflections < 0 || submittedReflections > requiredReflections) {
            throw new IllegalArgumentException("inconsistent progress");
        }
    }

    /** Sessions to attend in all: the minimum share of the course's sessions, rounded up. */
    public int sessionsNeeded() {
        return (sessions * minAttendancePercent + 99) / 100;
    }

    /** Sessions still to attend to reach the minimum (0 once reached). */
    public int sessionsStillNeeded() {
        return (int) Math.max(0, sessionsNeeded() - attended);
    }

    /** Coming sessions the participant can miss and still reach the minimum; negative when no longer reachable. */
    public int absencesLeft() {
        return (sessions - held) - sessionsStillNeeded();
    }

    public boolean attendanceReachable() {
        return absencesLeft() >= 0;
    }

    public int reflectionsMissing() {
        return requiredReflections - submittedReflections;
    }

    /** Everything the completion rule asks is done. */
    public boolean complete() {
        return sessionsStillNeeded() == 0 && reflectionsMissing() == 0;
    }
}
