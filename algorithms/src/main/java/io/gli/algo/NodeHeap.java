package io.gli.algo;

import java.util.Arrays;

/**
 * A binary min-heap of node indices by a {@code double} key, with decrease-key: what Dijkstra's
 * algorithm takes its next node from. Of two nodes with the same key the lower index comes first,
 * so the order nodes leave the heap depends on the keys alone.
 *
 * <p>Representation: {@code nodes[0, size)} the nodes in heap order and {@code keys} their keys
 * alongside (so a sift compares neighbouring entries instead of chasing a key per node); {@code
 * position[v]} where {@code v} stands, {@code -1} when it is not in the heap: 16 bytes per node.
 */
final class NodeHeap {
    private final int[] nodes;
    private final double[] keys;
    private final int[] position;
    private int size;

    /** An empty heap over nodes {@code 0 .. n - 1}. */
    NodeHeap(int n) {
        nodes = new int[n];
        keys = new double[n];
        position = new int[n];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int v) {
        return position[v] >= 0;
    }

    /** Adds {@code v}, which must not be in the heap. */
    void add(int v, double key) {
        siftUp(size++, v, key);
    }

    /** Lowers the key of {@code v}, which must be in the heap, to {@code key}. */
    void decrease(int v, double key) {
        siftUp(position[v], v, key);
    }

    /** Removes and returns the node of least key (of those, the lowest index). */
    int poll() {
        int top = nodes[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            siftDown(nodes[size], keys[size]);
        }
        return top;
    }

    private static boolean precedes(double keyA, int a, double keyB, int b) {
        return keyA < keyB || (keyA == keyB && a < b);
    }

    /** Moves {@code v} with {@code key} up from position {@code i} to where it belongs. */
    private void siftUp(int i, int v, double key) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = nodes[parent];
            if (!precedes(key, v, keys[parent], p)) {
                break;
            }
            place(i, p, keys[parent]);
            i = parent;
        }
        place(i, v, key);
    }

    /** Puts {@code v} with {@code key} at the root and moves it down to where it belongs. */
    private void siftDown(int v, double key) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size
                    && precedes(keys[child + 1], nodes[child + 1], keys[child], nodes[child])) {
                child++;
            }
            if (!precedes(keys[child], nodes[child], key, v)) {
                break;
            }
            place(i, nodes[child], keys[child]);
            i = child;
        }
        place(i, v, key);
    }

    private void place(int i, int v, double key) {
        nodes[i] = v;
        keys[i] = key;
        position[v] = i;
    }
}
