package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Edge;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threading contract, checked by outcome rather than timing: concurrent writes are serialized
 * (none is lost, each thread's own writes keep their order), readers running during writes never
 * fail and never see part of an operation or of a batch. A correct backend passes every run; a
 * broken one fails some runs.
 */
public class ConcurrencyTests {

    private static final int THREADS = 4;

    /** Runs every task on its own thread, all released at once; rethrows the first failure. */
    static void runTogether(List<Runnable> tasks) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    task.run();
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(failures.size() + " thread(s) failed; first: " + failures.peek());
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }

    @GraphTest
    void concurrentWritersLoseNothing(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        graph.addNode("hub");
        int perThread = 300;
        List<Runnable> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String prefix = "t" + t + "-";
            writers.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    graph.addNode(prefix + i, Map.of("i", i));
                    graph.addEdge("hub", prefix + i);
                    graph.setNodeAttribute("hub", prefix, i);
                }
            });
        }
        runTogether(writers);
        assertEquals(1 + THREADS * perThread, graph.nodeCount());
        assertEquals(THREADS * perThread, graph.edgeCount());
        for (int t = 0; t < THREADS; t++) {
            String prefix = "t" + t + "-";
            List<String> own = graph.nodes().stream().filter(id -> id.startsWith(prefix)).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                expected.add(prefix + i);
            }
            assertEquals(expected, own, "a thread's nodes keep the order it added them in");
            assertEquals((long) perThread - 1, graph.nodeAttributes("hub").get(prefix));
        }
    }

    @GraphTest
    void concurrentMergesCreateANodeExactlyOnce(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        AtomicInteger created = new AtomicInteger();
        int rounds = 200;
        List<Runnable> mergers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String key = "k" + t;
            mergers.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    if (graph.mergeNode("shared" + i, Map.of(key, i))) {
                        created.incrementAndGet();
                    }
                }
            });
        }
        runTogether(mergers);
        assertEquals(rounds, created.get(), "each node reported created exactly once");
        assertEquals(rounds, graph.nodeCount());
        for (int i = 0; i < rounds; i++) {
            assertEquals(THREADS, graph.nodeAttributes("shared" + i).size(), "every merge kept the others' attributes");
        }
    }

    @GraphTest
    void readersNeverSeePartOfABatch(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        int batches = 150;
        int perBatch = 20;
        AtomicBoolean done = new AtomicBoolean();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            try {
                for (int b = 0; b < batches; b++) {
                    int batch = b;
                    graph.batch(ops -> {
                        for (int i = 0; i < perBatch; i++) {
                            ops.addNode("b" + batch + "-" + i, Map.of("batch", batch));
                            if (i > 0) {
                                ops.addEdge("b" + batch + "-" + (i - 1), "b" + batch + "-" + i);
                            }
                        }
                    });
                }
            } finally {
                done.set(true);
            }
        });
        for (int r = 0; r < THREADS - 1; r++) {
            tasks.add(() -> {
                do {
                    List<String> nodes = graph.nodes();
                    List<Edge> edges = graph.edges();
                    assertEquals(0, nodes.size() % perBatch, () -> "saw " + nodes.size() + " nodes");
                    assertEquals(0, edges.size() % (perBatch - 1), () -> "saw " + edges.size() + " edges");
                    int count = graph.nodeCount();
                    assertEquals(0, count % perBatch, () -> "nodeCount() " + count);
                    assertEquals(0, graph.findNodes(Map.of("batch", 0)).size() % perBatch);
                } while (!done.get());
            });
        }
        runTogether(tasks);
        assertEquals(batches * perBatch, graph.nodeCount());
        assertEquals(batches * (perBatch - 1), graph.edgeCount());
    }

    @GraphTest
    void readersNeverSeePartOfABulkOperation(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        int rounds = 200;
        int size = 8;
        AtomicBoolean done = new AtomicBoolean();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            try {
                for (int r = 0; r < rounds; r++) {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        ids.add("r" + r + "-" + i);
                    }
                    graph.addNodes(ids);
                }
            } finally {
                done.set(true);
            }
        });
        for (int r = 0; r < THREADS - 1; r++) {
            tasks.add(() -> {
                do {
                    int count = graph.nodeCount();
                    assertEquals(0, count % size, () -> "nodeCount() " + count);
                    assertEquals(0, graph.nodes().size() % size);
                } while (!done.get());
            });
        }
        runTogether(tasks);
        assertEquals(rounds * size, graph.nodeCount());
    }
}
