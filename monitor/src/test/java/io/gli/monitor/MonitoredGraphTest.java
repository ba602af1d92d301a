package io.gli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.AttributeColumn;
import io.gli.Batch;
import io.gli.Capability;
import io.gli.Graph;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.NodeExistsException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The decorator forwards every Graph method, returns and throws exactly what the graph did, and
 * counts every call.
 */
class MonitoredGraphTest {

    private static List<Method> graphMethods() {
        return Arrays.stream(Graph.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .toList();
    }

    /** What the proxy below received. */
    private record Received(Method method, List<Object> args) {}

    /**
     * A graph that records each call and answers with a distinct object, or throws {@code failure}
     * if set.
     */
    private static Graph recording(
            List<Received> calls, Map<Method, Object> answers, RuntimeException failure) {
        return (Graph)
                Proxy.newProxyInstance(
                        Graph.class.getClassLoader(),
                        new Class<?>[] {Graph.class},
                        (proxy, method, args) -> {
                            if (method.getDeclaringClass() == Object.class) {
                                return method.getName().equals("toString")
                                        ? "recording"
                                        : method.getName().equals("hashCode")
                                                ? 0
                                                : proxy == args[0];
                            }
                            calls.add(
                                    new Received(
                                            method,
                                            args == null ? List.of() : Arrays.asList(args)));
                            if (failure != null) {
                                throw failure;
                            }
                            Object answer = answer(method.getReturnType(), calls.size());
                            answers.put(method, answer);
                            return answer;
                        });
    }

    private static Object answer(Class<?> type, int n) {
        if (type == void.class) {
            return null;
        }
        if (type == Batch.class) {
            return Proxy.newProxyInstance(
                    Batch.class.getClassLoader(),
                    new Class<?>[] {Batch.class},
                    (proxy, method, args) ->
                            method.getName().equals("toString") ? "batch" + n : null);
        }
        if (type == Set.class) {
            return EnumSet.of(n % 2 == 0 ? Capability.DIRECTED : Capability.UNDIRECTED);
        }
        if (type == boolean.class) {
            return n % 2 == 0;
        }
        if (type == int.class) {
            return n;
        }
        if (type == GraphOptions.class) {
            return new GraphOptions("answer" + n, true, n, n);
        }
        if (type == AttributeColumn.class) {
            return java.lang.reflect.Proxy.newProxyInstance(
                    AttributeColumn.class.getClassLoader(),
                    new Class<?>[] {AttributeColumn.class},
                    (proxy, method, args) ->
                            method.getName().equals("toString") ? "column" + n : null);
        }
        if (type == java.util.stream.Stream.class) {
            return java.util.stream.Stream.of("answer" + n);
        }
        if (type == io.gli.Topology.class) {
            return new io.gli.Topology(
                    true,
                    List.of("answer" + n),
                    0,
                    new int[2],
                    new int[0],
                    new int[2],
                    new int[0],
                    null,
                    null,
                    null);
        }
        if (type == MemoryProfile.class) {
            return new MemoryProfile(
                    "answer" + n, n, n, Map.of(MemoryProfile.Category.IDS, (long) n));
        }
        if (type == List.class) {
            return List.of("answer" + n);
        }
        if (type == Map.class) {
            return Map.of("answer", n);
        }
        if (type == Optional.class) {
            return Optional.of("answer" + n);
        }
        if (type == OptionalLong.class) {
            return OptionalLong.of(n);
        }
        if (type == OptionalDouble.class) {
            return OptionalDouble.of(n);
        }
        throw new AssertionError("no answer for " + type);
    }

    private static Object[] arguments(Method method) {
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> t = types[i];
            args[i] =
                    t == String.class
                            ? new String("arg" + i)
                            : t == Map.class
                                    ? new HashMap<>(Map.of("k", i))
                                    : t == List.class || t == Collection.class
                                            ? new ArrayList<>(List.of("x" + i))
                                            : t == Consumer.class
                                                    ? (Consumer<Object>) b -> {}
                                                    : t == io.gli.BulkLoad.Body.class
                                                            ? (io.gli.BulkLoad.Body<
                                                                            RuntimeException>)
                                                                    load -> {}
                                                            : t == Predicate.class
                                                                    ? (Predicate<Object>) x -> true
                                                                    : t == Object.class
                                                                            ? new Object()
                                                                            : null;
            if (args[i] == null) {
                throw new AssertionError("no argument for " + t + " in " + method);
            }
        }
        return args;
    }

    private static Object invoke(Method method, Graph graph, Object[] args) throws Throwable {
        try {
            return method.invoke(graph, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void theDecoratorImplementsEveryGraphMethodItself() throws NoSuchMethodException {
        for (Method method : graphMethods()) {
            // Including defaults such as isDirected, which would otherwise be recorded as
            // options().
            assertEquals(
                    MonitoredGraph.class,
                    MonitoredGraph.class
                            .getMethod(method.getName(), method.getParameterTypes())
                            .getDeclaringClass(),
                    method.toString());
        }
        assertEquals(
                graphMethods().size() + 1,
                Call.values().length,
                "one Call per Graph method, and one for Batch.commit()");
    }

    @Test
    void everyMethodIsForwardedWithItsArgumentsAndRecordedUnderItsName() throws Throwable {
        List<Received> calls = new ArrayList<>();
        Map<Method, Object> answers = new HashMap<>();
        GraphMonitor monitor = GraphMonitor.create();
        Graph graph = monitor.wrap(recording(calls, answers, null));
        Map<String, Long> expected = new HashMap<>();
        for (Method method : graphMethods()) {
            Object[] args = arguments(method);
            calls.clear();
            Object result = invoke(method, graph, args);
            assertEquals(1, calls.size(), method + " reached the graph once");
            assertEquals(method, calls.get(0).method(), method.toString());
            for (int i = 0; i < args.length; i++) {
                assertSame(args[i], calls.get(0).args().get(i), method + " argument " + i);
            }
            if (method.getReturnType().isPrimitive()) {
                assertEquals(answers.get(method), result, method.toString());
            } else if (method.getReturnType() == Batch.class) {
                // Wrapped, so that its commit is timed; toString shows what it forwards to.
                assertTrue(result instanceof MonitoredBatch, method.toString());
                assertEquals(answers.get(method).toString(), result.toString());
            } else {
                assertSame(answers.get(method), result, method.toString());
            }
            expected.merge(method.getName(), 1L, Long::sum);
        }
        MonitorSnapshot snapshot = monitor.snapshot();
        Map<String, Long> recorded = new HashMap<>();
        snapshot.operations().forEach(s -> recorded.put(s.operation(), s.count()));
        assertEquals(expected, recorded);
        assertTrue(snapshot.operations().stream().allMatch(s -> s.errors() == 0));
    }

    @Test
    void everyMethodPassesExceptionsUnchangedAndCountsThem() throws Throwable {
        IllegalStateException failure = new IllegalStateException("from the graph");
        GraphMonitor monitor = GraphMonitor.create();
        Graph graph = monitor.wrap(recording(new ArrayList<>(), new HashMap<>(), failure));
        for (Method method : graphMethods()) {
            assertSame(
                    failure,
                    assertThrows(
                            IllegalStateException.class,
                            () -> invoke(method, graph, arguments(method))),
                    method.toString());
        }
        for (OperationStats s : monitor.snapshot().operations()) {
            assertEquals(s.count(), s.errors(), s.operation());
        }
        assertEquals(
                graphMethods().stream().map(Method::getName).distinct().count(),
                monitor.snapshot().operations().size());
    }

    @Test
    void callsFromManyThreadsAreAllCounted() throws InterruptedException {
        // Each clock read moves a millisecond: 40,000 reads cross several 10 s slices while the
        // threads run.
        AtomicLong time = new AtomicLong();
        GraphMonitor monitor =
                GraphMonitor.builder()
                        .clock(() -> time.addAndGet(1_000_000))
                        .window(Duration.ofSeconds(60), 6)
                        .build();
        Graph graph = monitor.wrap(Graph.open());
        graph.addNode("taken");
        int threads = 4;
        int calls = 5_000;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers.add(
                    new Thread(
                            () -> {
                                for (int i = 0; i < calls; i++) {
                                    try {
                                        graph.addNode(i % 2 == 0 ? "taken" : "n" + id + "-" + i);
                                    } catch (NodeExistsException expected) {
                                        // counted as an error
                                    }
                                }
                            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        OperationStats s = monitor.snapshot().operation("addNode").orElseThrow();
        assertEquals(1 + threads * calls, s.count());
        assertEquals(threads * calls / 2, s.errors());
        assertEquals(
                s.count(),
                s.windowCount(),
                "no call lost when slices close under concurrent recording");
        assertEquals(1 + threads * calls / 2, graph.nodeCount());
    }

    @Test
    void theBuilderRefusesBadSettingsNamingThem() {
        GraphMonitor.Builder builder = GraphMonitor.builder();
        IllegalArgumentException threshold =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> builder.slowThreshold(Duration.ofMillis(-5)));
        assertEquals("slowThreshold must be zero or more, got PT-0.005S", threshold.getMessage());
        IllegalArgumentException capacity =
                assertThrows(IllegalArgumentException.class, () -> builder.slowLogCapacity(-1));
        assertEquals("slowLogCapacity must be zero or more, got -1", capacity.getMessage());
        IllegalArgumentException slices =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> builder.window(Duration.ofSeconds(60), 0));
        assertEquals("window slices must be at least 1, got 0", slices.getMessage());
        IllegalArgumentException length =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> builder.window(Duration.ofNanos(3), 4));
        assertEquals(
                "window length must be at least one nanosecond per slice (4 ns), got PT0.000000003S",
                length.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> builder.window(Duration.ofSeconds(-1), 1));
        assertThrows(NullPointerException.class, () -> builder.slowThreshold(null));
        assertThrows(NullPointerException.class, () -> builder.window(null, 1));
        assertThrows(NullPointerException.class, () -> builder.clock(null));
        assertThrows(NullPointerException.class, () -> builder.wallClock(null));
        assertThrows(NullPointerException.class, () -> GraphMonitor.create().wrap(null));
        // A refused setting leaves the builder as it was: the defaults.
        MonitorSnapshot snapshot = builder.build().snapshot();
        assertEquals(Duration.ofMillis(100), snapshot.slowThreshold());
        assertEquals(Duration.ofSeconds(60), snapshot.window());
    }

    @Test
    void theMonitoredGraphNamesWhatItWraps() {
        Graph graph = GraphMonitor.create().wrap(Graph.open());
        assertTrue(graph.toString().startsWith("MonitoredGraph["), graph.toString());
    }
}
