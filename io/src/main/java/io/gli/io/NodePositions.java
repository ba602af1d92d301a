package io.gli.io;

import java.util.List;

/**
 * The position of each node ID in a node list, for a writer that numbers edge endpoints: an
 * open-addressing table built once, probed by hash. Representation: the IDs in an array, and two
 * int arrays of a power-of-two length at least twice the node count, one holding position + 1 (0 =
 * empty slot), the other that ID's hash, so a probe compares strings only when the hashes agree.
 * Bytes: 4 or 8 a node for the array (compressed references or not) and 16 to 32 a node for the
 * table, a third of a {@link java.util.HashMap} of boxed positions, with fewer pointers to chase.
 */
final class NodePositions {
    /** The largest table an int array of a power-of-two length can be. */
    private static final int MAX_CAPACITY = 1 << 30;

    private final String[] ids;
    private final int[] positions;
    private final int[] hashes;
    private final int mask;

    /**
     * @throws IllegalArgumentException if an ID occurs twice (a graph's node list never has one),
     *     or there are 2<sup>30</sup> nodes or more
     */
    NodePositions(List<String> nodes) {
        ids = nodes.toArray(new String[0]);
        if (ids.length >= MAX_CAPACITY) {
            throw new IllegalArgumentException(
                    "cannot number " + ids.length + " nodes: at most " + (MAX_CAPACITY - 1));
        }
        long wanted = Math.max(8L, 2L * ids.length);
        int capacity = (int) Math.min(MAX_CAPACITY, Long.highestOneBit(wanted - 1) << 1);
        positions = new int[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < ids.length; i++) {
            int hash = spread(ids[i].hashCode());
            int slot = hash & mask;
            while (positions[slot] != 0) {
                if (hashes[slot] == hash && ids[positions[slot] - 1].equals(ids[i])) {
                    throw new IllegalArgumentException(
                            "node " + Failures.quote(ids[i]) + " occurs twice in the node list");
                }
                slot = (slot + 1) & mask;
            }
            positions[slot] = i + 1;
            hashes[slot] = hash;
        }
    }

    /** Mixes the high bits down, so IDs that differ only there do not share a run of slots. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The position of {@code id}, or -1 if it is not in the list. */
    int indexOf(String id) {
        int hash = spread(id.hashCode());
        int slot = hash & mask;
        int position;
        while ((position = positions[slot]) != 0) {
            if (hashes[slot] == hash && ids[position - 1].equals(id)) {
                return position - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }
}
