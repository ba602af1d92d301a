package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;
import java.util.List;

/**
 * A topological order of a directed acyclic graph: every node before the targets of its edges.
 *
 * <p>Kahn's algorithm with a first-in, first-out queue: the nodes without in-edges first, in index
 * order, then each node as soon as its last in-edge has been taken by a node already in the order,
 * in the order that happens (its predecessors' out-lists read in order). This is NetworkX's {@code
 * topological_sort}: generation by generation, each generation in that order. Time linear in nodes
 * and edges; 8 bytes per node (a countdown of in-edges, the order).
 *
 * <p>On a cycle it throws a {@link CycleException} naming one, found by walking back along in-edges
 * among the nodes left unordered (each has such an in-edge) until a node repeats. Interrupting the
 * thread stops a run with a {@link java.util.concurrent.CancellationException}.
 */
public final class TopologicalSort {
    private static final String NAME = "topological sort";

    private TopologicalSort() {}

    /**
     * The node indices in topological order.
     *
     * @throws CycleException if the graph has a cycle (a self-loop is one)
     * @throws IllegalArgumentException if the graph is undirected, where there is no such order
     */
    public static int[] order(Topology topology) {
        if (!topology.isDirected()) {
            throw new IllegalArgumentException(
                    "a topological order is defined for directed graphs; this topology is"
                            + " undirected");
        }
        int n = topology.nodeCount();
        int[] waiting = new int[n]; // in-edges from nodes not yet ordered
        int[] order = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            waiting[v] = topology.inDegree(v);
            if (waiting[v] == 0) {
                order[tail++] = v;
            }
        }
        int budget = Interrupts.CHECK_EVERY;
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            int begin = topology.outBegin(v);
            int end = topology.outEnd(v);
            for (int i = begin; i < end; i++) {
                int w = topology.outTarget(i);
                if (--waiting[w] == 0) {
                    order[tail++] = w;
                }
            }
            budget -= end - begin + 1;
            if (budget < 0) {
                Interrupts.check(NAME);
                budget = Interrupts.CHECK_EVERY;
            }
        }
        if (tail < n) {
            throw new CycleException(cycle(topology, waiting));
        }
        return order;
    }

    /**
     * The IDs of the nodes in topological order.
     *
     * @throws CycleException if the graph has a cycle
     * @throws IllegalArgumentException if the graph is undirected
     */
    public static List<String> sort(Topology topology) {
        return Traversal.ids(topology, order(topology));
    }

    /**
     * Each node's position in {@link #order}, 0 for the first: the order as a value per node, which
     * can be written back as a node attribute ({@link NodeValues#writeTo}) or sorted by. No node is
     * absent.
     *
     * @throws CycleException if the graph has a cycle
     * @throws IllegalArgumentException if the graph is undirected
     */
    public static NodeInts positions(Topology topology) {
        int[] order = order(topology);
        int[] position = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        return new NodeInts(topology, position, -1);
    }

    /**
     * One cycle among the nodes left unordered ({@code waiting[v] > 0}, each counting in-edges from
     * other such nodes), as {@link CycleException#cycle()} describes it.
     */
    private static List<String> cycle(Topology topology, int[] waiting) {
        int n = topology.nodeCount();
        int[] stepOf = new int[n];
        Arrays.fill(stepOf, -1);
        int[] walk = new int[n];
        int steps = 0;
        int v = 0;
        while (waiting[v] == 0) {
            v++;
        }
        while (stepOf[v] < 0) {
            stepOf[v] = steps;
            walk[steps++] = v;
            int i = topology.inBegin(v);
            while (waiting[topology.inSource(i)] == 0) {
                i++;
            }
            v = topology.inSource(i);
            if ((steps & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(NAME);
            }
        }
        // walk[j + 1] has an edge to walk[j]; v = walk[first] closes the cycle with an edge to
        // walk[steps - 1]. In edge order: walk[first], walk[steps - 1], ..., walk[first + 1].
        int first = stepOf[v];
        int length = steps - first;
        int[] cycle = new int[length];
        cycle[0] = v;
        for (int k = 1; k < length; k++) {
            cycle[k] = walk[steps - k];
        }
        int lowest = 0;
        for (int k = 1; k < length; k++) {
            if (cycle[k] < cycle[lowest]) {
                lowest = k;
            }
        }
        String[] ids = new String[length];
        for (int k = 0; k < length; k++) {
            ids[k] = topology.id(cycle[(lowest + k) % length]);
        }
        return List.of(ids);
    }
}
