package io.gli;

import java.util.NoSuchElementException;

/** Thrown when an operation names an edge that does not exist. */
public class EdgeNotFoundException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String target;

    /**
     * @param source the missing edge's source, as given by the caller
     * @param target the missing edge's target, as given by the caller
     */
    public EdgeNotFoundException(String source, String target) {
        super(Errors.notFoundMessage(Errors.edge(source, target)));
        this.source = source;
        this.target = target;
    }

    /** The missing edge's source, as given by the caller. */
    public String source() {
        return source;
    }

    /** The missing edge's target, as given by the caller. */
    public String target() {
        return target;
    }
}
