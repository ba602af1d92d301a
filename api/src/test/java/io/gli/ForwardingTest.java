package io.gli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link ForwardingGraph} and {@link ForwardingBatch} forward every method of their interface,
 * default methods included, found by reflection: each call on a subclass that overrides nothing
 * reaches the delegate exactly once, as that very method with the very same arguments, and its
 * result (or exception) comes back unchanged.
 */
class ForwardingTest {

    /** One call the delegate received. */
    private record Received(Method method, List<Object> args) {}

    /** A delegate of type {@code type} that records each call and answers it. */
    private static final class Recorder {
        final List<Received> calls = new ArrayList<>();
        Object lastAnswer;
        RuntimeException failure;

        <T> T delegate(Class<T> type) {
            return type.cast(
                    Proxy.newProxyInstance(
                            type.getClassLoader(),
                            new Class<?>[] {type},
                            (proxy, method, args) -> {
                                if (method.getDeclaringClass() == Object.class) {
                                    return objectMethod(proxy, method, args);
                                }
                                calls.add(
                                        new Received(
                                                method,
                                                args == null ? List.of() : Arrays.asList(args)));
                                if (failure != null) {
                                    throw failure;
                                }
                                lastAnswer = answer(method.getReturnType(), calls.size());
                                return lastAnswer;
                            }));
        }

        /** Invokes {@code method} on {@code target} and checks what the delegate received. */
        Object callThrough(Object target, Method method) throws Throwable {
            Object[] args = arguments(method);
            calls.clear();
            Object result = invoke(method, target, args);
            assertEquals(1, calls.size(), method + " reached the delegate once: " + calls);
            Received received = calls.get(0);
            assertEquals(method, received.method(), method + " reached the delegate as itself");
            for (int i = 0; i < args.length; i++) {
                assertSame(args[i], received.args().get(i), method + " argument " + i);
            }
            return result;
        }
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "toString" -> "the delegate";
            case "hashCode" -> System.identityHashCode(proxy);
            default -> proxy == args[0];
        };
    }

    /** A distinct object of the type (for primitives, a value that differs call to call). */
    private static Object answer(Class<?> type, int n) {
        if (type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return n % 2 == 0;
        }
        if (type == int.class) {
            return 1_000 + n;
        }
        if (type.isInterface()) {
            return new Recorder().delegate(type);
        }
        if (type == GraphOptions.class) {
            return new GraphOptions("answer" + n, true, n, n);
        }
        if (type == Topology.class) {
            return new Topology(
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
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(types[i], i);
        }
        return args;
    }

    /** A fresh object of the type, so that identity shows it was passed on as it was. */
    private static Object argument(Class<?> type, int i) {
        if (type == String.class) {
            return new String("arg" + i);
        }
        if (type == Map.class) {
            return new HashMap<>(Map.of("k", i));
        }
        if (type == List.class || type == Collection.class) {
            return new ArrayList<>(List.of("x" + i));
        }
        if (type == Consumer.class) {
            return (Consumer<Object>) b -> {};
        }
        if (type == Predicate.class) {
            return (Predicate<Object>) x -> true;
        }
        if (type == BulkLoad.Body.class) {
            return (BulkLoad.Body<RuntimeException>) load -> {};
        }
        if (type == Object.class) {
            return new Object();
        }
        throw new AssertionError("no argument for " + type);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<Method> instanceMethods(Class<?> type) {
        List<Method> methods =
                Arrays.stream(type.getMethods())
                        .filter(m -> !Modifier.isStatic(m.getModifiers()))
                        .toList();
        assertTrue(methods.size() > 10, "reflection found too few methods: " + methods);
        return methods;
    }

    private static void assertSameResult(Method method, Object expected, Object result) {
        if (method.getReturnType().isPrimitive()) {
            assertEquals(expected, result, method.toString());
        } else {
            assertSame(expected, result, method + " returns the delegate's result");
        }
    }

    @Test
    void forwardingGraphForwardsEveryGraphMethodAsItself() throws Throwable {
        Recorder recorder = new Recorder();
        Graph forwarding = new ForwardingGraph(recorder.delegate(Graph.class)) {};
        List<Method> methods = instanceMethods(Graph.class);
        assertTrue(
                methods.stream().anyMatch(Method::isDefault),
                "Graph's default methods are among those checked");
        for (Method method : methods) {
            Object result = recorder.callThrough(forwarding, method);
            assertSameResult(method, recorder.lastAnswer, result);
        }
    }

    @Test
    void forwardingGraphPassesEveryExceptionUnchanged() {
        assertEveryExceptionPassesThrough(
                Graph.class, delegate -> new ForwardingGraph(delegate) {});
    }

    @Test
    void forwardingBatchForwardsEveryBatchMethodAndStagingChainsOnTheDecorator() throws Throwable {
        Recorder recorder = new Recorder();
        Batch forwarding = new ForwardingBatch(recorder.delegate(Batch.class)) {};
        for (Method method : instanceMethods(Batch.class)) {
            Object result = recorder.callThrough(forwarding, method);
            if (method.getReturnType() == Batch.class) {
                assertSame(forwarding, result, method + " returns the forwarding batch");
            } else {
                assertSameResult(method, recorder.lastAnswer, result);
            }
        }
    }

    @Test
    void forwardingBatchPassesEveryExceptionUnchanged() {
        assertEveryExceptionPassesThrough(
                Batch.class, delegate -> new ForwardingBatch(delegate) {});
    }

    /** Every method of {@code type}, called on a forwarder, throws what the delegate threw. */
    private static <T> void assertEveryExceptionPassesThrough(
            Class<T> type, java.util.function.UnaryOperator<T> forwarder) {
        Recorder recorder = new Recorder();
        recorder.failure = new IllegalStateException("from the delegate");
        T forwarding = forwarder.apply(recorder.delegate(type));
        for (Method method : instanceMethods(type)) {
            assertSame(
                    recorder.failure,
                    assertThrows(
                            IllegalStateException.class,
                            () -> invoke(method, forwarding, arguments(method))),
                    method.toString());
        }
    }

    @Test
    void toStringIsTheDelegatesAndANullDelegateIsRefused() {
        Recorder recorder = new Recorder();
        assertEquals(
                "the delegate", new ForwardingGraph(recorder.delegate(Graph.class)) {}.toString());
        assertEquals(
                "the delegate", new ForwardingBatch(recorder.delegate(Batch.class)) {}.toString());
        assertThrows(NullPointerException.class, () -> new ForwardingGraph(null) {});
        assertThrows(NullPointerException.class, () -> new ForwardingBatch(null) {});
    }
}
