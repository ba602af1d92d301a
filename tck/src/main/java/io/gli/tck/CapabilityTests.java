package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Graph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;

/**
 * What a backend declares it lacks is refused with {@link UnsupportedOperationException} naming the
 * capability, before anything changes. Each such test runs only on backends lacking that capability
 * ({@link RequiresLacking}) and is skipped on the others: the inverse of {@link Requires}. A graph
 * reports its backend's capabilities itself ({@link Graph#capabilities()}), on every backend.
 */
public class CapabilityTests {

    /**
     * For a capability that depends on the fixture's direction, which an annotation cannot name:
     * the dynamic form of {@link RequiresLacking}.
     */
    private static void assumeLacks(Fixture fixture, Capability capability) {
        Assumptions.assumeFalse(
                fixture.has(capability), () -> fixture.backend().name() + " has " + capability);
    }

    private static void assertRefused(Graph graph, Capability capability, Executable action) {
        Snapshot before = Snapshot.of(graph);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, action);
        assertTrue(e.getMessage().contains(capability.name()), e.getMessage());
        before.assertUnchanged(graph);
    }

    @GraphTest
    @RequiresLacking(Capability.SELF_LOOPS)
    void selfLoopsAreRefusedWhenLacking(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a");
        assertRefused(graph, Capability.SELF_LOOPS, () -> graph.addEdge("a", "a"));
        assertRefused(graph, Capability.SELF_LOOPS, () -> graph.mergeEdge("a", "a", Map.of()));
        assertRefused(graph, Capability.SELF_LOOPS, () -> graph.batch(b -> b.addEdge("a", "a")));
    }

    @GraphTest
    @RequiresLacking(Capability.REMOVAL)
    void removalIsRefusedWhenLacking(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a");
        graph.addNode("b");
        graph.addEdge("a", "b");
        assertRefused(graph, Capability.REMOVAL, () -> graph.removeNode("a"));
        assertRefused(graph, Capability.REMOVAL, () -> graph.removeEdge("a", "b"));
        assertEquals(List.of("a", "b"), graph.nodes());
    }

    @GraphTest
    @RequiresLacking(Capability.NESTED_VALUES)
    void nestedValuesAreRefusedWhenLacking(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a");
        assertRefused(
                graph,
                Capability.NESTED_VALUES,
                () -> graph.setNodeAttribute("a", "k", List.of(1)));
        assertRefused(
                graph,
                Capability.NESTED_VALUES,
                () -> graph.addNode("b", Map.of("k", Map.of("x", 1))));
    }

    @GraphTest
    void aDirectionTheBackendLacksCannotBeOpened(Fixture fixture) {
        Capability other = fixture.directed() ? Capability.UNDIRECTED : Capability.DIRECTED;
        assumeLacks(fixture, other);
        var builder = Graph.builder().backend(fixture.backend().name());
        UnsupportedOperationException e =
                assertThrows(
                        UnsupportedOperationException.class,
                        () ->
                                (fixture.directed() ? builder.undirected() : builder.directed())
                                        .open());
        assertTrue(e.getMessage().contains(other.name()), e.getMessage());
    }

    @GraphTest
    void aGraphReportsItsBackendsCapabilities(Fixture fixture) {
        Graph graph = fixture.open();
        Set<Capability> reported = graph.capabilities();
        assertEquals(
                fixture.backend().capabilities(),
                reported,
                "a graph reports exactly what its backend declares");
        assertThrows(
                UnsupportedOperationException.class,
                () -> reported.add(Capability.REMOVAL),
                "capabilities() is immutable");
        assertThrows(
                UnsupportedOperationException.class,
                reported::clear,
                "capabilities() is immutable");
    }

    @GraphTest
    void declaredCapabilitiesAreListed(Fixture fixture) {
        Capability own = fixture.directed() ? Capability.DIRECTED : Capability.UNDIRECTED;
        fixture.open();
        assertTrue(
                fixture.backend().capabilities().contains(own),
                "a backend that opened this graph must list " + own);
    }
}
