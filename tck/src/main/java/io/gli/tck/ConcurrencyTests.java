package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gli.BatchException;
import io.gli.Capability;
import io.gli.Edge;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.Node;
import io.gli.NodeNotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
            Thread thread =
                    new Thread(
                            () -> {
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
            AssertionError error =
                    new AssertionError(
                            failures.size() + " thread(s) failed; first: " + failures.peek());
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }

    /**
     * Runs {@code writer} once and, each on a thread of its own until the writer is done, every one
     * of {@code reads} again and again (at least once); rethrows the first failure.
     */
    static void whileWriting(Runnable writer, List<Runnable> reads) throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(
                () -> {
                    try {
                        writer.run();
                    } finally {
                        done.set(true);
                    }
                });
        for (Runnable read : reads) {
            tasks.add(
                    () -> {
                        do {
                            read.run();
                        } while (!done.get());
                    });
        }
        runTogether(tasks);
    }

    @GraphTest
    void concurrentWritersLoseNothing(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        graph.addNode("hub");
        int perThread = 300;
        List<Runnable> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String prefix = "t" + t + "-";
            writers.add(
                    () -> {
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
            mergers.add(
                    () -> {
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
            assertEquals(
                    THREADS,
                    graph.nodeAttributes("shared" + i).size(),
                    "every merge kept the others' attributes");
        }
    }

    @GraphTest
    void readersNeverSeePartOfABatch(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        int batches = 150;
        int perBatch = 20;
        Runnable read =
                () -> {
                    List<String> nodes = graph.nodes();
                    List<Edge> edges = graph.edges();
                    assertEquals(
                            0, nodes.size() % perBatch, () -> "saw " + nodes.size() + " nodes");
                    assertEquals(
                            0,
                            edges.size() % (perBatch - 1),
                            () -> "saw " + edges.size() + " edges");
                    int count = graph.nodeCount();
                    assertEquals(0, count % perBatch, () -> "nodeCount() " + count);
                    assertEquals(0, graph.findNodes(Map.of("batch", 0)).size() % perBatch);
                };
        writeRoundsWhileReading(
                graph,
                batches,
                perBatch,
                batch ->
                        graph.batch(
                                ops -> {
                                    for (int i = 0; i < perBatch; i++) {
                                        ops.addNode("b" + batch + "-" + i, Map.of("batch", batch));
                                        if (i > 0) {
                                            ops.addEdge(
                                                    "b" + batch + "-" + (i - 1),
                                                    "b" + batch + "-" + i);
                                        }
                                    }
                                }),
                read);
        assertEquals(batches * (perBatch - 1), graph.edgeCount());
    }

    @GraphTest
    void readersNeverSeePartOfABulkOperation(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        int size = 8;
        writeRoundsWhileReading(
                graph,
                200,
                size,
                r -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        ids.add("r" + r + "-" + i);
                    }
                    graph.addNodes(ids);
                },
                () -> {
                    int count = graph.nodeCount();
                    assertEquals(0, count % size, () -> "nodeCount() " + count);
                    assertEquals(0, graph.nodes().size() % size);
                });
    }

    /**
     * Writes rounds 0 to {@code rounds - 1} with {@code writeRound}, each adding {@code size} nodes
     * at once, while the other threads run {@code read} again and again; then all the nodes are
     * there.
     */
    private static void writeRoundsWhileReading(
            Graph graph, int rounds, int size, IntConsumer writeRound, Runnable read)
            throws InterruptedException {
        whileWriting(
                () -> {
                    for (int r = 0; r < rounds; r++) {
                        writeRound.accept(r);
                    }
                },
                Collections.nCopies(THREADS - 1, read));
        assertEquals(rounds * size, graph.nodeCount());
    }

    // ---- mixed load: one writer of every kind of change, readers of every kind of read

    /** Nodes per group; a group is a ring of this many nodes and edges, added and removed whole. */
    private static final int GROUP = 4;

    /**
     * The writer's rounds: bounded by count, so the test's length does not depend on the machine.
     */
    private static final int ROUNDS = 2_000;

    /**
     * A safety bound only: the writer stops early (and the checks still run) if a slow machine gets
     * here.
     */
    private static final long MAX_WRITER_NANOS = 30_000_000_000L;

    private static String member(int group, int i) {
        return "g" + group + "-" + i;
    }

    /** The group and position encoded in a member's ID, or null for another node. */
    private static int[] parseMember(String id) {
        if (!id.startsWith("g")) {
            return null;
        }
        int dash = id.indexOf('-');
        return new int[] {
            Integer.parseInt(id.substring(1, dash)), Integer.parseInt(id.substring(dash + 1))
        };
    }

    /**
     * The writer adds groups (a batch: {@value #GROUP} nodes and the ring of edges joining them),
     * re-versions whole groups (a batch updating every node and edge of one group), in {@link
     * #readersSeeOnlyWholeBatchesUnderMixedLoadWithRemovals} removes whole groups (a batch), stages
     * batches that fail part-way or are aborted by its own code, and ticks a clock node with single
     * calls. Readers, at the same time, run every kind of read and check what they see: every group
     * whole and of one version in each snapshot, counts that are multiples of the group size, a
     * ring member's neighbors and degrees exactly as a ring's are (or the member gone entirely), a
     * clock that never goes back, nothing from a failed batch, and no exception but a not-found for
     * something removed meanwhile.
     */
    @GraphTest
    void readersSeeOnlyWholeBatchesUnderMixedLoad(Fixture fixture) throws InterruptedException {
        runMixedLoad(fixture, false);
    }

    /** {@link #readersSeeOnlyWholeBatchesUnderMixedLoad}, the writer also removing whole groups. */
    @GraphTest
    @Requires(Capability.REMOVAL)
    void readersSeeOnlyWholeBatchesUnderMixedLoadWithRemovals(Fixture fixture)
            throws InterruptedException {
        runMixedLoad(fixture, true);
    }

    private static void runMixedLoad(Fixture fixture, boolean removal) throws InterruptedException {
        Graph graph = fixture.open();
        boolean directed = fixture.directed();
        graph.addNode("clock", Map.of("t", 0));
        AtomicLong writes = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicLong notFound = new AtomicLong();
        List<Runnable> readers = new ArrayList<>();
        for (int r = 0; r < THREADS - 1; r++) {
            SplittableRandom random = new SplittableRandom(r);
            long[] lastClock = {0};
            readers.add(
                    () ->
                            lastClock[0] =
                                    readOnce(
                                            graph,
                                            directed,
                                            random,
                                            lastClock[0],
                                            reads,
                                            notFound));
        }
        long start = System.nanoTime();
        whileWriting(() -> write(graph, removal, writes), readers);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "mixed load [%s%s]: 1 writer + %d readers, %,d writes (%,d operations incl. staged),"
                        + " %,d reads (%,d found removed meanwhile), %,d ms%n",
                fixture,
                removal ? ", with removals" : "",
                THREADS - 1,
                ROUNDS,
                writes.get(),
                reads.get(),
                notFound.get(),
                millis);
        assertTrue(reads.get() > 0, "the readers ran");
        // At rest, the survivors are whole rings of the version last written.
        Map<Integer, List<String>> groups =
                graph.nodes().stream()
                        .filter(id -> parseMember(id) != null)
                        .collect(Collectors.groupingBy(id -> parseMember(id)[0]));
        groups.values()
                .forEach(members -> assertEquals(GROUP, members.size(), () -> "group " + members));
        assertEquals(GROUP * groups.size(), graph.edgeCount());
    }

    private static void write(Graph graph, boolean removal, AtomicLong writes) {
        SplittableRandom random = new SplittableRandom(99);
        List<Integer> live = new ArrayList<>();
        long deadline = System.nanoTime() + MAX_WRITER_NANOS;
        for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
            int group = round;
            graph.batch(
                    b -> {
                        for (int i = 0; i < GROUP; i++) {
                            b.addNode(member(group, i), Map.of("group", group, "version", 0));
                        }
                        for (int i = 0; i < GROUP; i++) {
                            b.addEdge(
                                    member(group, i),
                                    member(group, (i + 1) % GROUP),
                                    Map.of("group", group, "version", 0));
                        }
                    });
            writes.addAndGet(2 * GROUP);
            live.add(group);
            graph.setNodeAttribute("clock", "t", round + 1);
            writes.incrementAndGet();
            int target = live.get(random.nextInt(live.size()));
            int version = round + 1;
            graph.batch(
                    b -> {
                        for (int i = 0; i < GROUP; i++) {
                            b.updateNodeAttributes(member(target, i), Map.of("version", version));
                            b.setEdgeAttribute(
                                    member(target, i),
                                    member(target, (i + 1) % GROUP),
                                    "version",
                                    version);
                        }
                    });
            writes.addAndGet(2 * GROUP);
            // A batch that fails part-way, and one the writer's own code aborts: neither may show.
            try {
                graph.batch(
                        b ->
                                b.addNode("failed" + group)
                                        .updateNodeAttributes(
                                                member(target, 0), Map.of("version", -1))
                                        .addEdge("failed" + group, "nowhere"));
                fail("the batch should have failed");
            } catch (BatchException expected) {
                // nothing applied
            }
            try {
                graph.batch(
                        b -> {
                            b.addNode("aborted" + group)
                                    .setNodeAttribute(member(target, 1), "version", -1);
                            throw new IllegalStateException("aborted by the writer");
                        });
            } catch (IllegalStateException expected) {
                // nothing applied
            }
            writes.addAndGet(5);
            if (removal && live.size() > 8) {
                int gone = live.remove(random.nextInt(live.size()));
                graph.batch(
                        b -> {
                            for (int i = 0; i < GROUP; i++) {
                                b.removeNode(member(gone, i));
                            }
                        });
                writes.addAndGet(GROUP);
            }
        }
    }

    /** One pass of every kind of read, with its checks; returns the clock value seen. */
    private static long readOnce(
            Graph graph,
            boolean directed,
            SplittableRandom random,
            long lastClock,
            AtomicLong reads,
            AtomicLong notFound) {
        // Whole-graph snapshots: each taken in one read, so each must show whole groups of one
        // version.
        List<String> nodes = graph.nodes();
        assertWholeGroups(
                nodes.stream().filter(id -> parseMember(id) != null).toList(),
                id -> parseMember(id)[0],
                "nodes()");
        assertTrue(
                nodes.stream().noneMatch(id -> id.startsWith("failed") || id.startsWith("aborted")),
                "a failed or aborted batch showed in nodes()");
        int nodeCount = graph.nodeCount();
        assertEquals(
                1,
                nodeCount % GROUP,
                () -> "nodeCount() " + nodeCount + " is not whole groups plus the clock");
        int edgeCount = graph.edgeCount();
        assertEquals(
                0, edgeCount % GROUP, () -> "edgeCount() " + edgeCount + " is not whole rings");
        List<Edge> edges = graph.edges();
        assertWholeGroups(edges, e -> ((Long) e.attributes().get("group")).intValue(), "edges()");
        assertOneVersionPerGroup(edges.stream().map(Edge::attributes).toList(), "edges()");
        List<Map<String, Object>> attributes = new ArrayList<>();
        graph.findNodes(
                (Node node) -> {
                    if (node.attributes().containsKey("group")) {
                        attributes.add(node.attributes());
                    }
                    return false;
                });
        assertOneVersionPerGroup(attributes, "findNodes(predicate)");
        assertTrue(
                graph.findNodes(Map.of("version", -1)).isEmpty(), "a failed batch's update showed");
        assertTrue(
                graph.findEdges(Map.of("version", -1)).isEmpty(), "a failed batch's update showed");
        long clock = graph.nodeLong("clock", "t").orElseThrow();
        assertTrue(
                clock >= lastClock, () -> "the clock went back from " + lastClock + " to " + clock);
        reads.addAndGet(9);

        // Point reads of one ring member, which may be removed at any moment: exact, or not found.
        if (nodes.size() > 1) {
            String id = nodes.get(1 + random.nextInt(nodes.size() - 1));
            int[] at = parseMember(id);
            String next = member(at[0], (at[1] + 1) % GROUP);
            String previous = member(at[0], (at[1] + GROUP - 1) % GROUP);
            List<Supplier<Object>> checks =
                    List.of(
                            () ->
                                    assertEqualsAndReturn(
                                            directed ? List.of(next) : null,
                                            graph.successors(id),
                                            id,
                                            "successors"),
                            () ->
                                    assertEqualsAndReturn(
                                            directed ? List.of(previous) : null,
                                            graph.predecessors(id),
                                            id,
                                            "predecessors"),
                            () ->
                                    assertEqualsAndReturn(
                                            Set.of(next, previous),
                                            new HashSet<>(graph.neighbors(id)),
                                            id,
                                            "neighbors"),
                            () -> assertEqualsAndReturn(2, graph.degree(id), id, "degree"),
                            () ->
                                    assertEqualsAndReturn(
                                            directed ? 1 : 2, graph.outDegree(id), id, "outDegree"),
                            () ->
                                    assertEqualsAndReturn(
                                            directed ? 1 : 2, graph.inDegree(id), id, "inDegree"),
                            () ->
                                    assertEqualsAndReturn(
                                            (long) at[0],
                                            graph.nodeLong(id, "group").orElseThrow(),
                                            id,
                                            "group"),
                            () ->
                                    assertEqualsAndReturn(
                                            Set.of("group", "version"),
                                            graph.nodeAttributes(id).keySet(),
                                            id,
                                            "keys"),
                            () ->
                                    assertEqualsAndReturn(
                                            (long) at[0],
                                            graph.edgeAttributes(id, next).get("group"),
                                            id,
                                            "edge"),
                            () ->
                                    assertEqualsAndReturn(
                                            true,
                                            graph.edgeLong(previous, id, "version").isPresent(),
                                            id,
                                            "edgeLong"),
                            () -> List.of(graph.hasNode(id), graph.hasEdge(id, next)));
            for (Supplier<Object> check : checks) {
                try {
                    Object unused = check.get();
                } catch (NodeNotFoundException | EdgeNotFoundException removedMeanwhile) {
                    notFound.incrementAndGet();
                }
                reads.incrementAndGet();
            }
        }
        return clock;
    }

    private static Object assertEqualsAndReturn(
            Object expected, Object actual, String id, String what) {
        if (expected != null) {
            assertEquals(expected, actual, () -> what + " of " + id);
        }
        return actual;
    }

    private static <T> void assertWholeGroups(
            List<T> items, java.util.function.Function<T, Integer> group, String what) {
        Map<Integer, Long> sizes =
                items.stream().collect(Collectors.groupingBy(group, Collectors.counting()));
        sizes.forEach(
                (g, size) -> assertEquals(GROUP, size, () -> what + " shows part of group " + g));
    }

    private static void assertOneVersionPerGroup(
            List<Map<String, Object>> attributes, String what) {
        Map<Object, Object> versions = new HashMap<>();
        for (Map<String, Object> map : attributes) {
            Object previous = versions.putIfAbsent(map.get("group"), map.get("version"));
            if (previous != null) {
                assertEquals(
                        previous,
                        map.get("version"),
                        () -> what + " shows two versions of group " + map.get("group"));
            }
        }
    }

    // ---- parallel streams

    /**
     * The parallel processing pattern: a parallel stream over {@code nodes()} whose workers read
     * the graph (degrees, attributes, neighbor lists) while a writer keeps adding to it. Every
     * worker's results about the nodes it was given equal the sequential ones, and none fails.
     */
    @GraphTest
    void parallelStreamOverTheNodesWhileAWriterWrites(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            graph.addNode("p" + i, Map.of("score", i % 97));
        }
        for (int i = 0; i < n; i++) {
            graph.addEdge("p" + i, "p" + (i + 1) % n);
            graph.addEdge("p" + i, "p" + (i + 7) % n, Map.of("w", i));
        }
        List<String> nodes = graph.nodes();
        Map<String, Integer> sequentialDegrees = new HashMap<>();
        long sequentialScore = 0;
        for (String id : nodes) {
            sequentialDegrees.put(id, graph.degree(id));
            sequentialScore +=
                    graph.nodeLong(id, "score").orElseThrow() * graph.neighbors(id).size();
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Thread writer =
                new Thread(
                        () -> {
                            for (int i = 0; !done.get() && i < 20_000; i++) {
                                // Only new nodes are touched, so the workers' answers about the
                                // others stay fixed.
                                graph.addNode("w" + i, Map.of("score", 1));
                                if (i > 0) {
                                    graph.addEdge("w" + i, "w" + (i - 1), Map.of());
                                }
                                written.incrementAndGet();
                            }
                        });
        int passes = 0;
        try {
            writer.start();
            ForkJoinPool pool = new ForkJoinPool(THREADS);
            try {
                for (int pass = 0; pass < 5; pass++) {
                    Map<String, Integer> degrees =
                            pool.submit(
                                            () ->
                                                    nodes.parallelStream()
                                                            .collect(
                                                                    Collectors.toConcurrentMap(
                                                                            id -> id,
                                                                            graph::degree)))
                                    .join();
                    assertEquals(sequentialDegrees, degrees, "degrees computed in parallel");
                    long score =
                            pool.submit(
                                            () ->
                                                    nodes.parallelStream()
                                                            .mapToLong(
                                                                    id ->
                                                                            graph.nodeLong(
                                                                                                    id,
                                                                                                    "score")
                                                                                            .orElseThrow()
                                                                                    * graph.neighbors(
                                                                                                    id)
                                                                                            .size())
                                                            .sum())
                                    .join();
                    assertEquals(sequentialScore, score, "an aggregate computed in parallel");
                    passes++;
                }
            } finally {
                pool.shutdown();
            }
        } finally {
            done.set(true);
            writer.join();
        }
        assertEquals(5, passes);
        assertEquals(n + written.get(), graph.nodeCount(), "every write of the writer landed");
    }
}
