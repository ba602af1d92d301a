package io.gli;

/**
 * Something a backend may lack. A backend lists what it supports ({@link
 * io.gli.spi.GraphBackend#capabilities()}), and each of its graphs reports the same set ({@link
 * Graph#capabilities()}); using what it lacks raises {@link UnsupportedOperationException} naming
 * the capability, and the test kit skips, never passes, the tests that need it.
 */
public enum Capability {
    /** Graphs whose edges have a direction. */
    DIRECTED,
    /** Graphs whose edges have none. */
    UNDIRECTED,
    /** Edges from a node to itself. */
    SELF_LOOPS,
    /** Removing nodes and edges. */
    REMOVAL,
    /** Lists and maps as attribute values. */
    NESTED_VALUES,
    /** Reporting the store's own memory use, see {@link Graph#memoryProfile()}. */
    MEMORY_PROFILE
}
