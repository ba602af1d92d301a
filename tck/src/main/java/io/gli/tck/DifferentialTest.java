package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gli.AttributeTypeException;
import io.gli.BackendInfo;
import io.gli.Batch;
import io.gli.BatchException;
import io.gli.Capability;
import io.gli.EdgeExistsException;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import io.gli.tck.Calls.Get1;
import io.gli.tck.Calls.Get2;
import io.gli.tck.Calls.Get3;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Long random sequences of operations, valid and invalid, from fixed seeds, applied at once to
 * every backend under test and to the {@link ReferenceModel}. After every step each backend must
 * have returned the same value or thrown the same exception as the model (and exactly the same
 * message as every other backend), and must hold exactly the same nodes, edges and attributes.
 */
public class DifferentialTest {
    static final int STEPS = 1500;
    static final long[] SEEDS = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89};

    /**
     * Thrown by the test's own code inside a batch: the batch must apply nothing and rethrow it.
     */
    static final class UserAbort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserAbort() {
            super("the caller's code failed inside the batch");
        }
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @ArgumentsSource(SeedsAndBackends.class)
    void randomSequencesAgreeWithTheModel(
            long seed, String direction, List<BackendInfo> backends, GraphDecorator decorator) {
        boolean directed = direction.equals("directed");
        // The generator uses every capability; a backend lacking one is covered by the other tests.
        for (BackendInfo backend : backends) {
            Assumptions.assumeTrue(
                    backend.capabilities().containsAll(EnumSet.allOf(Capability.class)),
                    () -> backend.name() + " lacks a capability the random sequences use");
        }
        ReferenceModel model = new ReferenceModel(directed);
        List<Graph> graphs = new ArrayList<>();
        for (BackendInfo backend : backends) {
            graphs.add(
                    decorator.decorate(
                            directed
                                    ? Graph.builder().backend(backend.name()).open()
                                    : Graph.builder().backend(backend.name()).undirected().open()));
        }
        Generator generator = new Generator(new Random(seed));
        int succeeded = 0;
        int failed = 0;
        for (int i = 0; i < STEPS; i++) {
            Step step = generator.next();
            String where = "seed " + seed + ", " + direction + ", step " + i + ": " + step.text;
            if (runStep(step, model, graphs, backends, where)) {
                succeeded++;
            } else {
                failed++;
            }
        }
        for (Graph graph : graphs) {
            Invariants.check(graph);
        }
        // A sequence of nothing but failures (or nothing but successes) would test little.
        assertTrue(
                succeeded > STEPS / 4,
                "only " + succeeded + " steps succeeded; the generator has drifted");
        assertTrue(
                failed > STEPS / 20, "only " + failed + " steps failed; the generator has drifted");
    }

    /**
     * Runs one step on the model and on every graph; asserts the same outcome everywhere and the
     * same state afterwards. Returns whether the step succeeded on the model.
     */
    static boolean runStep(
            Step step,
            ReferenceModel model,
            List<Graph> graphs,
            List<BackendInfo> backends,
            String where) {
        Outcome expected = Outcome.of(() -> step.onModel.apply(model));
        Outcome first = null;
        for (int g = 0; g < graphs.size(); g++) {
            Graph graph = graphs.get(g);
            Outcome actual = Outcome.of(() -> step.onGraph.apply(graph));
            String who = where + " on " + backends.get(g).name();
            expected.assertMatchesModel(actual, who);
            if (first != null) {
                first.assertSameAcrossBackends(actual, who);
            }
            first = actual;
            assertSameState(model, graph, who);
        }
        return expected.thrown == null;
    }

    private static void assertSameState(ReferenceModel model, Graph graph, String where) {
        assertEquals(model.nodes(), graph.nodes(), () -> where + ": nodes");
        assertEquals(model.edges(), graph.edges(), () -> where + ": edges");
        for (String id : model.nodes()) {
            assertEquals(
                    model.nodeAttributes(id),
                    graph.nodeAttributes(id),
                    () -> where + ": attributes of " + id);
        }
    }

    /** Seeds times directions, with the backends under test. */
    static final class SeedsAndBackends implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(
                ParameterDeclarations parameters, ExtensionContext context) {
            List<BackendInfo> backends =
                    BackendArguments.backendsUnderTest(
                            context.getConfigurationParameter(BackendArguments.BACKENDS_PARAMETER));
            GraphDecorator decorator =
                    BackendArguments.decoratorUnderTest(
                            context.getConfigurationParameter(GraphDecorator.DECORATOR_PARAMETER));
            List<Arguments> all = new ArrayList<>();
            for (long seed : SEEDS) {
                all.add(Arguments.of(seed, "directed", backends, decorator));
                all.add(Arguments.of(seed, "undirected", backends, decorator));
            }
            return all.stream();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Outcomes

    /** What a step did: a value, or an exception. */
    record Outcome(Object value, RuntimeException thrown) {
        static Outcome of(java.util.function.Supplier<Object> action) {
            try {
                return new Outcome(action.get(), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        }

        void assertMatchesModel(Outcome actual, String where) {
            if (thrown == null) {
                if (actual.thrown != null) {
                    throw new AssertionError(
                            where + ": expected " + value + " but threw " + actual.thrown,
                            actual.thrown);
                }
                assertEquals(value, actual.value, where);
            } else {
                if (actual.thrown == null) {
                    fail(where + ": expected " + thrown + " but returned " + actual.value);
                }
                assertSameFailure(thrown, actual.thrown, where);
            }
        }

        void assertSameAcrossBackends(Outcome actual, String where) {
            assertEquals(value, actual.value, where);
            assertEquals(
                    thrown == null ? null : thrown.getClass(),
                    actual.thrown == null ? null : actual.thrown.getClass(),
                    where);
            if (thrown != null) {
                assertEquals(
                        thrown.getMessage(),
                        actual.thrown.getMessage(),
                        where + ": message differs between backends");
            }
        }

        /**
         * The model builds the contract's exceptions from the same fields, so their messages must
         * match too.
         */
        private static void assertSameFailure(
                RuntimeException expected, RuntimeException actual, String where) {
            if (expected.getClass() != actual.getClass()) {
                throw new AssertionError(
                        where + ": expected " + expected + " but threw " + actual, actual);
            }
            if (expected instanceof NodeNotFoundException
                    || expected instanceof EdgeNotFoundException
                    || expected instanceof NodeExistsException
                    || expected instanceof EdgeExistsException) {
                assertEquals(expected.getMessage(), actual.getMessage(), where);
            } else if (expected instanceof AttributeTypeException e) {
                AttributeTypeException a = (AttributeTypeException) actual;
                assertEquals(e.key(), a.key(), where);
                assertEquals(e.actualType(), a.actualType(), where);
                assertEquals(e.expectedType(), a.expectedType(), where);
            } else if (expected instanceof BatchException e) {
                BatchException a = (BatchException) actual;
                assertEquals(
                        e.operationIndex(), a.operationIndex(), where + ": failed operation index");
                assertSameFailure(e.getCause(), a.getCause(), where + " (cause)");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Steps

    /** One operation, as run on a graph and on the model. */
    record Step(
            String text,
            Function<Graph, Object> onGraph,
            Function<ReferenceModel, Object> onModel) {
        /** A step whose model side first checks the arguments, as the graph does. */
        static Step checked(
                String text,
                Runnable checkArguments,
                Function<Graph, Object> onGraph,
                Function<ReferenceModel, Object> onModel) {
            return new Step(
                    text,
                    onGraph,
                    model -> {
                        checkArguments.run();
                        return onModel.apply(model);
                    });
        }
    }

    /**
     * A change that can also be staged in a batch: its argument checks and its state change apart.
     */
    record Mutation(
            String text,
            Function<Graph, Object> direct,
            Consumer<Batch> stage,
            Runnable checkArguments,
            Function<ReferenceModel, Object> applyToState) {
        Step asStep() {
            return Step.checked(text, checkArguments, direct, applyToState);
        }
    }

    /**
     * Draws steps from a seeded random source, over small pools so that collisions are frequent.
     */
    static final class Generator {
        static final String[] IDS = {
            "n0",
            "n1",
            "n2",
            "n3",
            "n4",
            "n5",
            "n6",
            "n7",
            "n8",
            "n9",
            "a->b",
            "é 漢",
            " ",
            "tab\there",
            "\u0000"
        };
        static final String[] KEYS = {"a", "b", "c", "weight"};
        static final Object[] VALUES = {
            1,
            2L,
            3.5,
            2.5f,
            "x",
            "y",
            true,
            false,
            (short) 7,
            (byte) -1,
            List.of(1, "z"),
            Map.of("k", 1),
            List.of(List.of()),
            Double.NaN,
            Double.NEGATIVE_INFINITY,
            -0.0
        };
        static final Object[] BAD_VALUES = {
            new Object(),
            'c',
            new int[] {1},
            BigDecimal.ONE,
            List.of(new Object()),
            java.util.Set.of(1)
        };

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private <T> T pick(T[] pool) {
            return pool[random.nextInt(pool.length)];
        }

        String id() {
            if (chance(2)) {
                return chance(50) ? null : "";
            }
            return pick(IDS);
        }

        String key() {
            if (chance(2)) {
                return chance(50) ? null : "";
            }
            return pick(KEYS);
        }

        Object value() {
            if (chance(4)) {
                return chance(30) ? null : pick(BAD_VALUES);
            }
            return pick(VALUES);
        }

        Map<String, Object> attributes() {
            Map<String, Object> map = new HashMap<>();
            int size = random.nextInt(3);
            for (int i = 0; i < size; i++) {
                String key = pick(KEYS);
                map.put(chance(2) ? "" : key, chance(97) ? pick(VALUES) : value());
            }
            return map;
        }

        Step next() {
            int roll = random.nextInt(100);
            if (roll < 55) {
                return mutation().asStep();
            }
            if (roll < 90) {
                return read();
            }
            if (roll < 97) {
                return batch();
            }
            return addNodes();
        }

        Mutation mutation() {
            String id = id();
            String target = id();
            String key = key();
            Object value = value();
            Map<String, Object> attrs = attributes();
            int kind = random.nextInt(MUTATION_KINDS);
            return mutation(
                    kind,
                    kind >= 10 && chance(kind == 10 ? 50 : 30),
                    id,
                    target,
                    key,
                    value,
                    attrs);
        }

        /**
         * The number of kinds {@link #mutation(int, boolean, String, String, String, Object, Map)}
         * takes.
         */
        static final int MUTATION_KINDS = 12;

        /**
         * One mutation of the given kind (0 to {@value #MUTATION_KINDS} - 1; {@code variant} picks
         * between the two mutations of kinds 10 and 11) with the given arguments.
         */
        static Mutation mutation(
                int kind,
                boolean variant,
                String id,
                String target,
                String key,
                Object value,
                Map<String, Object> attrs) {
            String args = "(" + id + ", " + target + ", " + key + ", " + value + ", " + attrs + ")";
            Runnable checkNode = () -> ReferenceModel.checkId(id);
            Runnable checkEdge = checks(checkNode, () -> ReferenceModel.checkId(target));
            Runnable checkKey = () -> ReferenceModel.checkKey(key);
            Runnable checkValue = () -> ReferenceModel.normalize(value);
            Runnable checkAttrs = () -> ReferenceModel.normalizeAll(attrs);
            return switch (kind) {
                case 0, 1 ->
                        new Mutation(
                                "addNode" + args,
                                done(g -> g.addNode(id, attrs)),
                                b -> b.addNode(id, attrs),
                                checks(checkNode, checkAttrs),
                                done(m -> m.addNode(id, ReferenceModel.normalizeAll(attrs))));
                case 2 ->
                        new Mutation(
                                "mergeNode" + args,
                                g -> g.mergeNode(id, attrs),
                                b -> b.mergeNode(id, attrs),
                                checks(checkNode, checkAttrs),
                                m -> m.mergeNode(id, ReferenceModel.normalizeAll(attrs)));
                case 3 ->
                        new Mutation(
                                "setNodeAttribute" + args,
                                done(g -> g.setNodeAttribute(id, key, value)),
                                b -> b.setNodeAttribute(id, key, value),
                                checks(checkNode, checkKey, checkValue),
                                done(
                                        m ->
                                                m.putNodeAttributes(
                                                        id,
                                                        Map.of(
                                                                key,
                                                                ReferenceModel.normalize(value)))));
                case 4 ->
                        new Mutation(
                                "updateNodeAttributes" + args,
                                done(g -> g.updateNodeAttributes(id, attrs)),
                                b -> b.updateNodeAttributes(id, attrs),
                                checks(checkNode, checkAttrs),
                                done(
                                        m ->
                                                m.putNodeAttributes(
                                                        id, ReferenceModel.normalizeAll(attrs))));
                case 5 ->
                        new Mutation(
                                "removeNodeAttribute" + args,
                                g -> g.removeNodeAttribute(id, key),
                                b -> b.removeNodeAttribute(id, key),
                                checks(checkNode, checkKey),
                                m -> m.removeNodeAttribute(id, key));
                case 6 ->
                        new Mutation(
                                "removeNode" + args,
                                done(g -> g.removeNode(id)),
                                b -> b.removeNode(id),
                                checkNode,
                                done(m -> m.removeNode(id)));
                case 7, 8 ->
                        new Mutation(
                                "addEdge" + args,
                                done(g -> g.addEdge(id, target, attrs)),
                                b -> b.addEdge(id, target, attrs),
                                checks(checkEdge, checkAttrs),
                                done(
                                        m ->
                                                m.addEdge(
                                                        id,
                                                        target,
                                                        ReferenceModel.normalizeAll(attrs))));
                case 9 ->
                        new Mutation(
                                "mergeEdge" + args,
                                g -> g.mergeEdge(id, target, attrs),
                                b -> b.mergeEdge(id, target, attrs),
                                checks(checkEdge, checkAttrs),
                                m -> m.mergeEdge(id, target, ReferenceModel.normalizeAll(attrs)));
                case 10 ->
                        variant
                                ? new Mutation(
                                        "setEdgeAttribute" + args,
                                        done(g -> g.setEdgeAttribute(id, target, key, value)),
                                        b -> b.setEdgeAttribute(id, target, key, value),
                                        checks(checkEdge, checkKey, checkValue),
                                        done(
                                                m ->
                                                        m.putEdgeAttributes(
                                                                id,
                                                                target,
                                                                Map.of(
                                                                        key,
                                                                        ReferenceModel.normalize(
                                                                                value)))))
                                : new Mutation(
                                        "removeEdgeAttribute" + args,
                                        g -> g.removeEdgeAttribute(id, target, key),
                                        b -> b.removeEdgeAttribute(id, target, key),
                                        checks(checkEdge, checkKey),
                                        m -> m.removeEdgeAttribute(id, target, key));
                default ->
                        variant
                                ? new Mutation(
                                        "updateEdgeAttributes" + args,
                                        done(g -> g.updateEdgeAttributes(id, target, attrs)),
                                        b -> b.updateEdgeAttributes(id, target, attrs),
                                        checks(checkEdge, checkAttrs),
                                        done(
                                                m ->
                                                        m.putEdgeAttributes(
                                                                id,
                                                                target,
                                                                ReferenceModel.normalizeAll(
                                                                        attrs))))
                                : new Mutation(
                                        "removeEdge" + args,
                                        done(g -> g.removeEdge(id, target)),
                                        b -> b.removeEdge(id, target),
                                        checkEdge,
                                        done(m -> m.removeEdge(id, target)));
            };
        }

        /** The checks, run in order: a call checks its arguments one after the other. */
        private static Runnable checks(Runnable... checks) {
            return () -> {
                for (Runnable check : checks) {
                    check.run();
                }
            };
        }

        /** A call whose result is nothing, as a step's function: it returns null. */
        private static <T> Function<T, Object> done(Consumer<T> call) {
            return on -> {
                call.accept(on);
                return null;
            };
        }

        Step read() {
            String id = id();
            String target = id();
            String key = key();
            Map<String, Object> match = attributes();
            return read(random.nextInt(READ_KINDS), id, target, key, match);
        }

        /** The number of kinds {@link #read(int, String, String, String, Map)} takes. */
        static final int READ_KINDS = 20;

        /** One read of the given kind (0 to {@value #READ_KINDS} - 1) with the given arguments. */
        static Step read(
                int kind, String id, String target, String key, Map<String, Object> match) {
            Reads r = new Reads(id, target, key, match);
            return switch (kind) {
                case 17 ->
                        r.key(
                                "nodeColumn",
                                (g, k) -> g.nodeColumn(k).toList(),
                                ReferenceModel::nodeColumn);
                case 18 ->
                        r.key(
                                "edgeColumn",
                                (g, k) -> g.edgeColumn(k).toList(),
                                ReferenceModel::edgeColumn);
                case 19 ->
                        r.key(
                                "nodeColumn.sumLong",
                                (g, k) -> g.nodeColumn(k).sumLong(),
                                ReferenceModel::nodeColumnSum);
                case 0 -> r.node("hasNode", Graph::hasNode, ReferenceModel::hasNode);
                case 1 -> r.edge("hasEdge", Graph::hasEdge, ReferenceModel::hasEdge);
                case 2 ->
                        r.node(
                                "nodeAttributes",
                                Graph::nodeAttributes,
                                ReferenceModel::nodeAttributes);
                case 3 ->
                        r.nodeKey(
                                "nodeAttribute",
                                Graph::nodeAttribute,
                                ReferenceModel::nodeAttribute);
                case 4 -> r.nodeKey("nodeLong", Graph::nodeLong, ReferenceModel::nodeLong);
                case 5 -> r.nodeKey("nodeDouble", Graph::nodeDouble, ReferenceModel::nodeDouble);
                case 6 ->
                        r.edge(
                                "edgeAttributes",
                                Graph::edgeAttributes,
                                ReferenceModel::edgeAttributes);
                case 7 ->
                        r.edgeKey(
                                "edgeAttribute",
                                Graph::edgeAttribute,
                                ReferenceModel::edgeAttribute);
                case 8 -> r.node("successors", Graph::successors, ReferenceModel::successors);
                case 9 -> r.node("predecessors", Graph::predecessors, ReferenceModel::predecessors);
                case 10 -> r.node("neighbors", Graph::neighbors, ReferenceModel::neighbors);
                case 11 -> r.node("outDegree", Graph::outDegree, (m, n) -> m.successors(n).size());
                case 12 -> r.node("inDegree", Graph::inDegree, (m, n) -> m.predecessors(n).size());
                case 13 -> r.node("degree", Graph::degree, (m, n) -> m.neighbors(n).size());
                case 14 -> r.match("findNodes", Graph::findNodes, ReferenceModel::findNodes);
                case 15 -> r.match("findEdges", Graph::findEdges, ReferenceModel::findEdges);
                default ->
                        Step.checked(
                                "counts",
                                () -> {},
                                g -> List.of(g.nodeCount(), g.edgeCount()),
                                m -> List.of(m.nodeCount(), m.edgeCount()));
            };
        }

        /**
         * The reads of one step's arguments, each made alike on the graph and on the model; the
         * model first checks the arguments the read takes, as the graph does.
         */
        private record Reads(String id, String target, String key, Map<String, Object> match) {
            Step node(String name, Get1<Graph, String> graph, Get1<ReferenceModel, String> model) {
                return one(name, this::checkNode, id, graph, model);
            }

            Step key(String name, Get1<Graph, String> graph, Get1<ReferenceModel, String> model) {
                return one(name, this::checkKey, key, graph, model);
            }

            Step nodeKey(
                    String name,
                    Get2<Graph, String, String> graph,
                    Get2<ReferenceModel, String, String> model) {
                return two(name, checks(this::checkNode, this::checkKey), key, graph, model);
            }

            Step edge(
                    String name,
                    Get2<Graph, String, String> graph,
                    Get2<ReferenceModel, String, String> model) {
                return two(name, this::checkEdge, target, graph, model);
            }

            Step edgeKey(
                    String name,
                    Get3<Graph, String, String, String> graph,
                    Get3<ReferenceModel, String, String, String> model) {
                return Step.checked(
                        name + arguments(),
                        checks(this::checkEdge, this::checkKey),
                        g -> graph.call(g, id, target, key),
                        m -> model.call(m, id, target, key));
            }

            /** A query by attributes, which the model matches in their stored form. */
            Step match(
                    String name,
                    Get1<Graph, Map<String, Object>> graph,
                    Get1<ReferenceModel, Map<String, Object>> model) {
                return Step.checked(
                        name + arguments(),
                        () -> ReferenceModel.normalizeAll(match),
                        g -> graph.call(g, match),
                        m -> model.call(m, ReferenceModel.normalizeAll(match)));
            }

            private Step one(
                    String name,
                    Runnable check,
                    String argument,
                    Get1<Graph, String> graph,
                    Get1<ReferenceModel, String> model) {
                return Step.checked(
                        name + arguments(),
                        check,
                        g -> graph.call(g, argument),
                        m -> model.call(m, argument));
            }

            /** A read of the node {@code id} and a second string: an edge's target, or a key. */
            private Step two(
                    String name,
                    Runnable check,
                    String second,
                    Get2<Graph, String, String> graph,
                    Get2<ReferenceModel, String, String> model) {
                return Step.checked(
                        name + arguments(),
                        check,
                        g -> graph.call(g, id, second),
                        m -> model.call(m, id, second));
            }

            private String arguments() {
                return "(" + id + ", " + target + ", " + key + ", " + match + ")";
            }

            private void checkNode() {
                ReferenceModel.checkId(id);
            }

            private void checkEdge() {
                ReferenceModel.checkId(id);
                ReferenceModel.checkId(target);
            }

            private void checkKey() {
                ReferenceModel.checkKey(key);
            }
        }

        /**
         * A batch of a few mutations; sometimes the caller's code throws part-way through staging.
         */
        Step batch() {
            List<Mutation> mutations = new ArrayList<>();
            int size = 1 + random.nextInt(6);
            for (int i = 0; i < size; i++) {
                mutations.add(mutation());
            }
            int abortAfter = chance(15) ? random.nextInt(size) : -1;
            return batch(mutations, abortAfter, chance(30));
        }

        /**
         * A batch staging {@code mutations}, lambda or {@code explicit}; the caller's code throws
         * after staging mutation {@code abortAfter} unless that is negative.
         */
        static Step batch(List<Mutation> mutations, int abortAfter, boolean explicit) {
            String text =
                    (explicit ? "openBatch" : "batch")
                            + (abortAfter >= 0 ? " aborted after #" + abortAfter : "")
                            + mutations.stream().map(Mutation::text).toList();
            Function<Graph, Object> onGraph =
                    graph -> {
                        if (explicit) {
                            try (Batch batch = graph.openBatch()) {
                                stageAll(batch, mutations, abortAfter);
                                batch.commit();
                            }
                        } else {
                            graph.batch(batch -> stageAll(batch, mutations, abortAfter));
                        }
                        return null;
                    };
            Function<ReferenceModel, Object> onModel =
                    model -> {
                        for (int i = 0; i < mutations.size(); i++) {
                            mutations.get(i).checkArguments.run();
                            if (i == abortAfter) {
                                throw new UserAbort();
                            }
                        }
                        ReferenceModel before = model.copy();
                        for (int i = 0; i < mutations.size(); i++) {
                            try {
                                Object unused = mutations.get(i).applyToState.apply(model);
                            } catch (RuntimeException e) {
                                model.restore(before);
                                throw new BatchException(i, mutations.get(i).text, e);
                            }
                        }
                        return null;
                    };
            return new Step(text, onGraph, onModel);
        }

        private static void stageAll(Batch batch, List<Mutation> mutations, int abortAfter) {
            for (int i = 0; i < mutations.size(); i++) {
                mutations.get(i).stage.accept(batch);
                if (i == abortAfter) {
                    throw new UserAbort();
                }
            }
        }

        /** The atomic bulk add: all IDs or none, a repeated ID counting as existing. */
        Step addNodes() {
            List<String> ids = new ArrayList<>();
            int size = 1 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                ids.add(id());
            }
            return addNodes(ids);
        }

        /** The atomic bulk add of {@code ids}. */
        static Step addNodes(List<String> ids) {
            return new Step(
                    "addNodes" + ids,
                    graph -> {
                        graph.addNodes(ids);
                        return null;
                    },
                    model -> {
                        ids.forEach(ReferenceModel::checkId);
                        ReferenceModel before = model.copy();
                        try {
                            for (String id : ids) {
                                model.addNode(id, Map.of());
                            }
                        } catch (RuntimeException e) {
                            model.restore(before);
                            throw e;
                        }
                        return null;
                    });
        }
    }
}
