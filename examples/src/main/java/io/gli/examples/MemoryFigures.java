package io.gli.examples;

import io.gli.MemoryProfile;
import io.gli.MemoryProfile.Category;

/** The figure of a {@link MemoryProfile} the attribute examples compare between backends. */
final class MemoryFigures {
    private MemoryFigures() {}

    /**
     * Bytes of node attribute storage per node: what sharing strings and attribute sets saves,
     * without the IDs and indexes that every node costs anyway.
     */
    static double nodeAttributeBytesPerNode(MemoryProfile profile) {
        return profile.nodeCount() == 0
                ? 0
                : (double) profile.bytes(Category.NODE_ATTRIBUTES) / profile.nodeCount();
    }
}
