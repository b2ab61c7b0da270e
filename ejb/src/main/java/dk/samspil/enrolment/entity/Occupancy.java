package dk.samspil.enrolment.entity;

/**
 * How full a course is at the moment its row is locked: seats taken, people in line and the
 * last place in line. Decisions about a new or freed seat are made from this, never from a
 * count read outside the lock.
 */
public record Occupancy(int maxParticipants, int waitingListCapacity, long seatsTaken, long waiting, long lastRank) {

    public boolean hasFreeSeat() {
        return seatsTaken < maxParticipants;
    }

    public boolean hasRoomInLine() {
        return waiting < waitingListCapacity;
    }

    public long freeSeats() {
        return Math.max(0, maxParticipants - seatsTaken);
    }

    /** The occupancy after one more person took a seat. */
    public Occupancy seated() {
        return new Occupancy(maxParticipants, waitingListCapacity, seatsTaken + 1, waiting, lastRank);
    }

    /** The occupancy after one more person joined the end of the line. */
    public Occupancy queued() {
        return new Occupancy(maxParticipants, waitingListCapacity, seatsTaken, waiting + 1, lastRank + 1);
    }
}
