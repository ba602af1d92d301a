package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;

/**
 * One thread's workspace for Brandes' betweenness algorithm: from one source, count the shortest
 * paths to every node (breadth-first in hops, or Dijkstra's order by weight), then walk the nodes
 * back from the farthest, passing each node's dependency to its predecessors on shortest paths.
 *
 * <p>Work arrays: per node a distance, a path count, a dependency, a settling position and a
 * settling-order entry, plus two heap entries when weighted: 28 bytes per node (unweighted), 40
 * (weighted). Only the nodes a source reached are reset after it, so a source costs its reach.
 *
 * <p>A predecessor of {@code w} is an in-neighbor {@code v} settled before {@code w} whose distance
 * plus the edge's length equals {@code w}'s, the same test, on the same doubles, while counting and
 * while walking back.
 */
final class Brandes {
    private final Topology topology;
    private final boolean weighted;
    private final int[] hops;
    private final double[] distance;
    private final double[] paths;
    private final double[] dependency;
    private final int[] position; // in the settling order; -1 for a node not reached
    private final int[] order; // nodes in the order settled, nondecreasing distance
    private final Heap heap;

    Brandes(Topology topology) {
        this.topology = topology;
        this.weighted = topology.hasWeights();
        int n = topology.nodeCount();
        hops = weighted ? null : filled(new int[n], -1);
        distance = weighted ? new double[n] : null;
        if (weighted) {
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
        }
        paths = new double[n];
        dependency = new double[n];
        position = filled(new int[n], -1);
        order = new int[n];
        heap = weighted ? new Heap(distance) : null;
    }

    private static int[] filled(int[] array, int value) {
        Arrays.fill(array, value);
        return array;
    }

    /** Adds the dependencies of {@code source} on every other node to {@code into}. */
    void accumulate(int source, double[] into) {
        int reached = weighted ? dijkstra(source) : breadthFirst(source);
        for (int k = reached - 1; k >= 0; k--) {
            int w = order[k];
            double share = (1 + dependency[w]) / paths[w];
            for (int i = topology.inBegin(w), end = topology.inEnd(w); i < end; i++) {
                int v = topology.inSource(i);
                if (isPredecessor(v, w, i)) {
                    dependency[v] += paths[v] * share;
                }
            }
            if (w != source) {
                into[w] += dependency[w];
            }
        }
        for (int k = 0; k < reached; k++) {
            int v = order[k];
            if (weighted) {
                distance[v] = Double.POSITIVE_INFINITY;
            } else {
                hops[v] = -1;
            }
            paths[v] = 0;
            dependency[v] = 0;
            position[v] = -1;
        }
    }

    /** Whether {@code v}, at in-list position {@code i} of {@code w}, precedes {@code w}. */
    private boolean isPredecessor(int v, int w, int i) {
        if (position[v] < 0 || position[v] >= position[w]) {
            return false;
        }
        return weighted
                ? distance[v] + topology.inWeight(i) == distance[w]
                : hops[v] == hops[w] - 1;
    }

    /** Settles the nodes reachable from {@code source} in hops; returns how many. */
    private int breadthFirst(int source) {
        hops[source] = 0;
        paths[source] = 1;
        position[source] = 0;
        order[0] = source;
        int settled = 1;
        for (int head = 0; head < settled; head++) {
            int v = order[head];
            int next = hops[v] + 1;
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                int w = topology.outTarget(i);
                if (hops[w] < 0) {
                    hops[w] = next;
                    position[w] = settled;
                    order[settled++] = w;
                }
                if (hops[w] == next) {
                    paths[w] += paths[v];
                }
            }
            if ((head & (Interrupts.CHECK_EVERY - 1)) == Interrupts.CHECK_EVERY - 1) {
                Interrupts.check(Betweenness.NAME);
            }
        }
        return settled;
    }

    /** Settles the nodes reachable from {@code source} by weight; returns how many. */
    private int dijkstra(int source) {
        distance[source] = 0;
        heap.offer(source);
        int settled = 0;
        while (!heap.isEmpty()) {
            int w = heap.poll();
            position[w] = settled;
            order[settled++] = w;
            if (w == source) {
                paths[w] = 1;
            } else {
                double count = 0;
                for (int i = topology.inBegin(w), end = topology.inEnd(w); i < end; i++) {
                    int v = topology.inSource(i);
                    if (isPredecessor(v, w, i)) {
                        count += paths[v];
                    }
                }
                paths[w] = count;
            }
            for (int i = topology.outBegin(w), end = topology.outEnd(w); i < end; i++) {
                int x = topology.outTarget(i);
                double through = distance[w] + topology.outWeight(i);
                if (position[x] < 0 && through < distance[x]) {
                    distance[x] = through;
                    heap.offerOrDecrease(x);
                }
            }
            if ((settled & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(Betweenness.NAME);
            }
        }
        return settled;
    }

    /**
     * A binary min-heap of node indices keyed by (distance, index), with each node's place kept so
     * that a distance can decrease in place. Ties go to the lower index, so the settling order is a
     * function of the graph alone.
     */
    private static final class Heap {
        private final double[] key;
        private final int[] nodes;
        private final int[] place; // -1 when not in the heap
        private int size;

        Heap(double[] key) {
            this.key = key;
            this.nodes = new int[key.length];
            this.place = new int[key.length];
            Arrays.fill(place, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void offer(int v) {
            nodes[size] = v;
            place[v] = size;
            up(size++);
        }

        void offerOrDecrease(int v) {
            if (place[v] < 0) {
                offer(v);
            } else {
                up(place[v]);
            }
        }

        int poll() {
            int top = nodes[0];
            place[top] = -1;
            size--;
            if (size > 0) {
                nodes[0] = nodes[size];
                place[nodes[0]] = 0;
                down(0);
            }
            return top;
        }

        private boolean less(int a, int b) {
            return key[a] < key[b] || (key[a] == key[b] && a < b);
        }

        private void up(int i) {
            int v = nodes[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                int p = nodes[parent];
                if (!less(v, p)) {
                    break;
                }
                nodes[i] = p;
                place[p] = i;
                i = parent;
            }
            nodes[i] = v;
            place[v] = i;
        }

        private void down(int i) {
            int v = nodes[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(nodes[child + 1], nodes[child])) {
                    child++;
                }
                int c = nodes[child];
                if (!less(c, v)) {
                    break;
                }
                nodes[i] = c;
                place[c] = i;
                i = child;
            }
            nodes[i] = v;
            place[v] = i;
        }
    }
}
