package io.gli;

/** Thrown when adding an edge that exists already; {@link Graph#mergeEdge} is the upsert. */
public class EdgeExistsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String target;

    /**
     * @param source the edge's source, as given by the caller
     * @param target the edge's target, as given by the caller
     */
    public EdgeExistsException(String source, String target) {
        super(Errors.existsMessage(Errors.edge(source, target), "mergeEdge"));
        this.source = source;
        this.target = target;
    }

    /** The edge's source, as given by the caller. */
    public String source() {
        return source;
    }

    /** The edge's target, as given by the caller. */
    public String target() {
        return target;
    }
}
