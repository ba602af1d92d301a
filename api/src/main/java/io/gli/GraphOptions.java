package io.gli;

/**
 * The options a graph is opened with. Built by {@link GraphBuilder}; handed to the backend, which
 * may use the expected sizes to pre-allocate.
 *
 * @param backend the backend's name
 * @param directed whether edges have a direction
 * @param expectedNodes how many nodes the caller expects to add; 0 if unknown
 * @param expectedEdges how many edges the caller expects to add; 0 if unknown
 */
public record GraphOptions(
        String backend, boolean directed, long expectedNodes, long expectedEdges) {

    /**
     * @throws IllegalArgumentException if an expected count is negative or the name is empty
     */
    public GraphOptions {
        Errors.checkBackendName(backend);
        Errors.checkExpectedCount("expectedNodes", expectedNodes);
        Errors.checkExpectedCount("expectedEdges", expectedEdges);
    }
}
