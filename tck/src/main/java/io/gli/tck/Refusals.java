package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.EdgeExistsException;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Assertions that a call is refused: it throws the contract's exception, the exception names the
 * element it is about, and the refused call leaves the graph exactly as it was ({@link
 * Snapshot#assertFailsUnchanged}). Each single assertion returns the exception for further checks;
 * the {@code assertEach} forms try every call of a list and report their failures together.
 */
final class Refusals {
    private Refusals() {}

    /**
     * A call with a name, so that a failure among many says which call it was; the assertions here
     * take it wherever they take a plain call.
     */
    record Call(String name, Executable call) implements Executable {
        @Override
        public void execute() throws Throwable {
            call.execute();
        }
    }

    /** {@code call} fails with {@code type} and changes nothing. */
    static <T extends Throwable> T assertFailsUnchanged(
            Graph graph, Class<T> type, Executable call) {
        return Snapshot.assertFailsUnchanged(graph, type, call, nameOf(call));
    }

    /**
     * {@code call} fails with {@link IllegalArgumentException}, changing nothing, and the message
     * names {@code what} is wrong (a key, a column).
     */
    static IllegalArgumentException assertArgumentErrorNaming(
            Graph graph, String what, Executable call) {
        IllegalArgumentException e =
                assertFailsUnchanged(graph, IllegalArgumentException.class, call);
        assertMessageNames(e, what);
        return e;
    }

    /** {@code call} fails with {@link NodeNotFoundException} for node {@code id}. */
    static NodeNotFoundException assertNodeNotFound(Graph graph, String id, Executable call) {
        return assertRefusedNaming(graph, NodeNotFoundException.class, call, id);
    }

    /** {@code call} fails with {@link NodeExistsException} for node {@code id}. */
    static NodeExistsException assertNodeExists(Graph graph, String id, Executable call) {
        return assertRefusedNaming(graph, NodeExistsException.class, call, id);
    }

    /** {@code call} fails with {@link EdgeNotFoundException} for the edge source to target. */
    static EdgeNotFoundException assertEdgeNotFound(
            Graph graph, String source, String target, Executable call) {
        return assertRefusedNaming(graph, EdgeNotFoundException.class, call, source, target);
    }

    /** {@code call} fails with {@link EdgeExistsException} for the edge source to target. */
    static EdgeExistsException assertEdgeExists(
            Graph graph, String source, String target, Executable call) {
        return assertRefusedNaming(graph, EdgeExistsException.class, call, source, target);
    }

    /**
     * {@code call} fails with {@code type}, changing nothing, and the exception names {@code
     * expected}: the node's ID, or the edge's source and target.
     */
    private static <T extends Throwable> T assertRefusedNaming(
            Graph graph, Class<T> type, Executable call, String... expected) {
        T e = assertFailsUnchanged(graph, type, call);
        assertEquals(
                Arrays.asList(expected),
                namedIds(e),
                () -> nameOf(call) + ": the IDs " + type.getSimpleName() + " names");
        return e;
    }

    /** The IDs an exception about one element names: the node's ID, or the edge's endpoints. */
    private static List<String> namedIds(Throwable e) {
        if (e instanceof NodeNotFoundException missing) {
            return Arrays.asList(missing.nodeId());
        } else if (e instanceof NodeExistsException exists) {
            return Arrays.asList(exists.nodeId());
        } else if (e instanceof EdgeNotFoundException missing) {
            return Arrays.asList(missing.source(), missing.target());
        } else if (e instanceof EdgeExistsException exists) {
            return Arrays.asList(exists.source(), exists.target());
        }
        throw new IllegalArgumentException("names no element: " + e);
    }

    /** {@code check} passes for each call; every call is tried, failures reported together. */
    static <C extends Executable> void assertEach(
            Collection<C> calls, ThrowingConsumer<? super C> check) {
        assertAll(calls.stream().<Executable>map(c -> () -> check.accept(c)));
    }

    /** Each call fails with {@link NodeNotFoundException} for node {@code id}. */
    static void assertEachNodeNotFound(Graph graph, String id, Executable... calls) {
        assertEach(List.of(calls), c -> assertNodeNotFound(graph, id, c));
    }

    /** Each call fails with {@code type} and changes nothing. */
    static void assertEachFailsUnchanged(
            Graph graph, Class<? extends Throwable> type, Executable... calls) {
        assertEach(List.of(calls), c -> assertFailsUnchanged(graph, type, c));
    }

    /**
     * Each named call fails with {@code type}, changing nothing, and {@code check} accepts what it
     * threw.
     */
    static <T extends Throwable> void assertEachFailsUnchanged(
            Graph graph, List<Call> calls, Class<T> type, BiConsumer<Call, T> check) {
        assertEach(calls, c -> check.accept(c, assertFailsUnchanged(graph, type, c)));
    }

    /** The exception's message contains every one of {@code names}. */
    static void assertMessageNames(Throwable e, String... names) {
        for (String name : names) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    /** The exception's message contains every one of {@code ids} in double quotes. */
    static void assertMessageQuotes(Throwable e, String... ids) {
        for (String id : ids) {
            assertTrue(e.getMessage().contains("\"" + id + "\""), e.getMessage());
        }
    }

    private static String nameOf(Executable call) {
        return call instanceof Call c ? c.name() : "failed call";
    }
}
