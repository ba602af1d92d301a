package io.gli.tck;

import io.gli.Graph;
import java.util.Map;

/**
 * A method as a call on a receiver with typed arguments: the functional interfaces {@code DoN} (its
 * result dropped) and {@code GetN} (its result kept) for N arguments, which a method reference such
 * as {@code Graph::nodeLong} fits; and, for the {@link HostileInputCatalogue}, spreaders that call
 * one with an entry's argument array, each argument cast to the type the method declares, and name
 * those parameters as a catalogue signature writes them. So a catalogue entry is one line naming
 * its method, and the casts are written once per parameter list instead of once per method.
 *
 * <p>The spreaders are named by their parameter types in order: {@code s} a {@code String}, {@code
 * m} an attribute {@code Map}, {@code o} any {@code Object}. A {@code read} spreader returns what
 * the method returns; the others return null, for a method that returns nothing or a batch's
 * staging method (whose result, the batch itself, the catalogue never looks at).
 */
final class Calls {
    private Calls() {}

    /**
     * A call on its receiver (a graph, or a batch staging), with its parameter list as a signature
     * writes it: {@code "(String,Map)"}.
     */
    record Call<R>(String parameters, Body<R> body) {}

    /** A call on a receiver with the catalogue's argument array. */
    @FunctionalInterface
    interface Body<R> {
        Object call(R on, Object[] arguments);
    }

    /** A method taking one argument, its result dropped. */
    @FunctionalInterface
    interface Do1<R, A> {
        void call(R on, A a);
    }

    /** A method taking one argument, its result kept. */
    @FunctionalInterface
    interface Get1<R, A> {
        Object call(R on, A a);
    }

    /** A method taking two arguments, its result dropped. */
    @FunctionalInterface
    interface Do2<R, A, B> {
        void call(R on, A a, B b);
    }

    /** A method taking two arguments, its result kept. */
    @FunctionalInterface
    interface Get2<R, A, B> {
        Object call(R on, A a, B b);
    }

    /** A method taking three arguments, its result dropped. */
    @FunctionalInterface
    interface Do3<R, A, B, C> {
        void call(R on, A a, B b, C c);
    }

    /** A method taking three arguments, its result kept. */
    @FunctionalInterface
    interface Get3<R, A, B, C> {
        Object call(R on, A a, B b, C c);
    }

    /** A method taking four arguments, its result dropped. */
    @FunctionalInterface
    interface Do4<R, A, B, C, D> {
        void call(R on, A a, B b, C c, D d);
    }

    static <R> Call<R> s(Do1<R, String> method) {
        return done("(String)", (on, a) -> method.call(on, string(a[0])));
    }

    static <R> Call<R> ss(Do2<R, String, String> method) {
        return done("(String,String)", (on, a) -> method.call(on, string(a[0]), string(a[1])));
    }

    static <R> Call<R> sss(Do3<R, String, String, String> method) {
        return done(
                "(String,String,String)",
                (on, a) -> method.call(on, string(a[0]), string(a[1]), string(a[2])));
    }

    static <R> Call<R> sm(Do2<R, String, Map<String, Object>> method) {
        return done("(String,Map)", (on, a) -> method.call(on, string(a[0]), map(a[1])));
    }

    static <R> Call<R> ssm(Do3<R, String, String, Map<String, Object>> method) {
        return done(
                "(String,String,Map)",
                (on, a) -> method.call(on, string(a[0]), string(a[1]), map(a[2])));
    }

    static <R> Call<R> sso(Do3<R, String, String, Object> method) {
        return done(
                "(String,String,Object)",
                (on, a) -> method.call(on, string(a[0]), string(a[1]), a[2]));
    }

    static <R> Call<R> ssso(Do4<R, String, String, String, Object> method) {
        return done(
                "(String,String,String,Object)",
                (on, a) -> method.call(on, string(a[0]), string(a[1]), string(a[2]), a[3]));
    }

    static Call<Graph> readS(Get1<Graph, String> method) {
        return new Call<>("(String)", (g, a) -> method.call(g, string(a[0])));
    }

    static Call<Graph> readSS(Get2<Graph, String, String> method) {
        return new Call<>("(String,String)", (g, a) -> method.call(g, string(a[0]), string(a[1])));
    }

    static Call<Graph> readSSS(Get3<Graph, String, String, String> method) {
        return new Call<>(
                "(String,String,String)",
                (g, a) -> method.call(g, string(a[0]), string(a[1]), string(a[2])));
    }

    static Call<Graph> readSM(Get2<Graph, String, Map<String, Object>> method) {
        return new Call<>("(String,Map)", (g, a) -> method.call(g, string(a[0]), map(a[1])));
    }

    static Call<Graph> readSSM(Get3<Graph, String, String, Map<String, Object>> method) {
        return new Call<>(
                "(String,String,Map)",
                (g, a) -> method.call(g, string(a[0]), string(a[1]), map(a[2])));
    }

    /** A call returning null, for a method whose result the catalogue does not keep. */
    private static <R> Call<R> done(String parameters, Do1<R, Object[]> body) {
        return new Call<>(
                parameters,
                (on, arguments) -> {
                    body.call(on, arguments);
                    return null;
                });
    }

    private static String string(Object value) {
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
