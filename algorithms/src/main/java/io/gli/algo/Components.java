package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;
import java.util.Objects;

/**
 * Connected components: connected (undirected graphs), weakly connected (any graph, edge directions
 * ignored) and strongly connected (directed graphs: each node reaches every other of its component
 * along edges). Results are canonical ({@link ComponentsResult}): labels numbered in order of each
 * component's lowest node index, so the same graph gives the same labels on every backend and by
 * every method.
 *
 * <p>As NetworkX's {@code connected_components}, {@code weakly_connected_components} and {@code
 * strongly_connected_components}, which yield the same sets (in another order). A self-loop changes
 * nothing; an isolated node is a component of its own.
 *
 * <p>All run in time linear in nodes and edges, without recursion, and stop with a {@link
 * java.util.concurrent.CancellationException} if their thread is interrupted.
 */
public final class Components {
    private static final String WEAK = "weakly connected components";
    private static final String STRONG = "strongly connected components";

    private Components() {}

    /**
     * The connected components of an undirected graph.
     *
     * @throws IllegalArgumentException on a directed graph, where connectivity is weak or strong:
     *     use {@link #weak} or {@link #strong}
     */
    public static ComponentsResult connected(Topology topology) {
        if (topology.isDirected()) {
            throw new IllegalArgumentException(
                    "connected components are defined for undirected graphs; this one is"
                            + " directed: use Components.weak (edge directions ignored) or"
                            + " Components.strong");
        }
        return weak(topology);
    }

    /**
     * The weakly connected components: the connected components with edge directions ignored (on an
     * undirected graph, its connected components).
     *
     * <p>Union-find over the out-lists (every edge is in one), with path halving and union by size.
     * Bytes: two {@code int[]} of one entry per node (the forest, then the labels).
     */
    public static ComponentsResult weak(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        UnionFind sets = new UnionFind(topology.nodeCount());
        int budget = Interrupts.CHECK_EVERY;
        for (int v = 0; v < topology.nodeCount(); v++) {
            int end = topology.outEnd(v);
            for (int i = topology.outBegin(v); i < end; i++) {
                sets.union(v, topology.outTarget(i));
            }
            budget -= end - topology.outBegin(v) + 1;
            if (budget < 0) {
                Interrupts.check(WEAK);
                budget = Interrupts.CHECK_EVERY;
            }
        }
        return sets.components(topology);
    }

    /**
     * The strongly connected components of a directed graph; on an undirected graph, its connected
     * components (every edge leads both ways).
     *
     * <p>Tarjan's algorithm with an explicit stack. Bytes: six {@code int[]} of one entry per node.
     */
    public static ComponentsResult strong(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        if (!topology.isDirected()) {
            return weak(topology);
        }
        return new Tarjan(topology).run();
    }

    /**
     * A disjoint-set forest over node indices: {@code parent[v]} is {@code v}'s parent, or, for a
     * root, minus its set's size.
     */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            Arrays.fill(parent, -1);
        }

        int find(int v) {
            while (parent[v] >= 0) {
                int up = parent[v];
                if (parent[up] >= 0) {
                    parent[v] = parent[up]; // path halving: skip a level on the way
                }
                v = up;
            }
            return v;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (parent[ra] > parent[rb]) { // ra's set is smaller (sizes are negated)
                int swap = ra;
                ra = rb;
                rb = swap;
            }
            parent[ra] += parent[rb];
            parent[rb] = ra;
        }

        /** Labels each node by its root, then numbers the roots canonically. */
        ComponentsResult components(Topology topology) {
            int n = parent.length;
            int[] labels = new int[n];
            for (int v = 0; v < n; v++) {
                labels[v] = find(v);
            }
            return ComponentsResult.canonical(topology, labels, n);
        }
    }

    /**
     * Tarjan's strongly connected components without recursion, one array read per edge. {@code
     * rank[v]} is {@code 0} before {@code v} is visited; then its low value (its visit number, 1
     * up, lowered to the least low value it meets along edges into open components); {@link #DONE}
     * once its component is complete, so that edges into finished components, never less than a low
     * value, need no second test. A frame of the explicit stack holds a node, the out-list position
     * to read next and the node's visit number (to tell a component's root).
     *
     * <p>Bytes: six {@code int[]} of one entry per node (ranks, labels, Tarjan's stack of open
     * nodes, the three frame columns): 24 per node.
     */
    private static final class Tarjan {
        /** The rank of a node whose component is complete: above every visit number. */
        private static final int DONE = Integer.MAX_VALUE;

        private final Topology topology;
        private final int[] rank;
        private final int[] component;
        private final int[] open;
        private final int[] callNode;
        private final int[] callPosition;
        private final int[] callVisit;

        Tarjan(Topology topology) {
            int n = topology.nodeCount();
            this.topology = topology;
            rank = new int[n];
            component = new int[n];
            open = new int[n];
            callNode = new int[n];
            callPosition = new int[n];
            callVisit = new int[n];
        }

        ComponentsResult run() {
            int n = topology.nodeCount();
            int visits = 0;
            int openTop = 0;
            int components = 0;
            int budget = Interrupts.CHECK_EVERY;
            for (int root = 0; root < n; root++) {
                if (rank[root] != 0) {
                    continue;
                }
                int top = 0;
                callNode[0] = root;
                callPosition[0] = topology.outBegin(root);
                callVisit[0] = rank[root] = ++visits;
                open[openTop++] = root;
                while (top >= 0) {
                    int v = callNode[top];
                    int p = callPosition[top];
                    int end = topology.outEnd(v);
                    int low = rank[v];
                    int child = -1;
                    budget -= end - p;
                    while (p < end) {
                        int w = topology.outTarget(p++);
                        int r = rank[w];
                        if (r == 0) {
                            child = w;
                            break;
                        }
                        if (r < low) {
                            low = r;
                        }
                    }
                    rank[v] = low;
                    if (child >= 0) {
                        callPosition[top] = p;
                        callNode[++top] = child;
                        callPosition[top] = topology.outBegin(child);
                        callVisit[top] = rank[child] = ++visits;
                        open[openTop++] = child;
                    } else {
                        if (low == callVisit[top]) {
                            int w;
                            do {
                                w = open[--openTop];
                                rank[w] = DONE;
                                component[w] = components;
                            } while (w != v);
                            components++;
                        }
                        if (--top >= 0) {
                            int u = callNode[top];
                            if (rank[v] < rank[u]) {
                                rank[u] = rank[v];
                            }
                        }
                    }
                    if (--budget < 0) {
                        Interrupts.check(STRONG);
                        budget = Interrupts.CHECK_EVERY;
                    }
                }
            }
            return ComponentsResult.canonical(topology, component, components);
        }
    }
}
