package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Breadth-first and depth-first search over a {@link Topology}, in a {@link Direction}: {@code OUT}
 * follows out-lists, {@code IN} in-lists, {@code BOTH} the out-list then the in-list of each node
 * (on an undirected graph the three are the same). Each node's list is read in its order, so the
 * visit order is fixed by the topology alone, the same on every backend.
 *
 * <p>Both run in time linear in the nodes and list entries they reach, without recursion (a path of
 * millions of nodes is no deeper than any other graph), and stop with a {@link
 * java.util.concurrent.CancellationException} if their thread is interrupted.
 *
 * <p>As NetworkX's {@code bfs_edges}, {@code dfs_preorder_nodes} and {@code dfs_postorder_nodes}
 * with its neighbor order; a self-loop or a second edge to a reached node changes nothing.
 */
public final class Traversal {
    private static final String BFS = "breadth-first search";
    private static final String DFS = "depth-first search";

    private Traversal() {}

    /**
     * Breadth-first search from one node.
     *
     * @throws NodeNotFoundException if the topology has no node {@code source}
     */
    public static BfsResult bfs(Topology topology, String source, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        return bfs(topology, new int[] {topology.requireIndex(source)}, direction, -1);
    }

    /**
     * Breadth-first search from several nodes at once: every source is at distance 0 and is reached
     * first, in the order given; a source given twice counts once, where it first stands. A node's
     * distance is then to its nearest source. No sources: nothing is reached.
     *
     * @throws NodeNotFoundException if the topology lacks one of the sources (nothing is searched)
     */
    public static BfsResult bfs(
            Topology topology, Collection<String> sources, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        int[] indices = new int[sources.size()];
        int count = 0;
        for (String source : sources) {
            indices[count++] = topology.requireIndex(source);
        }
        return bfs(topology, Arrays.copyOf(indices, count), direction, -1);
    }

    /**
     * The search behind every public form: from {@code sources} (duplicates allowed), stopping once
     * {@code stopAt} is reached ({@code -1}: never) for a single path's sake.
     */
    static BfsResult bfs(Topology topology, int[] sources, Direction direction, int stopAt) {
        int n = topology.nodeCount();
        boolean out = direction.followsOut(topology);
        boolean in = direction.followsIn(topology);
        int[] distance = new int[n];
        int[] parent = new int[n];
        Arrays.fill(distance, -1);
        Arrays.fill(parent, BfsResult.NO_PARENT);
        int[] queue = new int[n];
        int tail = 0;
        for (int s : sources) {
            if (distance[s] < 0) {
                distance[s] = 0;
                queue[tail++] = s;
            }
        }
        int budget = Interrupts.CHECK_EVERY;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            if (v == stopAt) {
                break;
            }
            int next = distance[v] + 1;
            if (out) {
                int begin = topology.outBegin(v);
                int end = topology.outEnd(v);
                budget -= end - begin;
                for (int i = begin; i < end; i++) {
                    int w = topology.outTarget(i);
                    if (distance[w] < 0) {
                        distance[w] = next;
                        parent[w] = v;
                        queue[tail++] = w;
                    }
                }
            }
            if (in) {
                int begin = topology.inBegin(v);
                int end = topology.inEnd(v);
                budget -= end - begin;
                for (int i = begin; i < end; i++) {
                    int w = topology.inSource(i);
                    if (distance[w] < 0) {
                        distance[w] = next;
                        parent[w] = v;
                        queue[tail++] = w;
                    }
                }
            }
            if (--budget < 0) {
                Interrupts.check(BFS);
                budget = Interrupts.CHECK_EVERY;
            }
        }
        return new BfsResult(topology, distance, parent, queue, tail);
    }

    /**
     * Depth-first search from one node: the nodes reachable from {@code source}, each visited
     * before the nodes it leads to (preorder) and finished after them (postorder), its list
     * followed in order, as a recursive search would.
     *
     * @throws NodeNotFoundException if the topology has no node {@code source}
     */
    public static DfsResult dfs(Topology topology, String source, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        int s = topology.requireIndex(source);
        DepthFirst search = new DepthFirst(topology, direction);
        search.searchFrom(s);
        return search.result();
    }

    /**
     * Depth-first search of the whole graph: a forest, each tree rooted at the lowest-indexed node
     * not yet visited, so every node is visited once.
     */
    public static DfsResult dfs(Topology topology, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        DepthFirst search = new DepthFirst(topology, direction);
        for (int root = 0; root < topology.nodeCount(); root++) {
            search.searchFrom(root);
        }
        return search.result();
    }

    /**
     * One depth-first search, from one or more roots, with an explicit stack. A frame is a node and
     * the position in its lists to read next: an out-list position {@code p >= 0}, or, once the
     * out-list is done and the in-list is followed too, an in-list position {@code q} stored as
     * {@code -1 - q}.
     *
     * <p>Bytes: four {@code int[]} of one entry per node (the two stack columns and the two orders)
     * and a {@code boolean[]}: 17 per node.
     */
    private static final class DepthFirst {
        private final Topology topology;
        private final boolean out;
        private final boolean in;
        private final boolean[] visited;
        private final int[] stackNode;
        private final int[] stackPosition;
        private final int[] preorder;
        private final int[] postorder;
        private int preCount;
        private int postCount;
        private int budget = Interrupts.CHECK_EVERY;

        DepthFirst(Topology topology, Direction direction) {
            int n = topology.nodeCount();
            this.topology = topology;
            this.out = direction.followsOut(topology);
            this.in = direction.followsIn(topology);
            visited = new boolean[n];
            stackNode = new int[n];
            stackPosition = new int[n];
            preorder = new int[n];
            postorder = new int[n];
        }

        /** The first position of {@code v}'s lists this search reads, encoded as a frame's. */
        private int firstPosition(int v) {
            return out ? topology.outBegin(v) : -1 - topology.inBegin(v);
        }

        void searchFrom(int root) {
            if (visited[root]) {
                return;
            }
            int top = 0;
            visit(root, top);
            while (top >= 0) {
                int v = stackNode[top];
                int p = stackPosition[top];
                int w = -1;
                if (p >= 0) {
                    int end = topology.outEnd(v);
                    while (p < end && visited[topology.outTarget(p)]) {
                        p++;
                    }
                    budget -= p - stackPosition[top];
                    if (p < end) {
                        w = topology.outTarget(p++);
                    } else if (in) {
                        p = -1 - topology.inBegin(v);
                    }
                }
                if (w < 0 && p < 0) {
                    int q = -1 - p;
                    int end = topology.inEnd(v);
                    int first = q;
                    while (q < end && visited[topology.inSource(q)]) {
                        q++;
                    }
                    budget -= q - first;
                    if (q < end) {
                        w = topology.inSource(q++);
                    }
                    p = -1 - q;
                }
                if (w >= 0) {
                    stackPosition[top] = p;
                    visit(w, ++top);
                } else {
                    postorder[postCount++] = v;
                    top--;
                }
                if (--budget < 0) {
                    Interrupts.check(DFS);
                    budget = Interrupts.CHECK_EVERY;
                }
            }
        }

        private void visit(int v, int top) {
            visited[v] = true;
            preorder[preCount++] = v;
            stackNode[top] = v;
            stackPosition[top] = firstPosition(v);
        }

        DfsResult result() {
            return new DfsResult(
                    topology,
                    Arrays.copyOf(preorder, preCount),
                    Arrays.copyOf(postorder, postCount));
        }
    }

    /** The IDs of {@code nodes}, in order. */
    static List<String> ids(Topology topology, int[] nodes) {
        String[] ids = new String[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            ids[i] = topology.id(nodes[i]);
        }
        return List.of(ids);
    }
}
