package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The large-graph check: 10 million nodes and 50 million edges on the optimized backend within a
 * 4 GB heap, built with the bulk API in chunks, then checked by counts and by sampled lookups,
 * neighbor lists and degrees against what the construction implies.
 *
 * <p>Not part of {@code mvn verify}: the {@code large-graphs} profile of this module runs it, in a
 * test JVM with {@code -Xmx4g} (see the root README). The sizes can be lowered with
 * {@code -Dgli.large.nodes=...} and {@code -Dgli.large.edges=...} to try the test itself quickly.
 */
class LargeGraphTest {
    private static final int NODES = Integer.getInteger("gli.large.nodes", 10_000_000);
    private static final int EDGES = Integer.getInteger("gli.large.edges", 50_000_000);
    private static final int CHUNK = 1_000_000;
    private static final int SAMPLES = 2_000;

    /** Edges per node: node s has edges to s + OFFSET[j] (mod NODES), j in order. */
    private static final int FAN_OUT = 5;
    /** Spread over the whole ID range, so adjacency is not merely local; distinct and non-zero. */
    private final int[] offsets = new int[FAN_OUT];

    private static String id(int i) {
        return "n" + i;
    }

    /** The k-th edge: from k / FAN_OUT, through offset k % FAN_OUT. */
    private int target(long k) {
        int source = (int) (k / FAN_OUT);
        return (int) ((source + (long) offsets[(int) (k % FAN_OUT)]) % NODES);
    }

    /** A list of IDs computed on demand, so the test holds no copy of ten million strings. */
    private static List<String> view(int size, java.util.function.IntFunction<String> at) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return at.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Test
    void tenMillionNodesAndFiftyMillionEdges() {
        assertEquals((long) NODES * FAN_OUT, EDGES, "the construction gives every node " + FAN_OUT + " out-edges");
        for (int j = 0; j < FAN_OUT; j++) {
            offsets[j] = 1 + j * (NODES / FAN_OUT) + j;
        }
        long start = System.nanoTime();
        Graph graph = Graph.builder().backend(OptimizedBackend.NAME).expectedNodes(NODES).expectedEdges(EDGES).open();

        for (int from = 0; from < NODES; from += CHUNK) {
            int base = from;
            int size = Math.min(CHUNK, NODES - from);
            List<Long> groups = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                groups.add((long) ((base + i) % 100));
            }
            graph.addNodes(view(size, i -> id(base + i)), Map.of("group", groups));
        }
        long nodesDone = System.nanoTime();

        for (long from = 0; from < EDGES; from += CHUNK) {
            long base = from;
            int size = (int) Math.min(CHUNK, EDGES - from);
            graph.addEdges(view(size, i -> id((int) ((base + i) / FAN_OUT))), view(size, i -> id(target(base + i))), Map.of());
        }
        long edgesDone = System.nanoTime();

        assertEquals(NODES, graph.nodeCount());
        assertEquals(EDGES, graph.edgeCount());
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < SAMPLES; n++) {
            checkNode(graph, random.nextInt(NODES));
        }
        checkNode(graph, 0);
        checkNode(graph, NODES - 1);
        for (int n = 0; n < SAMPLES; n++) {
            int s = random.nextInt(NODES);
            int t = random.nextInt(NODES);
            boolean expected = false;
            for (int offset : offsets) {
                expected |= (s + (long) offset) % NODES == t;
            }
            assertEquals(expected, graph.hasEdge(id(s), id(t)), () -> "hasEdge " + s + " -> " + t);
        }
        assertFalse(graph.hasNode(id(NODES)));
        long checked = System.nanoTime();

        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("large graph: %,d nodes, %,d edges; nodes %.1f s, edges %.1f s, checks %.1f s, total %.1f s;"
                        + " heap after GC %,d MB, sum of heap pool peaks %,d MB, max heap %,d MB%n",
                NODES, EDGES, (nodesDone - start) / 1e9, (edgesDone - nodesDone) / 1e9, (checked - edgesDone) / 1e9,
                (checked - start) / 1e9, retained >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertTrue(graph.hasNode(id(0)), "keeps the graph reachable until the heap was measured");
    }

    private void checkNode(Graph graph, int node) {
        String id = id(node);
        assertTrue(graph.hasNode(id), id);
        assertEquals(OptionalLong.of(node % 100), graph.nodeLong(id, "group"), id);
        List<String> successors = new ArrayList<>();
        for (int j = 0; j < FAN_OUT; j++) {
            successors.add(id(target((long) node * FAN_OUT + j)));
        }
        // Node t's in-edges come from t - offset[j], in the order those edges were added.
        List<Long> inEdges = new ArrayList<>();
        for (int j = 0; j < FAN_OUT; j++) {
            long source = Math.floorMod(node - (long) offsets[j], NODES);
            inEdges.add(source * FAN_OUT + j);
        }
        inEdges.sort(null);
        List<String> predecessors = inEdges.stream().map(k -> id((int) (k / FAN_OUT))).toList();
        LinkedHashSet<String> neighbors = new LinkedHashSet<>(successors);
        neighbors.addAll(predecessors);

        assertEquals(successors, graph.successors(id), () -> "successors of " + id);
        assertEquals(predecessors, graph.predecessors(id), () -> "predecessors of " + id);
        assertEquals(List.copyOf(neighbors), graph.neighbors(id), () -> "neighbors of " + id);
        assertEquals(FAN_OUT, graph.outDegree(id), id);
        assertEquals(FAN_OUT, graph.inDegree(id), id);
        assertEquals(neighbors.size(), graph.degree(id), id);
        assertTrue(graph.hasEdge(id, successors.get(0)));
        assertEquals(Map.of(), graph.edgeAttributes(id, successors.get(FAN_OUT - 1)));
    }
}
