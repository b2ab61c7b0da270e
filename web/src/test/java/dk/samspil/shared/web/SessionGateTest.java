package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionGateTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void requestsOfOneSessionAreInsideOneAtATime() throws Exception {
        SessionGate gate = new SessionGate();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                requests.add(threads.submit(() -> {
                    start.await();
                    boolean entered = gate.enter("s1", LONG);
                    try {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(1);
                        inside.decrementAndGet();
                    } finally {
                        gate.leave("s1", entered);
                    }
                    return entered;
                }));
            }
            start.countDown();
            for (Future<Boolean> request : requests) {
                assertTrue(request.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, mostInside.get());
        assertEquals(0, gate.busySessions(), "a session nobody waits for holds no entry");
    }

    @Test
    void otherSessionsDoNotWait() throws Exception {
        SessionGate gate = new SessionGate();
        assertTrue(gate.enter("s1", LONG));
        assertTrue(gate.enter("s2", Duration.ZERO));
        assertEquals(2, gate.busySessions());
        gate.leave("s2", true);
        gate.leave("s1", true);
        assertEquals(0, gate.busySessions());
    }

    @Test
    void aRequestThatWaitedTooLongGivesUpAndLeavesTheHolderInside() throws Exception {
        SessionGate gate = new SessionGate();
        assertTrue(gate.enter("s1", LONG));
        assertFalse(gate.enter("s1", Duration.ofMillis(20)));
        gate.leave("s1", false);
        assertFalse(gate.tryEnter("s1"), "the first request is still inside");
        gate.leave("s1", true);
        assertTrue(gate.tryEnter("s1"));
        gate.leave("s1", true);
        assertEquals(0, gate.busySessions());
    }

    @Test
    void theSessionIdIsTheCookieWithoutTheNodeRoute() {
        assertEquals("abc", OneRequestPerSession.sessionId("abc.node1"));
        assertEquals("abc", OneRequestPerSession.sessionId("abc"));
        assertNull(OneRequestPerSession.sessionId(""));
        assertNull(OneRequestPerSession.sessionId(null));
    }

    @Test
    void onlyResourcesPassWithoutWaiting() {
        assertTrue(StaticResources.is("/jakarta.faces.resource/layout.css.xhtml"));
        assertTrue(StaticResources.is("/resources/img/logo.svg"));
        assertFalse(StaticResources.is("/participant/my-courses.xhtml"));
        assertFalse(StaticResources.is("/api/courses"));
    }
}
