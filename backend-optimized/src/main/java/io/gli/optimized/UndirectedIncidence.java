package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The incidence of an undirected graph: each node has one list of the edges that touch it, so
 * successors, predecessors and neighbours are one and the same list read, and every degree is its
 * size.
 *
 * <p>Representation: {@code lists[n]} is the head of a list in the {@link AdjacencyPool}. Edge
 * {@code e} between {@code s} and {@code t} is an entry of {@code lists[s]} and of {@code
 * lists[t]}; a self-loop is listed once. The edge keeps the orientation it was added with in the
 * store's endpoint arrays, so a list entry's other end is whichever endpoint is not the node.
 *
 * <p>Bytes: 4 per node (one head); per edge up to 8 in lists, 4 at each end (4 in all for a
 * self-loop; nothing at an end where it is the list's only entry).
 *
 * <p>Finding an edge scans the shorter of the two endpoints' lists.
 */
final class UndirectedIncidence extends Incidence {
    private int[] lists;

    UndirectedIncidence(
            int nodeCapacity, int expectedEdges, ChunkedInts source, ChunkedInts target) {
        super(expectedEdges, source, target);
        lists = new int[nodeCapacity];
    }

    // ---- reads

    @Override
    int find(int s, int t) {
        int fromSource = lists[s];
        int fromTarget = lists[t];
        int sourceSize = pool.checkedSize(fromSource);
        int targetSize = pool.checkedSize(fromTarget);
        int shorter = sourceSize <= targetSize ? fromSource : fromTarget;
        for (int i = 0, size = Math.min(sourceSize, targetSize); i < size; i++) {
            int e = pool.get(shorter, i);
            int from = source.get(e);
            int to = target.get(e);
            if ((from == s && to == t) || (from == t && to == s)) {
                return e;
            }
        }
        return -1;
    }

    /** The other end of each of {@code n}'s edges, in list order ({@code n} for a self-loop). */
    @Override
    int[] neighbors(int n) {
        if (n < 0) {
            return null;
        }
        int list = lists[n];
        int size = pool.checkedSize(list);
        int[] others = new int[size];
        for (int i = 0; i < size; i++) {
            int e = pool.get(list, i);
            int other = target.get(e);
            others[i] = other == n ? source.get(e) : other;
        }
        return others;
    }

    @Override
    int[] successors(int n) {
        return neighbors(n);
    }

    @Override
    int[] predecessors(int n) {
        return neighbors(n);
    }

    @Override
    int outList(int n) {
        return lists[n];
    }

    @Override
    int inList(int n) {
        return lists[n];
    }

    @Override
    int degree(int n) {
        return outDegree(n);
    }

    // ---- writes

    @Override
    void resize(int capacity) {
        lists = Arrays.copyOf(lists, capacity);
    }

    @Override
    void addNode(int n) {
        lists[n] = 0;
    }

    @Override
    void addEdge(int e, int s, int t) {
        lists[s] = pool.append(lists[s], e);
        if (s != t) {
            lists[t] = pool.append(lists[t], e);
        }
    }

    @Override
    void reserveAtSource(int s, int additional) {
        lists[s] = pool.reserve(lists[s], additional);
    }

    @Override
    void removeEdge(int e, int s, int t) {
        lists[s] = pool.remove(lists[s], e);
        if (s != t) {
            lists[t] = pool.remove(lists[t], e);
        }
    }

    @Override
    void removeNode(int n, IntConsumer killEdge) {
        int list = lists[n];
        for (int i = pool.size(list) - 1; i >= 0; i--) {
            int e = pool.get(list, i);
            int s = source.get(e);
            int other = s == n ? target.get(e) : s;
            if (other != n) {
                lists[other] = pool.remove(lists[other], e);
            }
            killEdge.accept(e);
        }
        pool.clear(lists[n]);
        lists[n] = 0;
    }

    @Override
    void compactNodes(int[] mapping, int slots, int capacity) {
        lists = IntArrays.renumbered(lists, mapping, slots, capacity);
    }

    @Override
    void compactEdges(int[] mapping, int nodes) {
        remap(lists, mapping, nodes);
        pool.compact(new int[][] {lists}, nodes);
    }

    @Override
    long headBytes() {
        return ObjectSizes.of(lists);
    }
}
