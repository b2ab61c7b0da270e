package dk.samspil.it;

import dk.samspil.catalog.control.CourseLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Takes two courses' locks in the order given, each caller waiting until both hold their first. */
@Stateless
@PermitAll
public class TwoCourses {

    @Inject
    CourseLock courseLock;

    @EJB
    TwoCourses self;

    public void lockBoth(String first, String second, CountDownLatch bothHoldOne, AtomicInteger runs)
            throws InterruptedException {
        runs.incrementAndGet();
        courseLock.lock(first);
        bothHoldOne.countDown();
        // On a run after a conflict the other has finished: the latch is open.
        bothHoldOne.await(5, TimeUnit.SECONDS);
        courseLock.lock(second);
    }

    /** The same inside a transaction that its caller began: the conflict is the caller's to run again. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lockBothWithin(String first, String second, CountDownLatch bothHoldOne, AtomicInteger runs)
            throws InterruptedException {
        lockBoth(first, second, bothHoldOne, runs);
    }

    public void lockBothInOne(String first, String second, CountDownLatch bothHoldOne, AtomicInteger runs,
                              AtomicInteger outerRuns) throws InterruptedException {
        outerRuns.incrementAndGet();
        self.lockBothWithin(first, second, bothHoldOne, runs);
    }
}
