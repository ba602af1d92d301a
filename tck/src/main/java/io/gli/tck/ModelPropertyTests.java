package io.gli.tck;

import io.gli.BackendInfo;
import io.gli.Capability;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Property-based form of the {@link DifferentialTest}: jqwik draws random sequences of operations
 * (every mutation, read, batch and bulk add of the differential test, valid and invalid, over small
 * pools of IDs, keys and values so that they collide), runs each on the {@link ReferenceModel} and
 * on every backend under test, and demands the same results, exceptions and state after every step.
 * When a sequence fails, jqwik shrinks it to a minimal failing one (fewer steps, simpler arguments)
 * and reports that, with the seed to replay it.
 *
 * <p>jqwik is its own JUnit Platform engine: a backend's suite class runs these properties beside
 * the Jupiter tests. jqwik does not hand the suite's configuration parameters to test code, so the
 * backends under test are named here by the system property {@value
 * BackendArguments#BACKENDS_PARAMETER} or, without it, are every backend discovered.
 */
public class ModelPropertyTests {
    // Named *Tests: a JUnit suite selects only classes whose names match its default pattern.
    /**
     * Tries per property: enough to find what the fixed-seed test misses, few enough to take
     * seconds.
     */
    static final int TRIES = 150;

    static final int MAX_STEPS = 40;

    @Property(tries = TRIES)
    @AddLifecycleHook(SkipUnlessEveryCapability.class)
    void directedSequencesAgreeWithTheModel(@ForAll("sequences") List<Action> actions) {
        check(true, actions);
    }

    @Property(tries = TRIES)
    @AddLifecycleHook(SkipUnlessEveryCapability.class)
    void undirectedSequencesAgreeWithTheModel(@ForAll("sequences") List<Action> actions) {
        check(false, actions);
    }

    private static void check(boolean directed, List<Action> actions) {
        List<BackendInfo> backends = backendsUnderTest();
        ReferenceModel model = new ReferenceModel(directed);
        List<Graph> graphs = new ArrayList<>();
        for (BackendInfo backend : backends) {
            graphs.add(
                    directed
                            ? Graph.builder().backend(backend.name()).open()
                            : Graph.builder().backend(backend.name()).undirected().open());
        }
        int failed = 0;
        for (int i = 0; i < actions.size(); i++) {
            DifferentialTest.Step step = actions.get(i).step();
            if (!DifferentialTest.runStep(
                    step, model, graphs, backends, "step " + i + ": " + step.text())) {
                failed++;
            }
        }
        graphs.forEach(Invariants::check);
        Statistics.label("steps that failed")
                .collect(failed == 0 ? "none" : failed * 4 < actions.size() ? "some" : "many");
        Statistics.label("nodes at the end")
                .collect(model.nodeCount() < 3 ? "0-2" : model.nodeCount() < 8 ? "3-7" : "8+");
    }

    static List<BackendInfo> backendsUnderTest() {
        return BackendArguments.backendsUnderTest(
                Optional.ofNullable(System.getProperty(BackendArguments.BACKENDS_PARAMETER)));
    }

    /** A step, shown by its text when jqwik reports a (shrunk) failing sequence. */
    record Action(DifferentialTest.Step step) {
        @Override
        public String toString() {
            return step.text();
        }
    }

    /**
     * A sequence starts by adding some of the pool's nodes (so that most later steps meet nodes
     * that exist, and edges can be added), then runs random steps.
     */
    @Provide
    Arbitrary<List<Action>> sequences() {
        Arbitrary<Action> setup =
                Arbitraries.subsetOf(DifferentialTest.Generator.IDS)
                        .map(
                                ids ->
                                        new Action(
                                                DifferentialTest.Generator.addNodes(
                                                        List.copyOf(ids))));
        return Combinators.combine(setup, steps())
                .as(
                        (first, rest) -> {
                            List<Action> all = new ArrayList<>();
                            all.add(first);
                            all.addAll(rest);
                            return all;
                        });
    }

    private static Arbitrary<List<Action>> steps() {
        return Arbitraries.frequencyOf(
                        Tuple.of(55, mutations().map(m -> new Action(m.asStep()))),
                        Tuple.of(30, reads()),
                        Tuple.of(10, batches()),
                        Tuple.of(5, bulkAdds()))
                .list()
                .ofMinSize(1)
                .ofMaxSize(MAX_STEPS);
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(
                Tuple.of(96, Arbitraries.of(DifferentialTest.Generator.IDS)),
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(2, Arbitraries.just((String) null)));
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.frequencyOf(
                Tuple.of(96, Arbitraries.of(DifferentialTest.Generator.KEYS)),
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(2, Arbitraries.just((String) null)));
    }

    private static Arbitrary<Object> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(94, Arbitraries.of(DifferentialTest.Generator.VALUES)),
                Tuple.of(4, Arbitraries.of(DifferentialTest.Generator.BAD_VALUES)),
                Tuple.of(2, Arbitraries.just(null)));
    }

    private static Arbitrary<Map<String, Object>> attributes() {
        Arbitrary<String> keys =
                Arbitraries.frequencyOf(
                        Tuple.of(97, Arbitraries.of(DifferentialTest.Generator.KEYS)),
                        Tuple.of(3, Arbitraries.just("")));
        Arbitrary<Object> values =
                Arbitraries.frequencyOf(
                        Tuple.of(97, Arbitraries.of(DifferentialTest.Generator.VALUES)),
                        Tuple.of(3, values()));
        // A HashMap, not Map.of: the values drawn may be null, which the graph must refuse.
        return Arbitraries.maps(keys, values).ofMaxSize(2).map(java.util.HashMap::new);
    }

    private static Arbitrary<DifferentialTest.Mutation> mutations() {
        return Combinators.combine(
                        Arbitraries.integers()
                                .between(0, DifferentialTest.Generator.MUTATION_KINDS - 1),
                        Arbitraries.of(true, false),
                        ids(),
                        ids(),
                        keys(),
                        values(),
                        attributes())
                .as(DifferentialTest.Generator::mutation);
    }

    private static Arbitrary<Action> reads() {
        return Combinators.combine(
                        Arbitraries.integers()
                                .between(0, DifferentialTest.Generator.READ_KINDS - 1),
                        ids(),
                        ids(),
                        keys(),
                        attributes())
                .as(
                        (kind, id, target, key, match) ->
                                new Action(
                                        DifferentialTest.Generator.read(
                                                kind, id, target, key, match)));
    }

    private static Arbitrary<Action> batches() {
        return Combinators.combine(
                        mutations().list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.integers().between(-6, 5),
                        Arbitraries.of(false, true))
                .as(
                        (mutations, abort, explicit) ->
                                new Action(
                                        DifferentialTest.Generator.batch(
                                                mutations,
                                                abort >= 0 && abort < mutations.size() ? abort : -1,
                                                explicit)));
    }

    private static Arbitrary<Action> bulkAdds() {
        return ids().list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(ids -> new Action(DifferentialTest.Generator.addNodes(ids)));
    }

    /**
     * The sequences use every capability; a backend under test that lacks one is covered by the
     * other tests, and these properties are reported as skipped, never as passed.
     */
    public static final class SkipUnlessEveryCapability implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            for (BackendInfo backend : backendsUnderTest()) {
                if (!backend.capabilities().containsAll(EnumSet.allOf(Capability.class))) {
                    EnumSet<Capability> lacking = EnumSet.allOf(Capability.class);
                    lacking.removeAll(backend.capabilities());
                    return SkipResult.skip(
                            "backend "
                                    + backend.name()
                                    + " lacks "
                                    + Arrays.toString(lacking.toArray()));
                }
            }
            return SkipResult.doNotSkip();
        }
    }
}
