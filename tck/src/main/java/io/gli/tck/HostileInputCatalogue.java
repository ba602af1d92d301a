package io.gli.tck;

import io.gli.BackendInfo;
import io.gli.Batch;
import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every public method of every public type of {@code io.gli}, by signature, with the kinds of its
 * parameters and how to call it on a {@linkplain #sample sample graph}; or, for a method that takes
 * no input, the explicit statement that it takes none. {@link HostileInputTests} turns each
 * parameter kind into hostile inputs, and fails when a public method is missing from here.
 */
final class HostileInputCatalogue {
    private HostileInputCatalogue() {}

    /** What a parameter is, which decides the hostile inputs tried in its place. */
    enum Kind {
        /** A node ID. */
        NODE,
        /** The source of an edge. */
        SOURCE,
        /** The target of an edge. */
        TARGET,
        /** An attribute key. */
        KEY,
        /** An attribute value. */
        VALUE,
        /** A map of attributes to set. */
        ATTRIBUTES,
        /** A map of attributes to match. */
        MATCH,
        /** The node IDs of a bulk add. */
        IDS,
        /** The attribute columns of a bulk add. */
        COLUMNS,
        /** The sources of a bulk edge add. */
        SOURCES,
        /** The targets of a bulk edge add. */
        TARGETS,
        /** A predicate on nodes or edges, which is the caller's code. */
        PREDICATE,
        /** A batch's staging code, which is the caller's code. */
        OPERATIONS,
        /** A backend name. */
        BACKEND,
        /** An expected element count. */
        COUNT,
        /** Any object, compared for equality. */
        OBJECT,
        /** The name of a {@link Capability} constant. */
        CONSTANT,
        /** The values of a column write, one per element in order. */
        COLUMN_VALUES,
        /** A position in a column. */
        INDEX,
        /** A function applied to each value of a column, which is the caller's code. */
        OPERATOR,
        /** A category of a memory profile. */
        CATEGORY
    }

    /** What a valid but unknown node ID in an ID parameter must lead to. */
    enum Unknown {
        /** A {@link io.gli.NodeNotFoundException} naming it. */
        NODE_NOT_FOUND,
        /** An {@link io.gli.EdgeNotFoundException} naming the edge. */
        EDGE_NOT_FOUND,
        /** The method returns false. */
        FALSE,
        /** The node is created, ID kept exactly. */
        CREATED,
        /** The method takes no node IDs. */
        NOT_APPLICABLE
    }

    /** Calls a method with the given arguments, on the graph where it needs one. */
    @FunctionalInterface
    interface Invoker {
        Object call(Graph graph, Object[] arguments);
    }

    /**
     * One public method. {@code kinds} and {@code valid} are empty for a method that takes no
     * input; {@code valid} are arguments that succeed on a fresh {@link #sample}; a batch entry's
     * invoker stages the call in an explicit batch and commits it.
     */
    // valid is an argument list, read and copied, never compared: an array is what reflection
    // takes.
    @SuppressWarnings("ArrayRecordComponent")
    record Entry(
            String signature,
            List<Kind> kinds,
            Object[] valid,
            Invoker invoker,
            Unknown unknown,
            boolean batch,
            Capability needs) {
        boolean takesInput() {
            return !kinds.isEmpty();
        }
    }

    /**
     * The sample every entry is called on: nodes a, b, c with attributes of every scalar type, and
     * edge a to b with attributes of every scalar type.
     */
    static Graph sample(Graph graph) {
        graph.addNode("a", Map.of("k", 1, "d", 1.5, "s", "x", "bool", true));
        graph.addNode("b", Map.of("k", 2));
        graph.addNode("c");
        graph.addEdge("a", "b", Map.of("w", 1, "d", 2.5, "s", "y", "bool", false));
        return graph;
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    private static void noInput(String signature) {
        ENTRIES.add(
                new Entry(
                        signature,
                        List.of(),
                        new Object[0],
                        null,
                        Unknown.NOT_APPLICABLE,
                        false,
                        null));
    }

    private static void entry(
            String signature, Unknown unknown, List<Kind> kinds, Object[] valid, Invoker invoker) {
        ENTRIES.add(new Entry(signature, kinds, valid, invoker, unknown, false, null));
    }

    private static void removal(
            String signature, Unknown unknown, List<Kind> kinds, Object[] valid, Invoker invoker) {
        ENTRIES.add(
                new Entry(signature, kinds, valid, invoker, unknown, false, Capability.REMOVAL));
    }

    /** A {@link Batch} staging method: staged in an explicit batch, then committed. */
    private static void staged(
            String signature,
            Unknown unknown,
            List<Kind> kinds,
            Object[] valid,
            java.util.function.BiConsumer<Batch, Object[]> stage,
            Capability needs) {
        ENTRIES.add(
                new Entry(
                        signature,
                        kinds,
                        valid,
                        (graph, a) -> {
                            try (Batch batch = graph.openBatch()) {
                                stage.accept(batch, a);
                                batch.commit();
                            }
                            return null;
                        },
                        unknown,
                        true,
                        needs));
    }

    private static Object[] args(Object... values) {
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<?>> columns(Object value) {
        return (Map<String, List<?>>) value;
    }

    // The target type is the lambda parameter's, so the catalogue's invokers read as the calls they
    // make; every entry's valid arguments are written next to it with the right types.
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private static <T> T cast(Object value) {
        return (T) value;
    }

    static {
        List<Kind> node = List.of(Kind.NODE);
        List<Kind> nodeKey = List.of(Kind.NODE, Kind.KEY);
        List<Kind> nodeAttributes = List.of(Kind.NODE, Kind.ATTRIBUTES);
        List<Kind> edge = List.of(Kind.SOURCE, Kind.TARGET);
        List<Kind> edgeKey = List.of(Kind.SOURCE, Kind.TARGET, Kind.KEY);
        List<Kind> edgeAttributes = List.of(Kind.SOURCE, Kind.TARGET, Kind.ATTRIBUTES);
        Unknown nnf = Unknown.NODE_NOT_FOUND;
        Unknown enf = Unknown.EDGE_NOT_FOUND;

        // ---- Graph: opening and options
        noInput("Graph.open()");
        entry(
                "Graph.open(String)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.BACKEND),
                args("<fixture backend>"),
                (g, a) -> Graph.open((String) a[0]));
        noInput("Graph.builder()");
        noInput("Graph.options()");
        noInput("Graph.isDirected()");

        // ---- Graph: nodes
        entry(
                "Graph.addNode(String)",
                Unknown.CREATED,
                node,
                args("fresh"),
                (g, a) -> {
                    g.addNode((String) a[0]);
                    return null;
                });
        entry(
                "Graph.addNode(String,Map)",
                Unknown.CREATED,
                nodeAttributes,
                args("fresh", Map.of("k", 1)),
                (g, a) -> {
                    g.addNode((String) a[0], map(a[1]));
                    return null;
                });
        entry(
                "Graph.addNodes(Collection)",
                Unknown.CREATED,
                List.of(Kind.IDS),
                args(List.of("fresh", "fresh2")),
                (g, a) -> {
                    g.addNodes((Collection<String>) strings(a[0]));
                    return null;
                });
        entry(
                "Graph.addNodes(List,Map)",
                Unknown.CREATED,
                List.of(Kind.IDS, Kind.COLUMNS),
                args(List.of("fresh"), Map.of()),
                (g, a) -> {
                    g.addNodes(strings(a[0]), columns(a[1]));
                    return null;
                });
        entry(
                "Graph.mergeNode(String,Map)",
                Unknown.CREATED,
                nodeAttributes,
                args("a", Map.of("k", 5)),
                (g, a) -> g.mergeNode((String) a[0], map(a[1])));
        entry(
                "Graph.hasNode(String)",
                Unknown.FALSE,
                node,
                args("a"),
                (g, a) -> g.hasNode((String) a[0]));
        entry(
                "Graph.nodeAttributes(String)",
                nnf,
                node,
                args("a"),
                (g, a) -> g.nodeAttributes((String) a[0]));
        entry(
                "Graph.nodeAttribute(String,String)",
                nnf,
                nodeKey,
                args("a", "k"),
                (g, a) -> g.nodeAttribute((String) a[0], (String) a[1]));
        entry(
                "Graph.nodeLong(String,String)",
                nnf,
                nodeKey,
                args("a", "k"),
                (g, a) -> g.nodeLong((String) a[0], (String) a[1]));
        entry(
                "Graph.nodeDouble(String,String)",
                nnf,
                nodeKey,
                args("a", "d"),
                (g, a) -> g.nodeDouble((String) a[0], (String) a[1]));
        entry(
                "Graph.nodeString(String,String)",
                nnf,
                nodeKey,
                args("a", "s"),
                (g, a) -> g.nodeString((String) a[0], (String) a[1]));
        entry(
                "Graph.nodeBoolean(String,String)",
                nnf,
                nodeKey,
                args("a", "bool"),
                (g, a) -> g.nodeBoolean((String) a[0], (String) a[1]));
        entry(
                "Graph.setNodeAttribute(String,String,Object)",
                nnf,
                List.of(Kind.NODE, Kind.KEY, Kind.VALUE),
                args("a", "k", 9),
                (g, a) -> {
                    g.setNodeAttribute((String) a[0], (String) a[1], a[2]);
                    return null;
                });
        entry(
                "Graph.updateNodeAttributes(String,Map)",
                nnf,
                nodeAttributes,
                args("a", Map.of("k", 9)),
                (g, a) -> {
                    g.updateNodeAttributes((String) a[0], map(a[1]));
                    return null;
                });
        entry(
                "Graph.removeNodeAttribute(String,String)",
                nnf,
                nodeKey,
                args("a", "k"),
                (g, a) -> g.removeNodeAttribute((String) a[0], (String) a[1]));
        removal(
                "Graph.removeNode(String)",
                nnf,
                node,
                args("c"),
                (g, a) -> {
                    g.removeNode((String) a[0]);
                    return null;
                });
        noInput("Graph.nodeCount()");
        noInput("Graph.nodes()");

        // ---- Graph: edges
        entry(
                "Graph.addEdge(String,String)",
                nnf,
                edge,
                args("b", "c"),
                (g, a) -> {
                    g.addEdge((String) a[0], (String) a[1]);
                    return null;
                });
        entry(
                "Graph.addEdge(String,String,Map)",
                nnf,
                edgeAttributes,
                args("b", "c", Map.of("w", 1)),
                (g, a) -> {
                    g.addEdge((String) a[0], (String) a[1], map(a[2]));
                    return null;
                });
        entry(
                "Graph.addEdges(List,List,Map)",
                nnf,
                List.of(Kind.SOURCES, Kind.TARGETS, Kind.COLUMNS),
                args(List.of("b"), List.of("c"), Map.of("w", List.of(1))),
                (g, a) -> {
                    g.addEdges(strings(a[0]), strings(a[1]), columns(a[2]));
                    return null;
                });
        entry(
                "Graph.mergeEdge(String,String,Map)",
                nnf,
                edgeAttributes,
                args("a", "b", Map.of("w", 2)),
                (g, a) -> g.mergeEdge((String) a[0], (String) a[1], map(a[2])));
        entry(
                "Graph.hasEdge(String,String)",
                Unknown.FALSE,
                edge,
                args("a", "b"),
                (g, a) -> g.hasEdge((String) a[0], (String) a[1]));
        entry(
                "Graph.edgeAttributes(String,String)",
                enf,
                edge,
                args("a", "b"),
                (g, a) -> g.edgeAttributes((String) a[0], (String) a[1]));
        entry(
                "Graph.edgeAttribute(String,String,String)",
                enf,
                edgeKey,
                args("a", "b", "w"),
                (g, a) -> g.edgeAttribute((String) a[0], (String) a[1], (String) a[2]));
        entry(
                "Graph.edgeLong(String,String,String)",
                enf,
                edgeKey,
                args("a", "b", "w"),
                (g, a) -> g.edgeLong((String) a[0], (String) a[1], (String) a[2]));
        entry(
                "Graph.edgeDouble(String,String,String)",
                enf,
                edgeKey,
                args("a", "b", "d"),
                (g, a) -> g.edgeDouble((String) a[0], (String) a[1], (String) a[2]));
        entry(
                "Graph.edgeString(String,String,String)",
                enf,
                edgeKey,
                args("a", "b", "s"),
                (g, a) -> g.edgeString((String) a[0], (String) a[1], (String) a[2]));
        entry(
                "Graph.edgeBoolean(String,String,String)",
                enf,
                edgeKey,
                args("a", "b", "bool"),
                (g, a) -> g.edgeBoolean((String) a[0], (String) a[1], (String) a[2]));
        entry(
                "Graph.setEdgeAttribute(String,String,String,Object)",
                enf,
                List.of(Kind.SOURCE, Kind.TARGET, Kind.KEY, Kind.VALUE),
                args("a", "b", "w", 9),
                (g, a) -> {
                    g.setEdgeAttribute((String) a[0], (String) a[1], (String) a[2], a[3]);
                    return null;
                });
        entry(
                "Graph.updateEdgeAttributes(String,String,Map)",
                enf,
                edgeAttributes,
                args("a", "b", Map.of("w", 9)),
                (g, a) -> {
                    g.updateEdgeAttributes((String) a[0], (String) a[1], map(a[2]));
                    return null;
                });
        entry(
                "Graph.removeEdgeAttribute(String,String,String)",
                enf,
                edgeKey,
                args("a", "b", "w"),
                (g, a) -> g.removeEdgeAttribute((String) a[0], (String) a[1], (String) a[2]));
        removal(
                "Graph.removeEdge(String,String)",
                enf,
                edge,
                args("a", "b"),
                (g, a) -> {
                    g.removeEdge((String) a[0], (String) a[1]);
                    return null;
                });
        noInput("Graph.edgeCount()");
        noInput("Graph.edges()");

        // ---- Graph: adjacency
        entry(
                "Graph.successors(String)",
                nnf,
                node,
                args("a"),
                (g, a) -> g.successors((String) a[0]));
        entry(
                "Graph.predecessors(String)",
                nnf,
                node,
                args("a"),
                (g, a) -> g.predecessors((String) a[0]));
        entry(
                "Graph.neighbors(String)",
                nnf,
                node,
                args("a"),
                (g, a) -> g.neighbors((String) a[0]));
        entry(
                "Graph.outDegree(String)",
                nnf,
                node,
                args("a"),
                (g, a) -> g.outDegree((String) a[0]));
        entry("Graph.inDegree(String)", nnf, node, args("a"), (g, a) -> g.inDegree((String) a[0]));
        entry("Graph.degree(String)", nnf, node, args("a"), (g, a) -> g.degree((String) a[0]));

        // ---- Graph: batches and queries
        entry(
                "Graph.batch(Consumer)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OPERATIONS),
                args((Consumer<Batch>) b -> b.addNode("fresh")),
                (g, a) -> {
                    g.batch(cast(a[0]));
                    return null;
                });
        noInput("Graph.openBatch()");
        entry(
                "Graph.findNodes(Predicate)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.PREDICATE),
                args((Predicate<Node>) n -> true),
                (g, a) -> g.findNodes(HostileInputCatalogue.<Predicate<Node>>cast(a[0])));
        entry(
                "Graph.findNodes(Map)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.MATCH),
                args(Map.of("k", 1)),
                (g, a) -> g.findNodes(map(a[0])));
        entry(
                "Graph.findEdges(Predicate)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.PREDICATE),
                args((Predicate<Edge>) e -> true),
                (g, a) -> g.findEdges(HostileInputCatalogue.<Predicate<Edge>>cast(a[0])));
        entry(
                "Graph.findEdges(Map)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.MATCH),
                args(Map.of("w", 1)),
                (g, a) -> g.findEdges(map(a[0])));

        // ---- Graph: memory, columns and streams
        noInput("Graph.memoryProfile()");
        noInput("Graph.nodeStream()");
        noInput("Graph.edgeStream()");
        entry(
                "Graph.nodeColumn(String)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.KEY),
                args("k"),
                (g, a) -> g.nodeColumn((String) a[0]).toList());
        entry(
                "Graph.edgeColumn(String)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.KEY),
                args("w"),
                (g, a) -> g.edgeColumn((String) a[0]).toList());
        entry(
                "Graph.setNodeColumn(String,List)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.KEY, Kind.COLUMN_VALUES),
                args("k", Arrays.asList(7, null, 8)),
                (g, a) -> {
                    g.setNodeColumn((String) a[0], (List<?>) a[1]);
                    return null;
                });
        entry(
                "Graph.setEdgeColumn(String,List)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.KEY, Kind.COLUMN_VALUES),
                args("w", Arrays.asList(3)),
                (g, a) -> {
                    g.setEdgeColumn((String) a[0], (List<?>) a[1]);
                    return null;
                });

        // ---- AttributeColumn, read from the sample's node column "k" (a: 1, b: 2, c: absent)
        for (String method :
                List.of(
                        "key()",
                        "size()",
                        "presentCount()",
                        "sumLong()",
                        "minLong()",
                        "maxLong()",
                        "sumDouble()",
                        "minDouble()",
                        "maxDouble()",
                        "toList()")) {
            noInput("AttributeColumn." + method);
        }
        entry(
                "AttributeColumn.isPresent(int)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.INDEX),
                args(0),
                (g, a) -> g.nodeColumn("k").isPresent((Integer) a[0]));
        entry(
                "AttributeColumn.get(int)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.INDEX),
                args(0),
                (g, a) -> g.nodeColumn("k").get((Integer) a[0]));
        entry(
                "AttributeColumn.getLong(int)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.INDEX),
                args(0),
                (g, a) -> g.nodeColumn("k").getLong((Integer) a[0]));
        entry(
                "AttributeColumn.getDouble(int)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.INDEX),
                args(0),
                (g, a) -> g.nodeColumn("k").getDouble((Integer) a[0]));
        entry(
                "AttributeColumn.getString(int)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.INDEX),
                args(0),
                (g, a) -> g.nodeColumn("s").getString((Integer) a[0]));
        entry(
                "AttributeColumn.getBoolean(int)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.INDEX),
                args(0),
                (g, a) -> g.nodeColumn("bool").getBoolean((Integer) a[0]));
        entry(
                "AttributeColumn.mapLong(LongUnaryOperator)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OPERATOR),
                args((java.util.function.LongUnaryOperator) x -> x + 1),
                (g, a) ->
                        g.nodeColumn("k")
                                .mapLong(
                                        HostileInputCatalogue
                                                .<java.util.function.LongUnaryOperator>cast(a[0]))
                                .toList());
        entry(
                "AttributeColumn.mapDouble(DoubleUnaryOperator)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OPERATOR),
                args((java.util.function.DoubleUnaryOperator) x -> x / 2),
                (g, a) ->
                        g.nodeColumn("k")
                                .mapDouble(
                                        HostileInputCatalogue
                                                .<java.util.function.DoubleUnaryOperator>cast(a[0]))
                                .toList());

        // ---- MemoryProfile, a value type built directly
        entry(
                "MemoryProfile.bytes(Category)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.CATEGORY),
                args(MemoryProfile.Category.IDS),
                (g, a) -> sampleProfile().bytes((MemoryProfile.Category) a[0]));
        entry(
                "MemoryProfile.equals(Object)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OBJECT),
                args(sampleProfile()),
                (g, a) -> sampleProfile().equals(a[0]));
        for (String accessor :
                List.of(
                        "backend()",
                        "nodeCount()",
                        "edgeCount()",
                        "byCategory()",
                        "totalBytes()",
                        "bytesPerNode()",
                        "bytesPerEdge()",
                        "hashCode()",
                        "toString()")) {
            noInput("MemoryProfile." + accessor);
        }

        // ---- Batch: each staging method, staged and committed
        staged(
                "Batch.addNode(String)",
                Unknown.CREATED,
                node,
                args("fresh"),
                (b, a) -> b.addNode((String) a[0]),
                null);
        staged(
                "Batch.addNode(String,Map)",
                Unknown.CREATED,
                nodeAttributes,
                args("fresh", Map.of("k", 1)),
                (b, a) -> b.addNode((String) a[0], map(a[1])),
                null);
        staged(
                "Batch.mergeNode(String,Map)",
                Unknown.CREATED,
                nodeAttributes,
                args("a", Map.of("k", 5)),
                (b, a) -> b.mergeNode((String) a[0], map(a[1])),
                null);
        staged(
                "Batch.setNodeAttribute(String,String,Object)",
                nnf,
                List.of(Kind.NODE, Kind.KEY, Kind.VALUE),
                args("a", "k", 9),
                (b, a) -> b.setNodeAttribute((String) a[0], (String) a[1], a[2]),
                null);
        staged(
                "Batch.updateNodeAttributes(String,Map)",
                nnf,
                nodeAttributes,
                args("a", Map.of("k", 9)),
                (b, a) -> b.updateNodeAttributes((String) a[0], map(a[1])),
                null);
        staged(
                "Batch.removeNodeAttribute(String,String)",
                nnf,
                nodeKey,
                args("a", "k"),
                (b, a) -> b.removeNodeAttribute((String) a[0], (String) a[1]),
                null);
        staged(
                "Batch.removeNode(String)",
                nnf,
                node,
                args("c"),
                (b, a) -> b.removeNode((String) a[0]),
                Capability.REMOVAL);
        staged(
                "Batch.addEdge(String,String)",
                nnf,
                edge,
                args("b", "c"),
                (b, a) -> b.addEdge((String) a[0], (String) a[1]),
                null);
        staged(
                "Batch.addEdge(String,String,Map)",
                nnf,
                edgeAttributes,
                args("b", "c", Map.of("w", 1)),
                (b, a) -> b.addEdge((String) a[0], (String) a[1], map(a[2])),
                null);
        staged(
                "Batch.mergeEdge(String,String,Map)",
                nnf,
                edgeAttributes,
                args("a", "b", Map.of("w", 2)),
                (b, a) -> b.mergeEdge((String) a[0], (String) a[1], map(a[2])),
                null);
        staged(
                "Batch.setEdgeAttribute(String,String,String,Object)",
                enf,
                List.of(Kind.SOURCE, Kind.TARGET, Kind.KEY, Kind.VALUE),
                args("a", "b", "w", 9),
                (b, a) -> b.setEdgeAttribute((String) a[0], (String) a[1], (String) a[2], a[3]),
                null);
        staged(
                "Batch.updateEdgeAttributes(String,String,Map)",
                enf,
                edgeAttributes,
                args("a", "b", Map.of("w", 9)),
                (b, a) -> b.updateEdgeAttributes((String) a[0], (String) a[1], map(a[2])),
                null);
        staged(
                "Batch.removeEdgeAttribute(String,String,String)",
                enf,
                edgeKey,
                args("a", "b", "w"),
                (b, a) -> b.removeEdgeAttribute((String) a[0], (String) a[1], (String) a[2]),
                null);
        staged(
                "Batch.removeEdge(String,String)",
                enf,
                edge,
                args("a", "b"),
                (b, a) -> b.removeEdge((String) a[0], (String) a[1]),
                Capability.REMOVAL);
        noInput("Batch.size()");
        noInput("Batch.commit()");
        noInput("Batch.close()");

        // ---- GraphBuilder, Backends; builder calls end in open() so a refused value cannot hide
        entry(
                "GraphBuilder.backend(String)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.BACKEND),
                args("<fixture backend>"),
                (g, a) -> Graph.builder().backend((String) a[0]).open());
        noInput("GraphBuilder.directed()");
        noInput("GraphBuilder.undirected()");
        entry(
                "GraphBuilder.expectedNodes(long)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.COUNT),
                args(1_000L),
                (g, a) ->
                        Graph.builder()
                                .backend(g.options().backend())
                                .expectedNodes((Long) a[0])
                                .open());
        entry(
                "GraphBuilder.expectedEdges(long)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.COUNT),
                args(1_000L),
                (g, a) ->
                        Graph.builder()
                                .backend(g.options().backend())
                                .expectedEdges((Long) a[0])
                                .open());
        noInput("GraphBuilder.open()");
        noInput("Backends.available()");

        // ---- value types: records, the enum, exceptions
        entry(
                "Capability.valueOf(String)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.CONSTANT),
                args("REMOVAL"),
                (g, a) -> Capability.valueOf((String) a[0]));
        noInput("Capability.values()");
        entry(
                "Edge.equals(Object)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OBJECT),
                args(new Edge("a", "b")),
                (g, a) -> new Edge("a", "b").equals(a[0]));
        for (String accessor :
                List.of(
                        "source()",
                        "target()",
                        "attributes()",
                        "isSelfLoop()",
                        "hashCode()",
                        "toString()")) {
            noInput("Edge." + accessor);
        }
        entry(
                "Node.equals(Object)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OBJECT),
                args(new Node("a", Map.of())),
                (g, a) -> new Node("a", Map.of()).equals(a[0]));
        for (String accessor : List.of("id()", "attributes()", "hashCode()", "toString()")) {
            noInput("Node." + accessor);
        }
        entry(
                "GraphOptions.equals(Object)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OBJECT),
                args(new GraphOptions("x", true, 0, 0)),
                (g, a) -> new GraphOptions("x", true, 0, 0).equals(a[0]));
        for (String accessor :
                List.of(
                        "backend()",
                        "directed()",
                        "expectedNodes()",
                        "expectedEdges()",
                        "hashCode()",
                        "toString()")) {
            noInput("GraphOptions." + accessor);
        }
        entry(
                "BackendInfo.equals(Object)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.OBJECT),
                args(new BackendInfo("x", "d", 1, Set.of())),
                (g, a) -> new BackendInfo("x", "d", 1, Set.of()).equals(a[0]));
        for (String accessor :
                List.of(
                        "name()",
                        "description()",
                        "priority()",
                        "capabilities()",
                        "hashCode()",
                        "toString()")) {
            noInput("BackendInfo." + accessor);
        }
        noInput("NodeNotFoundException.nodeId()");
        noInput("NodeExistsException.nodeId()");
        noInput("EdgeNotFoundException.source()");
        noInput("EdgeNotFoundException.target()");
        noInput("EdgeExistsException.source()");
        noInput("EdgeExistsException.target()");
        noInput("AttributeTypeException.key()");
        noInput("AttributeTypeException.actualType()");
        noInput("AttributeTypeException.expectedType()");
        noInput("BatchException.operationIndex()");
        noInput("BatchException.operation()");
        noInput("BatchException.getCause()");
        noInput("UnknownBackendException.name()");
        noInput("UnknownBackendException.available()");
    }

    // ==== Graph.capabilities() and the forwarding decorators ForwardingGraph and ForwardingBatch:
    // kept in a block of their own. Each forwarding method is catalogued as the method it forwards,
    // called through a decorator that overrides nothing, so a decorator built on them is held to
    // the same refusals as the graph it wraps.
    static {
        noInput("Graph.capabilities()");
        Set<String> staticGraphMethods =
                Set.of("Graph.open()", "Graph.open(String)", "Graph.builder()");
        for (Entry entry : List.copyOf(ENTRIES)) {
            String signature = entry.signature();
            if (signature.startsWith("Graph.") && !staticGraphMethods.contains(signature)) {
                ENTRIES.add(
                        forwarded(
                                "ForwardingGraph." + signature.substring("Graph.".length()),
                                entry,
                                graph -> new io.gli.ForwardingGraph(graph) {}));
            } else if (signature.startsWith("Batch.")) {
                ENTRIES.add(
                        forwarded(
                                "ForwardingBatch." + signature.substring("Batch.".length()),
                                entry,
                                HostileInputCatalogue::forwardingBatches));
            }
        }
        noInput("ForwardingGraph.toString()");
        noInput("ForwardingBatch.toString()");
    }

    /** {@code entry} under another signature, invoked on the graph {@code decorate} makes. */
    private static Entry forwarded(
            String signature, Entry entry, java.util.function.UnaryOperator<Graph> decorate) {
        Invoker invoker =
                entry.invoker() == null
                        ? null
                        : (graph, arguments) ->
                                entry.invoker().call(decorate.apply(graph), arguments);
        return new Entry(
                signature,
                entry.kinds(),
                entry.valid(),
                invoker,
                entry.unknown(),
                entry.batch(),
                entry.needs());
    }

    /** A graph whose explicit batches are the graph's own, each wrapped in a ForwardingBatch. */
    private static Graph forwardingBatches(Graph graph) {
        return new io.gli.ForwardingGraph(graph) {
            @Override
            public Batch openBatch() {
                return new io.gli.ForwardingBatch(super.openBatch()) {};
            }
        };
    }

    // ==== end of the block for Graph.capabilities() and the forwarding decorators

    private static MemoryProfile sampleProfile() {
        return new MemoryProfile("sample", 3, 1, Map.of(MemoryProfile.Category.IDS, 48L));
    }

    /** Every entry, in catalogue order. */
    static List<Entry> entries() {
        return List.copyOf(ENTRIES);
    }

    /** Every entry by signature; fails on a signature listed twice. */
    static Map<String, Entry> bySignature() {
        Map<String, Entry> all = new LinkedHashMap<>();
        for (Entry entry : ENTRIES) {
            if (all.put(entry.signature(), entry) != null) {
                throw new IllegalStateException(
                        "listed twice in the catalogue: " + entry.signature());
            }
        }
        return all;
    }

    /**
     * The signature a method has in the catalogue: {@code Type.name(ParamType,ParamType)}, simple
     * names.
     */
    static String signature(Class<?> type, String name, Class<?>[] parameters) {
        return type.getSimpleName()
                + "."
                + name
                + "("
                + String.join(",", Arrays.stream(parameters).map(Class::getSimpleName).toList())
                + ")";
    }
}
