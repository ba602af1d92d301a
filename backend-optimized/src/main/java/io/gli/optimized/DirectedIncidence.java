package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The incidence of a directed graph: each node has an out-list (the edges it is the source of) and
 * an in-list (the edges it is the target of), so successors, predecessors and both degrees each
 * read one list.
 *
 * <p>Representation: {@code out[n]} and {@code in[n]} are heads of lists in the {@link
 * AdjacencyPool}. Edge {@code e} from {@code s} to {@code t} is an entry of {@code out[s]} and of
 * {@code in[t]}; a self-loop is in both lists of its node.
 *
 * <p>Bytes: 8 per node (two heads); per edge up to 8 in lists, 4 at each end (nothing at an end
 * where it is the list's only entry).
 *
 * <p>Finding an edge scans the shorter of the source's out-list and the target's in-list, so a hub
 * with a million leaves answers from the leaf's side in one step. {@link #neighbors} lists the
 * successors, then the predecessors that are not successors: the contract's order, with no
 * per-entry timestamps in the lists.
 */
final class DirectedIncidence extends Incidence {
    private int[] out;
    private int[] in;

    DirectedIncidence(int nodeCapacity, int expectedEdges, ChunkedInts source, ChunkedInts target) {
        super(expectedEdges, source, target);
        out = new int[nodeCapacity];
        in = new int[nodeCapacity];
    }

    // ---- reads

    @Override
    int find(int s, int t) {
        int outList = out[s];
        int inList = in[t];
        int outSize = pool.checkedSize(outList);
        int inSize = pool.checkedSize(inList);
        if (outSize <= inSize) {
            for (int i = 0; i < outSize; i++) {
                int e = pool.get(outList, i);
                if (target.get(e) == t) {
                    return e;
                }
            }
        } else {
            for (int i = 0; i < inSize; i++) {
                int e = pool.get(inList, i);
                if (source.get(e) == s) {
                    return e;
                }
            }
        }
        return -1;
    }

    @Override
    int[] successors(int n) {
        return n < 0 ? null : ends(out[n], target);
    }

    @Override
    int[] predecessors(int n) {
        return n < 0 ? null : ends(in[n], source);
    }

    /** Successors, then predecessors not among them. */
    @Override
    int[] neighbors(int n) {
        if (n < 0) {
            return null;
        }
        int outList = out[n];
        int inList = in[n];
        int outSize = pool.checkedSize(outList);
        int inSize = pool.checkedSize(inList);
        int[] result = new int[outSize + inSize];
        int k = 0;
        for (int i = 0; i < outSize; i++) {
            result[k++] = target.get(pool.get(outList, i));
        }
        // Successors are distinct (one edge per ordered pair); only predecessors need checking,
        // against the successors: a sorted copy keeps that O((out + in) log out).
        int[] sortedSuccessors = Arrays.copyOf(result, outSize);
        Arrays.sort(sortedSuccessors);
        for (int i = 0; i < inSize; i++) {
            int p = source.get(pool.get(inList, i));
            if (Arrays.binarySearch(sortedSuccessors, p) < 0) {
                result[k++] = p;
            }
        }
        return k == result.length ? result : Arrays.copyOf(result, k);
    }

    @Override
    int outList(int n) {
        return out[n];
    }

    @Override
    int inList(int n) {
        return in[n];
    }

    @Override
    int degree(int n) {
        return n < 0 ? -1 : neighbors(n).length;
    }

    // ---- writes

    @Override
    void resize(int capacity) {
        out = Arrays.copyOf(out, capacity);
        in = Arrays.copyOf(in, capacity);
    }

    @Override
    void addNode(int n) {
        out[n] = 0;
        in[n] = 0;
    }

    @Override
    void addEdge(int e, int s, int t) {
        out[s] = pool.append(out[s], e);
        in[t] = pool.append(in[t], e);
    }

    @Override
    void reserveAtSource(int s, int additional) {
        out[s] = pool.reserve(out[s], additional);
    }

    @Override
    void removeEdge(int e, int s, int t) {
        out[s] = pool.remove(out[s], e);
        in[t] = pool.remove(in[t], e);
    }

    @Override
    void removeNode(int n, IntConsumer killEdge) {
        int outList = out[n];
        for (int i = pool.size(outList) - 1; i >= 0; i--) {
            int e = pool.get(outList, i);
            int t = target.get(e);
            if (t != n) {
                in[t] = pool.remove(in[t], e);
            }
            killEdge.accept(e);
        }
        int inList = in[n];
        for (int i = pool.size(inList) - 1; i >= 0; i--) {
            int e = pool.get(inList, i);
            int s = source.get(e);
            if (s >= 0) { // a self-loop died with the out-list
                out[s] = pool.remove(out[s], e);
                killEdge.accept(e);
            }
        }
        pool.clear(inList);
        in[n] = 0;
        pool.clear(out[n]);
        out[n] = 0;
    }

    @Override
    void compactNodes(int[] mapping, int slots, int capacity) {
        out = IntArrays.renumbered(out, mapping, slots, capacity);
        in = IntArrays.renumbered(in, mapping, slots, capacity);
    }

    @Override
    void compactEdges(int[] mapping, int nodes) {
        remap(out, mapping, nodes);
        remap(in, mapping, nodes);
        pool.compact(new int[][] {out, in}, nodes);
    }

    @Override
    long headBytes() {
        return ObjectSizes.of(out) + ObjectSizes.of(in);
    }
}
