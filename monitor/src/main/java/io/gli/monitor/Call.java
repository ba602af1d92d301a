package io.gli.monitor;

import java.util.List;

/**
 * Every call the monitor times: each method of {@link io.gli.Graph}, one constant per overload, and
 * {@link io.gli.Batch#commit()}; with the names its statistics are kept under (the method's name:
 * overloads share a row) and of its inputs (for the slow log's argument summary).
 */
enum Call {
    OPTIONS("options"),
    IS_DIRECTED("isDirected"),
    CAPABILITIES("capabilities"),
    ADD_NODE("addNode", "id"),
    ADD_NODE_WITH_ATTRIBUTES("addNode", "id", "attributes"),
    ADD_NODES("addNodes", "ids"),
    ADD_NODES_WITH_COLUMNS("addNodes", "ids", "columns"),
    MERGE_NODE("mergeNode", "id", "attributes"),
    HAS_NODE("hasNode", "id"),
    NODE_ATTRIBUTES("nodeAttributes", "id"),
    NODE_ATTRIBUTE("nodeAttribute", "id", "key"),
    NODE_LONG("nodeLong", "id", "key"),
    NODE_DOUBLE("nodeDouble", "id", "key"),
    NODE_STRING("nodeString", "id", "key"),
    NODE_BOOLEAN("nodeBoolean", "id", "key"),
    SET_NODE_ATTRIBUTE("setNodeAttribute", "id", "key", "value"),
    UPDATE_NODE_ATTRIBUTES("updateNodeAttributes", "id", "attributes"),
    REMOVE_NODE_ATTRIBUTE("removeNodeAttribute", "id", "key"),
    REMOVE_NODE("removeNode", "id"),
    NODE_COUNT("nodeCount"),
    NODES("nodes"),
    ADD_EDGE("addEdge", "source", "target"),
    ADD_EDGE_WITH_ATTRIBUTES("addEdge", "source", "target", "attributes"),
    ADD_EDGES("addEdges", "sources", "targets", "columns"),
    MERGE_EDGE("mergeEdge", "source", "target", "attributes"),
    HAS_EDGE("hasEdge", "source", "target"),
    EDGE_ATTRIBUTES("edgeAttributes", "source", "target"),
    EDGE_ATTRIBUTE("edgeAttribute", "source", "target", "key"),
    EDGE_LONG("edgeLong", "source", "target", "key"),
    EDGE_DOUBLE("edgeDouble", "source", "target", "key"),
    EDGE_STRING("edgeString", "source", "target", "key"),
    EDGE_BOOLEAN("edgeBoolean", "source", "target", "key"),
    SET_EDGE_ATTRIBUTE("setEdgeAttribute", "source", "target", "key", "value"),
    UPDATE_EDGE_ATTRIBUTES("updateEdgeAttributes", "source", "target", "attributes"),
    REMOVE_EDGE_ATTRIBUTE("removeEdgeAttribute", "source", "target", "key"),
    REMOVE_EDGE("removeEdge", "source", "target"),
    EDGE_COUNT("edgeCount"),
    EDGES("edges"),
    MEMORY_PROFILE("memoryProfile"),
    TOPOLOGY("topology"),
    TOPOLOGY_WEIGHTED("topology", "weightKey"),
    NODE_COLUMN("nodeColumn", "key"),
    EDGE_COLUMN("edgeColumn", "key"),
    SET_NODE_COLUMN("setNodeColumn", "key", "values"),
    SET_EDGE_COLUMN("setEdgeColumn", "key", "values"),
    NODE_STREAM("nodeStream"),
    EDGE_STREAM("edgeStream"),
    SUCCESSORS("successors", "id"),
    PREDECESSORS("predecessors", "id"),
    NEIGHBORS("neighbors", "id"),
    OUT_DEGREE("outDegree", "id"),
    IN_DEGREE("inDegree", "id"),
    DEGREE("degree", "id"),
    BATCH("batch", "operations"),
    OPEN_BATCH("openBatch"),
    BULK_LOAD("bulkLoad", "body"),
    /** {@link io.gli.Batch#commit()} of a batch from {@code openBatch()}, with the staged count. */
    COMMIT("commit", "size"),
    FIND_NODES_BY_PREDICATE("findNodes", "predicate"),
    FIND_NODES_BY_MATCH("findNodes", "match"),
    FIND_EDGES_BY_PREDICATE("findEdges", "predicate"),
    FIND_EDGES_BY_MATCH("findEdges", "match");

    /** The most inputs any call has. */
    static final int MAX_PARAMETERS = 4;

    final String operation;

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
    final List<String> parameters;

    Call(String operation, String... parameters) {
        this.operation = operation;
        this.parameters = List.of(parameters);
    }
}
