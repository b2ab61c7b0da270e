package dk.samspil.shared.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One request at a time per session: {@link #enter} waits (at most a given time) while another
 * request of the same session is inside, {@link #leave} lets the next one in. Sessions nobody is
 * waiting for hold no entry, so the gate's size follows the requests in flight, not the sessions.
 */
final class SessionGate {

    /** A session's permit and how many requests hold or wait for it. */
    private static final class Entry {
        private final Semaphore permit = new Semaphore(1);
        private int users;
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Waits until no other request of the session is inside, or for {@code patience}; true when
     * the caller is inside alone, false when it gave up (it then {@link #leave}s with false).
     */
    boolean enter(String session, Duration patience) throws InterruptedException {
        Entry entry = join(session);
        try {
            return entry.permit.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            leave(session, false);
            throw e;
        }
    }

    /** Enters only if nobody else is inside, without waiting. */
    boolean tryEnter(String session) {
        if (join(session).permit.tryAcquire()) {
            return true;
        }
        leave(session, false);
        return false;
    }

    /** Ends what {@link #enter} or {@link #tryEnter} began; {@code inside} is what it answered. */
    void leave(String session, boolean inside) {
        entries.computeIfPresent(session, (id, entry) -> {
            if (inside) {
                entry.permit.release();
            }
            return --entry.users == 0 ? null : entry;
        });
    }

    /** Sessions with a request inside or waiting. */
    int busySessions() {
        return entries.size();
    }

    private Entry join(String session) {
        return entries.compute(session, (id, existing) -> {
            Entry entry = existing == null ? new Entry() : existing;
            entry.users++;
            return entry;
        });
    }
}
