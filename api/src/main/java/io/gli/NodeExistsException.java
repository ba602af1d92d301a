package io.gli;

/** Thrown when adding a node that exists already; {@link Graph#mergeNode} is the upsert. */
public class NodeExistsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String nodeId;

    /**
     * @param nodeId the existing node's ID
     */
    public NodeExistsException(String nodeId) {
        super(Errors.existsMessage(Errors.node(nodeId), "mergeNode"));
        this.nodeId = nodeId;
    }

    /** The existing node's ID. */
    public String nodeId() {
        return nodeId;
    }
}
