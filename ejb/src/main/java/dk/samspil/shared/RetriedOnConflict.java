package dk.samspil.shared;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a transaction again as a whole when it lost a write conflict ({@link WriteConflicts}): the one
 * place where Samspil retries. It is a WildFly <em>container</em> interceptor on every EJB
 * ({@code META-INF/jboss-ejb3.xml}), so it runs outside the container's transaction: the commit, where
 * Galera reports a lost certification, has happened (and failed) by the time the call returns here.
 * <p>
 * Only an invocation that begins its own container-managed transaction is run again: one called
 * inside another transaction leaves the conflict to the invocation that began that one, and one
 * that runs without a transaction ({@code NOT_SUPPORTED}, {@code NEVER}, {@code SUPPORTS} outside
 * one, bean-managed) is where side effects that must not happen twice live: mails are sent from
 * such methods, after the transaction that recorded them committed.
 */
public class RetriedOnConflict {

    private static final Logger LOG = Logger.getLogger(RetriedOnConflict.class.getName());
    private static final Map<Method, Boolean> BEGINS_TRANSACTION = new ConcurrentHashMap<>();
    private static final LongAdder RETRIES = new LongAdder();
    private static volatile Consumer<Method> onRetry = method -> { };

    private final WriteConflicts rules = WriteConflicts.STANDARD;
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object runAgainOnConflict(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (method == null || !beginsTransaction(method) || transactions().getTransactionKey() != null) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (!rules.runAgain(attempt, e)) {
                    if (attempt == rules.attempts() && WriteConflicts.lost(e)) {
                        LOG.warning(() -> method.getDeclaringClass().getSimpleName() + "." + method.getName()
                                + " failed after " + rules.attempts() + " attempts, each losing a write conflict: "
                                + DatabaseFailures.describe(e));
                    }
                    throw e;
                }
                RETRIES.increment();
                onRetry.accept(method);
                Duration pause = rules.pauseAfter(attempt, ThreadLocalRandom.current());
                int lost = attempt;
                LOG.log(Level.FINE, () -> method.getDeclaringClass().getSimpleName() + "." + method.getName()
                        + " lost a write conflict (attempt " + lost + "), runs again in " + pause.toMillis() + " ms");
                Thread.sleep(pause.toMillis());
            }
        }
    }

    /** Transactions run again since the server started. */
    public static long retries() {
        return RETRIES.sum();
    }

    /** Told of each retry (the metrics); set once the application has started. */
    public static void onRetry(Consumer<Method> listener) {
        onRetry = listener;
    }

    /**
     * Whether a call to {@code method} with no transaction on the thread begins one: container-managed,
     * and {@code REQUIRED} (the default) or {@code REQUIRES_NEW}, on the method or else its class.
     */
    static boolean beginsTransaction(Method method) {
        return BEGINS_TRANSACTION.computeIfAbsent(method, m -> {
            Class<?> bean = m.getDeclaringClass();
            TransactionManagement management = bean.getAnnotation(TransactionManagement.class);
            if (management != null && management.value() == TransactionManagementType.BEAN) {
                return false;
            }
            TransactionAttribute attribute = m.getAnnotation(TransactionAttribute.class);
            if (attribute == null) {
                attribute = bean.getAnnotation(TransactionAttribute.class);
            }
            TransactionAttributeType type = attribute == null ? TransactionAttributeType.REQUIRED : attribute.value();
            return type == TransactionAttributeType.REQUIRED || type == TransactionAttributeType.REQUIRES_NEW;
        });
    }

    private TransactionSynchronizationRegistry transactions() throws NamingException {
        if (transactions == null) {
            // A container interceptor runs before the component's naming context is set up: the server's own name.
            transactions = InitialContext.doLookup("java:jboss/TransactionSynchronizationRegistry");
        }
        return transactions;
    }
}
