package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Builds a large graph through the bulk API and checks it: node {@code i} is {@code "n" + i} with
 * attribute {@code group = i % 100}, and has {@value #FAN_OUT} out-edges, to {@code i + offset[j]}
 * (mod the node count) for j in order, the offsets spread over the whole range. Nodes and edges are
 * added in chunks with {@link Graph#addNodes(List, Map)} and {@link Graph#addEdges(List, List,
 * Map)}; the check compares counts, and for sampled nodes the exact successor, predecessor and
 * neighbor lists, degrees, attributes and edge lookups, with what the construction implies. {@link
 * LargeGraphTests} runs it at a million edges on every backend; a backend's own large-graph test
 * may run it far larger.
 */
public final class LargeGraphs {
    /** Out-edges per node. */
    public static final int FAN_OUT = 5;

    private static final int CHUNK = 1_000_000;

    private final Graph graph;
    private final int nodes;
    private final int[] offsets = new int[FAN_OUT];

    /**
     * Every node's ID, made once before the clock starts, so that the timings are the graph's and
     * not the formatting of the 120 million ID strings the rows name (about 2 seconds at 10 million
     * nodes on the development machine), as a loader holding its parsed IDs would call.
     */
    private final String[] ids;

    private LargeGraphs(Graph graph, int nodes) {
        if (nodes < 100) {
            throw new IllegalArgumentException("nodes is " + nodes + "; expected at least 100");
        }
        this.graph = graph;
        this.nodes = nodes;
        for (int j = 0; j < FAN_OUT; j++) {
            offsets[j] = 1 + j * (nodes / FAN_OUT) + j;
        }
        ids = new String[nodes];
        for (int i = 0; i < nodes; i++) {
            ids[i] = format(i);
        }
    }

    /** How long building and checking took. */
    public record Timings(double nodeSeconds, double edgeSeconds, double checkSeconds) {}

    /**
     * Adds {@code nodes} nodes and {@code nodes * FAN_OUT} edges to the empty {@code graph}, then
     * checks counts and {@code samples} sampled nodes and node pairs.
     */
    public static Timings buildAndCheck(Graph graph, int nodes, int samples) {
        return new LargeGraphs(graph, nodes).run(samples);
    }

    private static String format(int i) {
        return "n" + i;
    }

    private String id(int i) {
        return ids[i];
    }

    /** The target of the k-th edge, which leaves node k / FAN_OUT through offset k % FAN_OUT. */
    private int target(long k) {
        int source = (int) (k / FAN_OUT);
        return (int) ((source + (long) offsets[(int) (k % FAN_OUT)]) % nodes);
    }

    /** A list of IDs computed on demand, so the caller holds no copy of millions of strings. */
    private static List<String> view(int size, IntFunction<String> at) {
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

    private Timings run(int samples) {
        assertEquals(0, graph.nodeCount(), "the graph starts empty");
        long start = System.nanoTime();
        for (int from = 0; from < nodes; from += CHUNK) {
            int base = from;
            int size = Math.min(CHUNK, nodes - from);
            List<Long> groups = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                groups.add((long) ((base + i) % 100));
            }
            graph.addNodes(view(size, i -> id(base + i)), Map.of("group", groups));
        }
        long nodesDone = System.nanoTime();
        long edges = (long) nodes * FAN_OUT;
        for (long from = 0; from < edges; from += CHUNK) {
            long base = from;
            int size = (int) Math.min(CHUNK, edges - from);
            graph.addEdges(
                    view(size, i -> id((int) ((base + i) / FAN_OUT))),
                    view(size, i -> id(target(base + i))),
                    Map.of());
        }
        long edgesDone = System.nanoTime();

        assertEquals(nodes, graph.nodeCount(), "nodeCount");
        assertEquals(edges, graph.edgeCount(), "edgeCount");
        SplittableRandom random = new SplittableRandom(42);
        checkNode(0);
        checkNode(nodes - 1);
        for (int n = 0; n < samples; n++) {
            checkNode(random.nextInt(nodes));
        }
        for (int n = 0; n < samples; n++) {
            int s = random.nextInt(nodes);
            int t = random.nextInt(nodes);
            boolean expected = false;
            for (int offset : offsets) {
                expected |=
                        (s + (long) offset) % nodes == t
                                || (!graph.isDirected() && (t + (long) offset) % nodes == s);
            }
            assertEquals(expected, graph.hasEdge(id(s), id(t)), () -> "hasEdge " + s + ", " + t);
        }
        assertFalse(graph.hasNode(format(nodes)), "no node beyond the last");
        long checked = System.nanoTime();
        return new Timings(
                (nodesDone - start) / 1e9,
                (edgesDone - nodesDone) / 1e9,
                (checked - edgesDone) / 1e9);
    }

    private void checkNode(int node) {
        String id = id(node);
        assertTrue(graph.hasNode(id), id);
        assertEquals(OptionalLong.of(node % 100), graph.nodeLong(id, "group"), id);
        // Edges leaving the node are numbered node * FAN_OUT + j; those entering it come from
        // node - offset[j], numbered accordingly. Lists follow the order edges were added.
        List<long[]> out = new ArrayList<>();
        List<long[]> in = new ArrayList<>();
        for (int j = 0; j < FAN_OUT; j++) {
            long k = (long) node * FAN_OUT + j;
            out.add(new long[] {k, target(k)});
            long source = Math.floorMod(node - (long) offsets[j], nodes);
            in.add(new long[] {source * FAN_OUT + j, source});
        }
        in.sort((a, b) -> Long.compare(a[0], b[0]));
        List<String> successors;
        List<String> predecessors;
        if (graph.isDirected()) {
            successors = out.stream().map(e -> id((int) e[1])).toList();
            predecessors = in.stream().map(e -> id((int) e[1])).toList();
        } else {
            List<long[]> all = new ArrayList<>(out);
            all.addAll(in);
            all.sort((a, b) -> Long.compare(a[0], b[0]));
            successors = all.stream().map(e -> id((int) e[1])).toList();
            predecessors = successors;
        }
        LinkedHashSet<String> neighbors = new LinkedHashSet<>(successors);
        neighbors.addAll(predecessors);

        assertEquals(successors, graph.successors(id), () -> "successors of " + id);
        assertEquals(predecessors, graph.predecessors(id), () -> "predecessors of " + id);
        assertEquals(List.copyOf(neighbors), graph.neighbors(id), () -> "neighbors of " + id);
        assertEquals(successors.size(), graph.outDegree(id), id);
        assertEquals(predecessors.size(), graph.inDegree(id), id);
        assertEquals(neighbors.size(), graph.degree(id), id);
        String last = id((int) out.get(FAN_OUT - 1)[1]);
        assertTrue(graph.hasEdge(id, last), () -> "hasEdge " + id + ", " + last);
        assertEquals(Map.of(), graph.edgeAttributes(id, last));
    }
}
