package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;
import java.util.List;

/**
 * The orders in which a depth-first search visited (preorder) and finished (postorder) the nodes it
 * reached. A node is finished once every node first reached through it is.
 *
 * <p>Representation: two {@code int[]} of one entry per node reached: 8 bytes per node. Immutable.
 */
public final class DfsResult {
    private final Topology topology;
    private final int[] preorder;
    private final int[] postorder;

    /** Takes the arrays (not copied). */
    DfsResult(Topology topology, int[] preorder, int[] postorder) {
        this.topology = topology;
        this.preorder = preorder;
        this.postorder = postorder;
    }

    /** The topology searched. */
    public Topology topology() {
        return topology;
    }

    /** The reached nodes' indices in the order they were first visited (a copy). */
    public int[] preorder() {
        return Arrays.copyOf(preorder, preorder.length);
    }

    /** The reached nodes' indices in the order they were finished (a copy). */
    public int[] postorder() {
        return Arrays.copyOf(postorder, postorder.length);
    }

    /** The IDs of {@link #preorder()}. */
    public List<String> preorderIds() {
        return Traversal.ids(topology, preorder);
    }

    /** The IDs of {@link #postorder()}. */
    public List<String> postorderIds() {
        return Traversal.ids(topology, postorder);
    }

    /**
     * Each node's place in {@link #preorder()}: 0 for the first node visited; absent ({@code -1})
     * where the search did not reach.
     */
    public NodeInts preorderPositions() {
        int[] position = new int[topology.nodeCount()];
        Arrays.fill(position, -1);
        for (int i = 0; i < preorder.length; i++) {
            position[preorder[i]] = i;
        }
        return new NodeInts(topology, position, -1);
    }

    /** The number of nodes reached. */
    public int reachedCount() {
        return preorder.length;
    }

    @Override
    public String toString() {
        return "depth-first search reaching "
                + preorder.length
                + " of "
                + topology.nodeCount()
                + " nodes";
    }
}
