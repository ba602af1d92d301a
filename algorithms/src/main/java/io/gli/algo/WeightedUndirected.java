package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;

/**
 * The weighted undirected graph underlying a topology, or a coarsening of one: what modularity is
 * defined on and what Louvain moves nodes in. Nodes {@code u} and {@code v} are joined if an edge
 * joins them in either direction, by one edge whose weight is the sum of the weights of the
 * topology's edges between them (each edge weighing 1 on a topology without weights). A self-loop
 * is kept apart, as the node's loop weight.
 *
 * <p>Representation: CSR lists without self-loops, {@code offsets} ({@code n + 1} ints), {@code
 * neighbors} and aligned {@code weights} (an edge {@code {u, v}} in both endpoints' lists), plus
 * per node its loop weight and its weighted degree ({@code degree[v]} = the weights of its list +
 * twice its loop weight): 20 bytes per node and 12 per list entry.
 *
 * <p>Sums run in a fixed order (list order, node order), so the same topology gives the same bits.
 */
final class WeightedUndirected {
    final int[] offsets;
    final int[] neighbors;
    final double[] weights;
    final double[] loops;
    final double[] degree;

    /** Twice the total edge weight: the sum of {@link #degree}. */
    final double twiceTotal;

    private WeightedUndirected(
            int[] offsets, int[] neighbors, double[] weights, double[] loops, String algorithm) {
        this.offsets = offsets;
        this.neighbors = neighbors;
        this.weights = weights;
        this.loops = loops;
        int n = loops.length;
        this.degree = new double[n];
        double sum = 0;
        for (int v = 0; v < n; v++) {
            if ((v & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(algorithm);
            }
            double d = 0;
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                d += weights[i];
            }
            degree[v] = d + 2 * loops[v];
            sum += degree[v];
        }
        this.twiceTotal = sum;
    }

    /**
     * The graph underlying {@code topology}, weighted by its weights if it has them.
     *
     * @throws IllegalArgumentException naming the edge, the key and the value, if a weight is
     *     negative, NaN or infinite
     */
    static WeightedUndirected of(Topology topology, String algorithm) {
        int n = topology.nodeCount();
        boolean directed = topology.isDirected();
        boolean weighted = topology.hasWeights();
        long total = 0;
        int widest = 0;
        for (int v = 0; v < n; v++) {
            int entries = topology.outDegree(v) + (directed ? topology.inDegree(v) : 0);
            total += entries;
            widest = Math.max(widest, entries);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "the graph has " + total + " list entries; at most 2^31 are supported");
        }
        int[] offsets = new int[n + 1];
        int[] neighbors = new int[(int) total];
        double[] weights = new double[(int) total];
        double[] loops = new double[n];
        // Per node: (neighbor << 32 | arrival) keys, sorted to gather each neighbor's entries in
        // list order, so that their weights are summed in that order.
        long[] keys = new long[widest];
        double[] arrived = new double[widest];
        int w = 0;
        for (int v = 0; v < n; v++) {
            if ((v & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(algorithm);
            }
            int count = 0;
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                int x = topology.outTarget(i);
                double weight = weighted ? checked(topology, v, x, topology.outWeight(i)) : 1;
                if (x == v) {
                    loops[v] += weight;
                } else {
                    keys[count] = (long) x << 32 | count;
                    arrived[count++] = weight;
                }
            }
            if (directed) {
                for (int i = topology.inBegin(v), end = topology.inEnd(v); i < end; i++) {
                    int x = topology.inSource(i);
                    if (x != v) { // a self-loop was counted from the out-list
                        keys[count] = (long) x << 32 | count;
                        arrived[count++] =
                                weighted ? checked(topology, x, v, topology.inWeight(i)) : 1;
                    }
                }
            }
            Arrays.sort(keys, 0, count);
            for (int k = 0; k < count; k++) {
                int x = (int) (keys[k] >>> 32);
                double weight = arrived[(int) keys[k]];
                if (w > offsets[v] && neighbors[w - 1] == x) {
                    weights[w - 1] += weight;
                } else {
                    neighbors[w] = x;
                    weights[w++] = weight;
                }
            }
            offsets[v + 1] = w;
        }
        return new WeightedUndirected(
                offsets, Arrays.copyOf(neighbors, w), Arrays.copyOf(weights, w), loops, algorithm);
    }

    private static double checked(Topology topology, int source, int target, double weight) {
        if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "edge "
                            + NodeValues.quote(topology.id(source))
                            + (topology.isDirected() ? " -> " : " -- ")
                            + NodeValues.quote(topology.id(target))
                            + " has weight "
                            + NodeValues.quote(topology.weightKey())
                            + " = "
                            + weight
                            + "; expected a finite number at least 0");
        }
        return weight;
    }

    int nodeCount() {
        return loops.length;
    }

    /**
     * The modularity of the partition {@code communityOf} (labels 0 to {@code count - 1}) with this
     * {@code resolution}: the sum over communities {@code c} of {@code L_c / m - resolution * (d_c
     * / 2m)^2}; 0 if the graph has no weight.
     */
    double modularity(int[] communityOf, int count, double resolution) {
        if (!(twiceTotal > 0)) {
            return 0;
        }
        double[] inside = new double[count];
        double[] degrees = new double[count];
        for (int v = 0; v < nodeCount(); v++) {
            int c = communityOf[v];
            double in = loops[v];
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                if (communityOf[neighbors[i]] == c) {
                    in += weights[i] / 2; // the edge stands in both endpoints' lists
                }
            }
            inside[c] += in;
            degrees[c] += degree[v];
        }
        double total = twiceTotal / 2;
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = degrees[c] / twiceTotal;
            q += inside[c] / total - resolution * share * share;
        }
        return q;
    }

    /**
     * The graph with one node per community of {@code communityOf} (labels 0 to {@code count - 1}):
     * the edges between two communities summed into one, those inside a community into its loop
     * weight.
     */
    WeightedUndirected aggregate(int[] communityOf, int count, String algorithm) {
        int n = nodeCount();
        // Members of each community, in node order (a counting sort).
        int[] memberOffsets = new int[count + 1];
        for (int v = 0; v < n; v++) {
            memberOffsets[communityOf[v] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            memberOffsets[c + 1] += memberOffsets[c];
        }
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(memberOffsets, count);
        for (int v = 0; v < n; v++) {
            members[fill[communityOf[v]]++] = v;
        }
        int[] offsets = new int[count + 1];
        int[] neighbors = new int[this.neighbors.length];
        double[] weights = new double[this.neighbors.length];
        double[] loops = new double[count];
        int[] slot = new int[count]; // where community b stands in the current list; -1 if not
        Arrays.fill(slot, -1);
        int w = 0;
        for (int a = 0; a < count; a++) {
            if ((a & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(algorithm);
            }
            int begin = w;
            double loop = 0;
            for (int m = memberOffsets[a]; m < memberOffsets[a + 1]; m++) {
                int v = members[m];
                loop += this.loops[v];
                for (int i = this.offsets[v]; i < this.offsets[v + 1]; i++) {
                    int b = communityOf[this.neighbors[i]];
                    if (b == a) {
                        loop += this.weights[i] / 2; // the edge stands in both endpoints' lists
                    } else if (slot[b] < 0) {
                        slot[b] = w;
                        neighbors[w] = b;
                        weights[w++] = this.weights[i];
                    } else {
                        weights[slot[b]] += this.weights[i];
                    }
                }
            }
            for (int i = begin; i < w; i++) {
                slot[neighbors[i]] = -1;
            }
            loops[a] = loop;
            offsets[a + 1] = w;
        }
        return new WeightedUndirected(
                offsets, Arrays.copyOf(neighbors, w), Arrays.copyOf(weights, w), loops, algorithm);
    }
}
