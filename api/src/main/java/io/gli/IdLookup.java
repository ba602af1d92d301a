package io.gli;

import java.util.List;

/**
 * Node ID to index, for a {@link Topology}: an open-addressing table over the positions of an ID
 * list that never changes.
 *
 * <p>Representation: {@code slots}, a power of two at least twice the node count, each 0 (empty) or
 * {@code index + 1}, probed linearly from the ID's mixed hash; {@code hashes[index]}, the ID's
 * {@link String#hashCode()}, so that a probe decodes an ID from the list only when the hashes
 * agree. Bytes: 4 per slot + 4 per node, at most 12 per node.
 */
final class IdLookup {
    private final List<String> ids;
    private final int[] slots;
    private final int[] hashes;
    private final int mask;

    /** Builds the table, reading (on the optimized backend: decoding) every ID once. */
    IdLookup(List<String> ids) {
        this.ids = ids;
        int n = ids.size();
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        slots = new int[capacity];
        hashes = new int[n];
        mask = capacity - 1;
        int v = 0;
        for (String id : ids) {
            int hash = id.hashCode();
            hashes[v] = hash;
            int slot = mix(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = ++v;
        }
    }

    /** The index of {@code id}, or -1. */
    int indexOf(String id) {
        int hash = id.hashCode();
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            int v = entry - 1;
            if (hashes[v] == hash && ids.get(v).equals(id)) {
                return v;
            }
        }
    }

    /** Spreads a String hash over the low bits the mask keeps (a golden-ratio multiply). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
