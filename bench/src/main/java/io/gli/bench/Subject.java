package io.gli.bench;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What is measured: a GLI backend, or a peer library used the way its own users use it. The
 * benchmarks drive every subject through this small interface, so each row compares the same work.
 * One subject type is loaded per JMH fork, so the call sites stay monomorphic.
 */
interface Subject {

    /** Adds a node with attributes (possibly empty). */
    void addNode(String id, Map<String, Object> attributes);

    /** Adds a directed edge with attributes (possibly empty); both endpoints exist. */
    void addEdge(String source, String target, Map<String, Object> attributes);

    /** Whether the node exists. */
    boolean hasNode(String id);

    /** Visits the targets of the node's outgoing edges; returns how many there were. */
    int forEachSuccessor(String id, Consumer<String> visitor);

    /** One attribute of an existing node, or null if it has none. */
    Object nodeAttribute(String id, String key);

    /** Iterates every node, reading one long attribute of each; returns the sum. */
    long sumOfNodeAttribute(String key);

    int nodeCount();

    int edgeCount();

    /** What JOL should walk to size this subject: everything it holds, and nothing else. */
    Object footprintRoot();
}
