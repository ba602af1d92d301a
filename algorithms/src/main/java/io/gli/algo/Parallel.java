package io.gli.algo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work over node ranges on several threads so that the result cannot depend on the thread
 * count: the range {@code [0, n)} is cut into chunks of a fixed size ({@link #CHUNK}), independent
 * of the threads; each chunk is one task; a value summed over the nodes is summed per chunk, then
 * the chunk sums in chunk order. Whatever thread runs a chunk, the floating-point operations and
 * their order are the same.
 */
final class Parallel {
    /** Nodes per chunk: large enough to amortize a task, small enough to balance skewed degrees. */
    static final int CHUNK = 4096;

    /**
     * How long the caller's thread waits for workers between two runs of a {@code whileWaiting}
     * action: often enough for a progress line, rarely enough to cost nothing.
     */
    static final long POLL_MILLIS = 100;

    private Parallel() {}

    /** The body of one chunk, nodes {@code [begin, end)}; returns the chunk's partial sum. */
    @FunctionalInterface
    interface ChunkSum {
        double run(int begin, int end);
    }

    /** The number of threads "all cores" means. */
    static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Throws unless {@code threads} is at least 1. */
    static int requireThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; expected at least 1");
        }
        return threads;
    }

    /** One task of {@link #forEach}, by its number. */
    @FunctionalInterface
    interface Task {
        void run(int task);
    }

    /**
     * Runs {@code body} over every chunk of {@code [0, n)} on {@code threads} threads (the caller's
     * own thread alone when 1) and returns the chunk sums added in chunk order. An exception of a
     * chunk is rethrown on the caller's thread; an interrupt of the caller's thread stops the
     * remaining chunks and throws {@link CancellationException}.
     */
    static double sumChunks(int n, int threads, String algorithm, ChunkSum body) {
        int chunks = (int) ((n + (long) CHUNK - 1) / CHUNK);
        double[] sums = new double[chunks];
        forEach(
                chunks,
                threads,
                algorithm,
                c -> sums[c] = body.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK)));
        double total = 0;
        for (double sum : sums) {
            total += sum;
        }
        return total;
    }

    /**
     * Runs tasks {@code 0} to {@code tasks - 1}, each once, on up to {@code threads} threads (on
     * the caller's own thread when 1 or when there is one task), each thread taking the next task
     * not yet taken. What a task writes it must write to its own place: the caller combines the
     * places in task order afterwards. An exception of a task is rethrown on the caller's thread;
     * an interrupt of the caller's thread stops the remaining tasks and throws {@link
     * CancellationException}.
     */
    static void forEach(int tasks, int threads, String algorithm, Task task) {
        forEach(tasks, threads, algorithm, task, null);
    }

    /**
     * As {@link #forEach(int, int, String, Task)}, and while the caller's thread waits for worker
     * threads it runs {@code whileWaiting} (unless null) every {@link #POLL_MILLIS} ms, on the
     * caller's thread alone, never concurrently. When the tasks run on the caller's own thread it
     * is not run. An exception it throws stops the workers and propagates out of this method.
     */
    static void forEach(
            int tasks, int threads, String algorithm, Task task, Runnable whileWaiting) {
        if (threads == 1 || tasks <= 1) {
            for (int t = 0; t < tasks; t++) {
                Interrupts.check(algorithm);
                task.run(t);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, tasks);
        ExecutorService pool = Executors.newFixedThreadPool(workers, Parallel::daemon);
        try {
            List<Future<?>> running = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                running.add(
                        pool.submit(
                                () -> {
                                    for (int t = next.getAndIncrement();
                                            t < tasks && !Thread.currentThread().isInterrupted();
                                            t = next.getAndIncrement()) {
                                        task.run(t);
                                    }
                                }));
            }
            for (Future<?> worker : running) {
                if (whileWaiting == null) {
                    worker.get();
                    continue;
                }
                while (true) {
                    try {
                        worker.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        whileWaiting.run();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(algorithm + " stopped: its thread was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        Interrupts.check(algorithm);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "gli-algo-worker");
        thread.setDaemon(true);
        return thread;
    }
}
