package dk.samspil.finance.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Compiles the official validation rules (several seconds of one core) in the background, once per
 * server: half a minute after it starts ({@code samspil.finance.compile-rules-at-boot}, on unless
 * set to false, as the tests do), or else when someone first opens the dry run; a run that is
 * issued while they compile waits for them rather than compiling them a second time.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RulesWarmUp {

    private static final System.Logger LOG = System.getLogger(RulesWarmUp.class.getName());
    private static final long AFTER_BOOT_MS = 30_000;

    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch compiled = new CountDownLatch(1);

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleAfterBoot() {
        if (Boolean.parseBoolean(System.getProperty("samspil.finance.compile-rules-at-boot", "true"))) {
            timers.createSingleActionTimer(AFTER_BOOT_MS, new TimerConfig(null, false));
        }
    }

    @Timeout
    void afterBoot() {
        compileOnce();
    }

    @Asynchronous
    public void start() {
        compileOnce();
    }

    /** Waits (at most a minute) for a compilation under way; returns at once when none is. */
    public void awaitIfCompiling() {
        if (started.get()) {
            try {
                compiled.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void compileOnce() {
        if (started.compareAndSet(false, true)) {
            long begun = System.nanoTime();
            try {
                BisBillingRules.compile();
                LOG.log(System.Logger.Level.INFO, "Peppol BIS Billing 3.0 rules compiled in {0} ms",
                        (System.nanoTime() - begun) / 1_000_000);
            } finally {
                compiled.countDown();
            }
        }
    }
}
