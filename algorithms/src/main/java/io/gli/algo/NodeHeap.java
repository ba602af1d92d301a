package io.gli.algo;

import java.util.Arrays;

/**
 * A binary min-heap of node indices ordered by a key per node, with decrease-key: what Dijkstra's
 * algorithm takes its next node from. The keys live in the caller's {@code double[]} (the distances
 * themselves), so the heap holds no copy of them; the caller lowers a key, then tells the heap
 * ({@link #decreased}). Of two nodes with the same key the lower index comes first, so the order
 * nodes leave the heap depends on the keys alone.
 *
 * <p>Representation: {@code heap[0, size)} the nodes in heap order; {@code position[v]} where
 * {@code v} stands in it, {@code -1} when it is not in the heap: 8 bytes per node.
 */
final class NodeHeap {
    private final double[] keys;
    private final int[] heap;
    private final int[] position;
    private int size;

    /** A heap over nodes {@code 0 .. keys.length - 1}, ordered by {@code keys} (not copied). */
    NodeHeap(double[] keys) {
        this.keys = keys;
        heap = new int[keys.length];
        position = new int[keys.length];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int v) {
        return position[v] >= 0;
    }

    /** Adds {@code v}, which must not be in the heap. */
    void add(int v) {
        heap[size] = v;
        position[v] = size;
        size++;
        siftUp(size - 1);
    }

    /** Restores the order after {@code v}'s key was lowered; {@code v} must be in the heap. */
    void decreased(int v) {
        siftUp(position[v]);
    }

    /** Removes and returns the node of least key (of those, the lowest index). */
    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean precedes(int a, int b) {
        return keys[a] < keys[b] || (keys[a] == keys[b] && a < b);
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!precedes(v, p)) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && precedes(heap[child + 1], heap[child])) {
                child++;
            }
            int c = heap[child];
            if (!precedes(c, v)) {
                break;
            }
            heap[i] = c;
            position[c] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }
}
