package dk.samspil.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Real threads for a race against the real database: the tasks released at the same moment. */
final class Race {

    private Race() {
    }

    /** Runs the tasks at once; returns their results in the order of the tasks. */
    static List<Object> of(List<Callable<Object>> tasks) throws Exception {
        return of(tasks, tasks.size());
    }

    /** Runs the tasks on so many threads, released at the same moment; returns their results in order. */
    static List<Object> of(List<Callable<Object>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
