package io.gli.examples;

import io.gli.Graph;
import io.gli.examples.Stopwatch.Timed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The guide's "Parallel Processing": nodes {@code node_i} with {@code value = i}, read by several
 * threads at once, each doubling the values of its share of the nodes.
 *
 * <p>A graph may be read by any number of threads (alongside one writer), so the threads share it
 * with no locking of their own. Two ways are shown: the guide's, splitting the node list into one
 * chunk per worker of a thread pool, and {@code graph.nodes().parallelStream()}, which leaves the
 * splitting to the common fork-join pool. Both give the sequential loop's result.
 *
 * <p>Prints the workers, the threads that did the work, and each way's sum and time, for example on
 * two cores:
 *
 * <pre>
 * 100,000 nodes, 2 workers
 * sequential:      sum 9,999,900,000 in 0.271s
 * thread pool:     sum 9,999,900,000 in 0.173s on 2 threads
 * parallel stream: sum 9,999,900,000 in 0.174s
 * </pre>
 *
 * Run with a node count as the only argument (default 100,000, the guide's).
 */
public final class ParallelProcessing {
    private ParallelProcessing() {}

    /**
     * The guide's pool size; fewer on a machine with fewer cores, as more would only take turns.
     */
    static final int MAX_WORKERS = 4;

    /**
     * What the example computed, sequentially and in parallel.
     *
     * @param workers the thread pool's size
     * @param sequential every node's doubled value, in node order, computed by one thread
     * @param pooled the same computed by the pool, chunk after chunk, so in node order too
     * @param threadsUsed how many distinct threads the pool's chunks ran on
     * @param streamSum the sum of the doubled values computed by a parallel stream
     */
    public record Result(
            int workers,
            List<Long> sequential,
            Duration sequentialTime,
            List<Long> pooled,
            Duration pooledTime,
            int threadsUsed,
            long streamSum,
            Duration streamTime) {

        public long sequentialSum() {
            return sequential.stream().mapToLong(Long::longValue).sum();
        }

        public long pooledSum() {
            return pooled.stream().mapToLong(Long::longValue).sum();
        }
    }

    public static void main(String[] args) {
        int nodes = Arguments.size(args, 100_000);
        Result result = run(Iteration.build(nodes), defaultWorkers());
        System.out.printf(Locale.ROOT, "%,d nodes, %d workers%n", nodes, result.workers());
        System.out.printf(
                Locale.ROOT,
                "sequential:      sum %,d in %s%n",
                result.sequentialSum(),
                Stopwatch.seconds(result.sequentialTime()));
        System.out.printf(
                Locale.ROOT,
                "thread pool:     sum %,d in %s on %d threads%n",
                result.pooledSum(),
                Stopwatch.seconds(result.pooledTime()),
                result.threadsUsed());
        System.out.printf(
                Locale.ROOT,
                "parallel stream: sum %,d in %s%n",
                result.streamSum(),
                Stopwatch.seconds(result.streamTime()));
    }

    /** {@link #MAX_WORKERS}, or the number of cores if that is smaller. */
    public static int defaultWorkers() {
        return Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Doubles every node's {@code value} the three ways, the pool having {@code workers} threads.
     */
    public static Result run(Graph graph, int workers) {
        Timed<List<Long>> sequential = Stopwatch.time(() -> doubled(graph, graph.nodes()));
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Timed<List<Long>> pooled = Stopwatch.time(() -> inThreadPool(graph, workers, threads));
        Timed<Long> stream =
                Stopwatch.time(
                        () ->
                                graph.nodes().parallelStream()
                                        .mapToLong(id -> 2 * value(graph, id))
                                        .sum());
        return new Result(
                workers,
                sequential.value(),
                sequential.elapsed(),
                pooled.value(),
                pooled.elapsed(),
                threads.size(),
                stream.value(),
                stream.elapsed());
    }

    /** The guide's way: one chunk of the node list per worker, results gathered in chunk order. */
    private static List<Long> inThreadPool(Graph graph, int workers, Set<Thread> threadsUsed) {
        List<String> ids = graph.nodes();
        int chunkSize = Math.max(1, (ids.size() + workers - 1) / workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<List<Long>>> chunks = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += chunkSize) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + chunkSize));
                chunks.add(
                        pool.submit(
                                () -> {
                                    threadsUsed.add(Thread.currentThread());
                                    return doubled(graph, chunk);
                                }));
            }
            List<Long> results = new ArrayList<>(ids.size());
            for (Future<List<Long>> chunk : chunks) {
                results.addAll(chunk.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static List<Long> doubled(Graph graph, List<String> ids) {
        List<Long> results = new ArrayList<>(ids.size());
        for (String id : ids) {
            results.add(2 * value(graph, id));
        }
        return results;
    }

    private static long value(Graph graph, String id) {
        return graph.nodeLong(id, "value").orElseThrow();
    }
}
