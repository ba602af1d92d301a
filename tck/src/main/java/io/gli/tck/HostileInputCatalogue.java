package io.gli.tck;

import static io.gli.tck.Calls.readS;
import static io.gli.tck.Calls.readSM;
import static io.gli.tck.Calls.readSS;
import static io.gli.tck.Calls.readSSM;
import static io.gli.tck.Calls.readSSS;
import static io.gli.tck.Calls.s;
import static io.gli.tck.Calls.sm;
import static io.gli.tck.Calls.ss;
import static io.gli.tck.Calls.ssm;
import static io.gli.tck.Calls.sso;
import static io.gli.tck.Calls.sss;
import static io.gli.tck.Calls.ssso;

import io.gli.AttributeColumn;
import io.gli.BackendInfo;
import io.gli.Batch;
import io.gli.BatchException;
import io.gli.BulkLoad;
import io.gli.BulkLoad.OnDuplicate;
import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.GraphBuilder;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.Node;
import io.gli.Topology;
import io.gli.tck.Calls.Call;
import io.gli.tck.Calls.Get1;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
        CATEGORY,
        /** The key of the edge attribute a topology reads as weights. */
        WEIGHT_KEY,
        /** A bulk load's body, which is the caller's code. */
        BODY,
        /** What a bulk load call does with a row whose element exists. */
        ON_DUPLICATE,
        /** The IDs a bulk load's edges name by position. */
        NUMBERED_IDS,
        /** Positions in {@link #NUMBERED_IDS}, one per edge. */
        INDICES,
        /** How many rows of index arrays a bulk load call takes. */
        ROW_COUNT
    }

    /** What a valid but unknown node ID in an ID parameter must lead to. */
    enum Unknown {
        /** A {@link io.gli.NodeNotFoundException} naming it. */
        NODE_NOT_FOUND,
        /** An {@link io.gli.EdgeNotFoundException} naming the edge. */
        EDGE_NOT_FOUND,
        /** The method returns false. */
        FALSE,
        /** The method returns -1 (no such index). */
        MINUS_ONE,
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

    /** A method taking one input and no node ID. */
    private static void input(String signature, Kind kind, Object valid, Invoker invoker) {
        entry(signature, Unknown.NOT_APPLICABLE, List.of(kind), args(valid), invoker);
    }

    /**
     * A query taking one argument of the type of {@code valid}, to which every hostile input of
     * {@code kind} also belongs (a predicate, or a map to match).
     */
    private static <A> void query(String signature, Kind kind, A valid, Get1<Graph, A> query) {
        input(signature, kind, valid, (g, a) -> query.call(g, HostileInputCatalogue.<A>cast(a[0])));
    }

    /** {@code Graph.method}, called directly; the call's parameter list completes the signature. */
    private static void read(
            String method, Unknown unknown, List<Kind> kinds, Object[] valid, Call<Graph> call) {
        entry("Graph." + method + call.parameters(), unknown, kinds, valid, call.body()::call);
    }

    /** A write that a graph and an explicit batch both offer, with the same arguments. */
    private static Write write(String method, Unknown unknown, List<Kind> kinds, Object[] valid) {
        return new Write(method, unknown, kinds, valid, null);
    }

    /** A write that needs {@link Capability#REMOVAL}, on a graph and in a batch. */
    private static Write removal(String method, Unknown unknown, List<Kind> kinds, Object[] valid) {
        return new Write(method, unknown, kinds, valid, Capability.REMOVAL);
    }

    /**
     * A write, catalogued twice by {@link #on}: as the {@link Graph} method, called directly, and
     * as the {@link Batch} method, staged in an explicit batch, then committed; both with the same
     * parameter kinds, valid arguments, unknown-ID outcome and requirement.
     */
    // valid is an argument list, read and copied, never compared.
    @SuppressWarnings("ArrayRecordComponent")
    private record Write(
            String method, Unknown unknown, List<Kind> kinds, Object[] valid, Capability needs) {
        void on(Call<Graph> graph, Call<Batch> batch) {
            ENTRIES.add(
                    new Entry(
                            "Graph." + method + graph.parameters(),
                            kinds,
                            valid,
                            graph.body()::call,
                            unknown,
                            false,
                            needs));
            ENTRIES.add(
                    new Entry(
                            "Batch." + method + batch.parameters(),
                            kinds,
                            valid,
                            (g, a) -> {
                                try (Batch staging = g.openBatch()) {
                                    batch.body().call(staging, a);
                                    staging.commit();
                                }
                                return null;
                            },
                            unknown,
                            true,
                            needs));
        }
    }

    /** An {@link AttributeColumn} read at a position, on the sample's node column {@code key}. */
    private static void columnRead(String method, String key, Get1<AttributeColumn, Integer> read) {
        input(
                "AttributeColumn." + method + "(int)",
                Kind.INDEX,
                0,
                (g, a) -> read.call(g.nodeColumn(key), (Integer) a[0]));
    }

    /** A {@link Topology} read at a node index or list position, on the sample's topology. */
    private static void topologyRead(String method, Get1<Topology, Integer> read) {
        input(
                "Topology." + method + "(int)",
                Kind.INDEX,
                0,
                (g, a) -> read.call(g.topology("w"), (Integer) a[0]));
    }

    /** {@code type.equals(Object)}, called on a fresh value equal to the valid argument. */
    private static void equality(String type, Supplier<Object> value) {
        input(
                type + ".equals(Object)",
                Kind.OBJECT,
                value.get(),
                (g, a) -> value.get().equals(a[0]));
    }

    /** A builder's expected count; the builder then opens, so a refused count cannot hide. */
    private static void expected(String method, BiFunction<GraphBuilder, Long, GraphBuilder> set) {
        input(
                "GraphBuilder." + method + "(long)",
                Kind.COUNT,
                1_000L,
                (g, a) ->
                        set.apply(Graph.builder().backend(g.options().backend()), (Long) a[0])
                                .open());
    }

    /** Runs {@code call} in a bulk load of its own, a failed row's own exception unwrapped. */
    private static Object inLoad(Graph graph, Consumer<BulkLoad> call) {
        try {
            graph.bulkLoad(call::accept);
        } catch (BatchException e) {
            throw e.getCause();
        }
        return null;
    }

    /** What {@code read} answers inside a bulk load of its own. */
    private static Object inLoadReading(
            Graph graph, java.util.function.Function<BulkLoad, Object> read) {
        Object[] answer = new Object[1];
        graph.bulkLoad(load -> answer[0] = read.apply(load));
        return answer[0];
    }

    private static Object[] args(Object... values) {
        return values;
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
        List<Kind> nodeKeyValue = List.of(Kind.NODE, Kind.KEY, Kind.VALUE);
        List<Kind> nodeAttributes = List.of(Kind.NODE, Kind.ATTRIBUTES);
        List<Kind> edge = List.of(Kind.SOURCE, Kind.TARGET);
        List<Kind> edgeKey = List.of(Kind.SOURCE, Kind.TARGET, Kind.KEY);
        List<Kind> edgeKeyValue = List.of(Kind.SOURCE, Kind.TARGET, Kind.KEY, Kind.VALUE);
        List<Kind> edgeAttributes = List.of(Kind.SOURCE, Kind.TARGET, Kind.ATTRIBUTES);
        Unknown nnf = Unknown.NODE_NOT_FOUND;
        Unknown enf = Unknown.EDGE_NOT_FOUND;
        Unknown created = Unknown.CREATED;

        // ---- Graph: opening and options
        noInput("Graph.open()");
        input(
                "Graph.open(String)",
                Kind.BACKEND,
                "<fixture backend>",
                (g, a) -> Graph.open((String) a[0]));
        noInput("Graph.builder()");
        noInput("Graph.options()");
        noInput("Graph.isDirected()");

        // ---- Graph and Batch: nodes
        write("addNode", created, node, args("fresh")).on(s(Graph::addNode), s(Batch::addNode));
        write("addNode", created, nodeAttributes, args("fresh", Map.of("k", 1)))
                .on(sm(Graph::addNode), sm(Batch::addNode));
        entry(
                "Graph.addNodes(Collection)",
                created,
                List.of(Kind.IDS),
                args(List.of("fresh", "fresh2")),
                (g, a) -> {
                    g.addNodes((Collection<String>) strings(a[0]));
                    return null;
                });
        entry(
                "Graph.addNodes(List,Map)",
                created,
                List.of(Kind.IDS, Kind.COLUMNS),
                args(List.of("fresh"), Map.of()),
                (g, a) -> {
                    g.addNodes(strings(a[0]), columns(a[1]));
                    return null;
                });
        write("mergeNode", created, nodeAttributes, args("a", Map.of("k", 5)))
                .on(readSM(Graph::mergeNode), sm(Batch::mergeNode));
        read("hasNode", Unknown.FALSE, node, args("a"), readS(Graph::hasNode));
        read("nodeAttributes", nnf, node, args("a"), readS(Graph::nodeAttributes));
        read("nodeAttribute", nnf, nodeKey, args("a", "k"), readSS(Graph::nodeAttribute));
        read("nodeLong", nnf, nodeKey, args("a", "k"), readSS(Graph::nodeLong));
        read("nodeDouble", nnf, nodeKey, args("a", "d"), readSS(Graph::nodeDouble));
        read("nodeString", nnf, nodeKey, args("a", "s"), readSS(Graph::nodeString));
        read("nodeBoolean", nnf, nodeKey, args("a", "bool"), readSS(Graph::nodeBoolean));
        write("setNodeAttribute", nnf, nodeKeyValue, args("a", "k", 9))
                .on(sso(Graph::setNodeAttribute), sso(Batch::setNodeAttribute));
        write("updateNodeAttributes", nnf, nodeAttributes, args("a", Map.of("k", 9)))
                .on(sm(Graph::updateNodeAttributes), sm(Batch::updateNodeAttributes));
        write("removeNodeAttribute", nnf, nodeKey, args("a", "k"))
                .on(readSS(Graph::removeNodeAttribute), ss(Batch::removeNodeAttribute));
        removal("removeNode", nnf, node, args("c")).on(s(Graph::removeNode), s(Batch::removeNode));
        noInput("Graph.nodeCount()");
        noInput("Graph.nodes()");

        // ---- Graph and Batch: edges
        write("addEdge", nnf, edge, args("b", "c")).on(ss(Graph::addEdge), ss(Batch::addEdge));
        write("addEdge", nnf, edgeAttributes, args("b", "c", Map.of("w", 1)))
                .on(ssm(Graph::addEdge), ssm(Batch::addEdge));
        entry(
                "Graph.addEdges(List,List,Map)",
                nnf,
                List.of(Kind.SOURCES, Kind.TARGETS, Kind.COLUMNS),
                args(List.of("b"), List.of("c"), Map.of("w", List.of(1))),
                (g, a) -> {
                    g.addEdges(strings(a[0]), strings(a[1]), columns(a[2]));
                    return null;
                });
        write("mergeEdge", nnf, edgeAttributes, args("a", "b", Map.of("w", 2)))
                .on(readSSM(Graph::mergeEdge), ssm(Batch::mergeEdge));
        read("hasEdge", Unknown.FALSE, edge, args("a", "b"), readSS(Graph::hasEdge));
        read("edgeAttributes", enf, edge, args("a", "b"), readSS(Graph::edgeAttributes));
        read("edgeAttribute", enf, edgeKey, args("a", "b", "w"), readSSS(Graph::edgeAttribute));
        read("edgeLong", enf, edgeKey, args("a", "b", "w"), readSSS(Graph::edgeLong));
        read("edgeDouble", enf, edgeKey, args("a", "b", "d"), readSSS(Graph::edgeDouble));
        read("edgeString", enf, edgeKey, args("a", "b", "s"), readSSS(Graph::edgeString));
        read("edgeBoolean", enf, edgeKey, args("a", "b", "bool"), readSSS(Graph::edgeBoolean));
        write("setEdgeAttribute", enf, edgeKeyValue, args("a", "b", "w", 9))
                .on(ssso(Graph::setEdgeAttribute), ssso(Batch::setEdgeAttribute));
        write("updateEdgeAttributes", enf, edgeAttributes, args("a", "b", Map.of("w", 9)))
                .on(ssm(Graph::updateEdgeAttributes), ssm(Batch::updateEdgeAttributes));
        write("removeEdgeAttribute", enf, edgeKey, args("a", "b", "w"))
                .on(readSSS(Graph::removeEdgeAttribute), sss(Batch::removeEdgeAttribute));
        removal("removeEdge", enf, edge, args("a", "b"))
                .on(ss(Graph::removeEdge), ss(Batch::removeEdge));
        noInput("Graph.edgeCount()");
        noInput("Graph.edges()");

        // ---- Graph: adjacency
        read("successors", nnf, node, args("a"), readS(Graph::successors));
        read("predecessors", nnf, node, args("a"), readS(Graph::predecessors));
        read("neighbors", nnf, node, args("a"), readS(Graph::neighbors));
        read("outDegree", nnf, node, args("a"), readS(Graph::outDegree));
        read("inDegree", nnf, node, args("a"), readS(Graph::inDegree));
        read("degree", nnf, node, args("a"), readS(Graph::degree));

        // ---- Graph: batches and queries
        input(
                "Graph.batch(Consumer)",
                Kind.OPERATIONS,
                (Consumer<Batch>) b -> b.addNode("fresh"),
                (g, a) -> {
                    g.batch(cast(a[0]));
                    return null;
                });
        noInput("Graph.openBatch()");

        // ---- Graph.bulkLoad and BulkLoad, each loader call made inside a load of its own. A
        // loader call wraps a bad row's exception in a BatchException naming the row; the
        // catalogue holds the row's own exception to the contract, so the invokers unwrap it.
        input(
                "Graph.bulkLoad(Body)",
                Kind.BODY,
                (BulkLoad.Body<RuntimeException>)
                        load -> load.addNodes(List.of("fresh"), Map.of(), OnDuplicate.FAIL),
                (g, a) -> {
                    g.bulkLoad(HostileInputCatalogue.<BulkLoad.Body<RuntimeException>>cast(a[0]));
                    return null;
                });
        entry(
                "BulkLoad.expect(long,long)",
                Unknown.NOT_APPLICABLE,
                List.of(Kind.COUNT, Kind.COUNT),
                args(1_000L, 1_000L),
                (g, a) -> inLoad(g, load -> load.expect((Long) a[0], (Long) a[1])));
        entry(
                "BulkLoad.addNodes(List,Map,OnDuplicate)",
                created,
                List.of(Kind.IDS, Kind.COLUMNS, Kind.ON_DUPLICATE),
                args(List.of("fresh"), Map.of(), OnDuplicate.FAIL),
                (g, a) ->
                        inLoad(
                                g,
                                load ->
                                        load.addNodes(
                                                strings(a[0]), columns(a[1]), (OnDuplicate) a[2])));
        entry(
                "BulkLoad.addEdges(List,List,Map,OnDuplicate)",
                nnf,
                List.of(Kind.SOURCES, Kind.TARGETS, Kind.COLUMNS, Kind.ON_DUPLICATE),
                args(List.of("b"), List.of("c"), Map.of("w", List.of(1)), OnDuplicate.FAIL),
                (g, a) ->
                        inLoad(
                                g,
                                load ->
                                        load.addEdges(
                                                strings(a[0]),
                                                strings(a[1]),
                                                columns(a[2]),
                                                (OnDuplicate) a[3])));
        entry(
                "BulkLoad.addEdges(List,int[],int[],int,Map,OnDuplicate)",
                nnf,
                List.of(
                        Kind.NUMBERED_IDS,
                        Kind.INDICES,
                        Kind.INDICES,
                        Kind.ROW_COUNT,
                        Kind.COLUMNS,
                        Kind.ON_DUPLICATE),
                args(
                        List.of("b", "c"),
                        new int[] {0},
                        new int[] {1},
                        1,
                        Map.of("w", List.of(1)),
                        OnDuplicate.FAIL),
                (g, a) ->
                        inLoad(
                                g,
                                load ->
                                        load.addEdges(
                                                strings(a[0]),
                                                (int[]) a[1],
                                                (int[]) a[2],
                                                (Integer) a[3],
                                                columns(a[4]),
                                                (OnDuplicate) a[5])));
        entry(
                "BulkLoad.hasNode(String)",
                Unknown.FALSE,
                node,
                args("a"),
                (g, a) -> inLoadReading(g, load -> load.hasNode((String) a[0])));
        entry(
                "BulkLoad.hasEdge(String,String)",
                Unknown.FALSE,
                edge,
                args("a", "b"),
                (g, a) -> inLoadReading(g, load -> load.hasEdge((String) a[0], (String) a[1])));
        noInput("BulkLoad.nodeCount()");
        noInput("BulkLoad.edgeCount()");
        Predicate<Node> anyNode = n -> true;
        Predicate<Edge> anyEdge = e -> true;
        query("Graph.findNodes(Predicate)", Kind.PREDICATE, anyNode, Graph::findNodes);
        query("Graph.findNodes(Map)", Kind.MATCH, Map.of("k", 1), Graph::findNodes);
        query("Graph.findEdges(Predicate)", Kind.PREDICATE, anyEdge, Graph::findEdges);
        query("Graph.findEdges(Map)", Kind.MATCH, Map.of("w", 1), Graph::findEdges);

        // ---- Graph: memory, columns and streams
        noInput("Graph.memoryProfile()");
        noInput("Graph.nodeStream()");
        noInput("Graph.edgeStream()");
        input(
                "Graph.nodeColumn(String)",
                Kind.KEY,
                "k",
                (g, a) -> g.nodeColumn((String) a[0]).toList());
        input(
                "Graph.edgeColumn(String)",
                Kind.KEY,
                "w",
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
        columnRead("isPresent", "k", AttributeColumn::isPresent);
        columnRead("get", "k", AttributeColumn::get);
        columnRead("getLong", "k", AttributeColumn::getLong);
        columnRead("getDouble", "k", AttributeColumn::getDouble);
        columnRead("getString", "s", AttributeColumn::getString);
        columnRead("getBoolean", "bool", AttributeColumn::getBoolean);
        input(
                "AttributeColumn.mapLong(LongUnaryOperator)",
                Kind.OPERATOR,
                (java.util.function.LongUnaryOperator) x -> x + 1,
                (g, a) ->
                        g.nodeColumn("k")
                                .mapLong(
                                        HostileInputCatalogue
                                                .<java.util.function.LongUnaryOperator>cast(a[0]))
                                .toList());
        input(
                "AttributeColumn.mapDouble(DoubleUnaryOperator)",
                Kind.OPERATOR,
                (java.util.function.DoubleUnaryOperator) x -> x / 2,
                (g, a) ->
                        g.nodeColumn("k")
                                .mapDouble(
                                        HostileInputCatalogue
                                                .<java.util.function.DoubleUnaryOperator>cast(a[0]))
                                .toList());

        // ---- MemoryProfile, a value type built directly
        input(
                "MemoryProfile.bytes(Category)",
                Kind.CATEGORY,
                MemoryProfile.Category.IDS,
                (g, a) -> sampleProfile().bytes((MemoryProfile.Category) a[0]));
        equality("MemoryProfile", HostileInputCatalogue::sampleProfile);
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

        // ---- Graph.topology and Topology, read on the sample's topology (weighted by "w")
        noInput("Graph.topology()");
        input("Graph.topology(String)", Kind.WEIGHT_KEY, "w", (g, a) -> g.topology((String) a[0]));
        for (String accessor :
                List.of(
                        "isDirected()",
                        "nodeCount()",
                        "edgeCount()",
                        "ids()",
                        "outEntries()",
                        "hasWeights()",
                        "weightKey()",
                        "arrayBytes()",
                        "toString()")) {
            noInput("Topology." + accessor);
        }
        topologyRead("id", Topology::id);
        topologyRead("outBegin", Topology::outBegin);
        topologyRead("outEnd", Topology::outEnd);
        topologyRead("outDegree", Topology::outDegree);
        topologyRead("outTarget", Topology::outTarget);
        topologyRead("inBegin", Topology::inBegin);
        topologyRead("inEnd", Topology::inEnd);
        topologyRead("inDegree", Topology::inDegree);
        topologyRead("inSource", Topology::inSource);
        topologyRead("outWeight", Topology::outWeight);
        topologyRead("inWeight", Topology::inWeight);
        entry(
                "Topology.indexOf(String)",
                Unknown.MINUS_ONE,
                node,
                args("a"),
                (g, a) -> g.topology().indexOf((String) a[0]));
        entry(
                "Topology.requireIndex(String)",
                nnf,
                node,
                args("a"),
                (g, a) -> g.topology().requireIndex((String) a[0]));

        // ---- Batch: its staging methods are catalogued with the Graph methods they mirror
        noInput("Batch.size()");
        noInput("Batch.commit()");
        noInput("Batch.close()");

        // ---- GraphBuilder, Backends; builder calls end in open() so a refused value cannot hide
        input(
                "GraphBuilder.backend(String)",
                Kind.BACKEND,
                "<fixture backend>",
                (g, a) -> Graph.builder().backend((String) a[0]).open());
        noInput("GraphBuilder.directed()");
        noInput("GraphBuilder.undirected()");
        expected("expectedNodes", GraphBuilder::expectedNodes);
        expected("expectedEdges", GraphBuilder::expectedEdges);
        noInput("GraphBuilder.open()");
        noInput("Backends.available()");

        // ---- value types: records, the enum, exceptions
        input(
                "Capability.valueOf(String)",
                Kind.CONSTANT,
                "REMOVAL",
                (g, a) -> Capability.valueOf((String) a[0]));
        noInput("Capability.values()");
        equality("Edge", () -> new Edge("a", "b"));
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
        equality("Node", () -> new Node("a", Map.of()));
        for (String accessor : List.of("id()", "attributes()", "hashCode()", "toString()")) {
            noInput("Node." + accessor);
        }
        equality("GraphOptions", () -> new GraphOptions("x", true, 0, 0));
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
        equality("BackendInfo", () -> new BackendInfo("x", "d", 1, Set.of()));
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
        noInput("WeightException.source()");
        noInput("WeightException.target()");
        noInput("WeightException.key()");
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
