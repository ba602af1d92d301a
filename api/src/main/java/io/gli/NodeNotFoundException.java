package io.gli;

import java.util.NoSuchElementException;

/** Thrown when an operation names a node that does not exist. */
public class NodeNotFoundException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;
    private final String nodeId;

    /**
     * @param nodeId the missing node's ID
     */
    public NodeNotFoundException(String nodeId) {
        super(Errors.notFoundMessage(Errors.node(nodeId)));
        this.nodeId = nodeId;
    }

    /** The missing node's ID. */
    public String nodeId() {
        return nodeId;
    }
}
