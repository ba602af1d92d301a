package io.gli;

import java.util.List;

/** Thrown when a graph is opened with a backend name that no backend on the class path has. */
public class UnknownBackendException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final List<String> available;

    /**
     * @param name the name asked for
     * @param available the names of the backends present
     */
    public UnknownBackendException(String name, List<String> available) {
        super(Errors.unknownBackendMessage(name, available));
        this.name = name;
        this.available = List.copyOf(available);
    }

    /** The name asked for. */
    public String name() {
        return name;
    }

    /** The names of the backends present, highest priority first. */
    public List<String> available() {
        return available;
    }
}
