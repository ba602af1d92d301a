package io.gli.tck.algo;

import io.gli.Graph;
import io.gli.tck.Fixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The seeded graphs the algorithm tests run on, in the fixture's backend and direction: every shape
 * an algorithm's corner cases hide in (empty, one node, a long path, a star, dense, sparse,
 * disconnected, with self-loops). Node IDs are {@code "n" + i} added in a shuffled order, so a
 * node's index in a topology is not its number; every edge has attribute {@code "w"}, a weight: a
 * Long from 1 to 9 or a Double in (0, 10), drawn from the seed, so weighted runs see both types.
 */
public final class GraphShapes {
    /** The weight attribute every edge has. */
    public static final String WEIGHT = "w";

    private GraphShapes() {}

    /** A graph of the fixture's backend and direction, with a name for failure messages. */
    public record Shape(String name, Graph graph) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The loop-free shapes: every backend can hold them. */
    public static List<Shape> loopFree(Fixture fixture) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(shape(fixture, "empty", g -> {}));
        shapes.add(shape(fixture, "one node", g -> nodes(g, 1, new Random(2))));
        shapes.add(shape(fixture, "two nodes, no edge", g -> nodes(g, 2, new Random(3))));
        shapes.add(shape(fixture, "path of 200", g -> path(g, 200, new Random(4))));
        shapes.add(shape(fixture, "star of 60", g -> star(g, 60, new Random(5))));
        shapes.add(shape(fixture, "dense 25", g -> random(g, 25, 0.6, false, new Random(6))));
        for (long seed = 7; seed < 10; seed++) {
            Random random = new Random(seed);
            shapes.add(
                    shape(
                            fixture,
                            "sparse 120 seed " + seed,
                            g -> random(g, 120, 0.03, false, random)));
        }
        shapes.add(
                shape(
                        fixture,
                        "disconnected",
                        g -> {
                            Random random = new Random(10);
                            random(g, 40, 0.08, false, random);
                            random(g, 30, 0.1, false, random);
                            nodes(g, 5, random); // isolated
                        }));
        return shapes;
    }

    /** Shapes with self-loops: for tests that require {@link io.gli.Capability#SELF_LOOPS}. */
    public static List<Shape> withLoops(Fixture fixture) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(
                shape(
                        fixture,
                        "one node with a self-loop",
                        g -> {
                            nodes(g, 1, new Random(11));
                            g.addEdge("n0", "n0", Map.of(WEIGHT, 2L));
                        }));
        for (long seed = 12; seed < 15; seed++) {
            Random random = new Random(seed);
            shapes.add(
                    shape(
                            fixture,
                            "loops 80 seed " + seed,
                            g -> random(g, 80, 0.05, true, random)));
        }
        return shapes;
    }

    private static Shape shape(Fixture fixture, String name, Consumer<Graph> build) {
        Graph graph = fixture.open();
        build.accept(graph);
        return new Shape(
                name + " (" + (fixture.directed() ? "directed" : "undirected") + ")", graph);
    }

    /**
     * Adds nodes {@code base} to {@code base + count - 1} under IDs {@code "n" + i}, in a shuffled
     * order; returns {@code base}.
     */
    private static int nodes(Graph graph, int count, Random random) {
        int base = graph.nodeCount();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(base + i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
            graph.addNode("n" + i);
        }
        return base;
    }

    /** Adds the edge with a random weight unless it exists (in either orientation, undirected). */
    private static void edge(Graph graph, int from, int to, Random random) {
        String source = "n" + from;
        String target = "n" + to;
        if (graph.hasEdge(source, target)) {
            return;
        }
        Object weight =
                random.nextBoolean()
                        ? (Object) (long) (1 + random.nextInt(9))
                        : (Object) (0.5 + random.nextInt(19) * 0.5);
        graph.addEdge(source, target, Map.of(WEIGHT, weight));
    }

    private static void path(Graph graph, int n, Random random) {
        int base = nodes(graph, n, random);
        for (int i = 0; i + 1 < n; i++) {
            edge(graph, base + i, base + i + 1, random);
        }
    }

    private static void star(Graph graph, int n, Random random) {
        int base = nodes(graph, n, random);
        for (int i = 1; i < n; i++) {
            if (i % 3 == 0) {
                edge(graph, base + i, base, random); // some spokes point in
            } else {
                edge(graph, base, base + i, random);
            }
        }
    }

    /** Each ordered pair joined with probability {@code p}; self-loops only if {@code loops}. */
    private static void random(Graph graph, int n, double p, boolean loops, Random random) {
        int base = nodes(graph, n, random);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if ((i != j || loops) && random.nextDouble() < (i == j ? 0.2 : p)) {
                    edge(graph, base + i, base + j, random);
                }
            }
        }
    }
}
