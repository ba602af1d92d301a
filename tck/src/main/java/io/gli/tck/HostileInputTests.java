package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gli.BatchException;
import io.gli.BulkLoad;
import io.gli.Capability;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import io.gli.UnknownBackendException;
import io.gli.WeightException;
import io.gli.tck.HostileInputCatalogue.Entry;
import io.gli.tck.HostileInputCatalogue.Kind;
import io.gli.tck.HostileInputs.Input;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input catalogue: every public method of every public type of {@code io.gli} (found by
 * reflection, so a method added without a catalogue entry fails {@link
 * #everyPublicMethodIsCatalogued}) is called with hostile input in each parameter in turn, the
 * other arguments valid: null, the empty string, valid but unknown IDs with unusual characters
 * (arrows, whitespace, control characters, unpaired surrogates, a million characters), unsupported
 * attribute types, NaN and the infinities, huge strings, lists and maps nested too deep or
 * containing themselves, bad keys, wrong-length columns, caller code that throws, unknown backend
 * names, negative counts.
 *
 * <p>Each input is either refused with the exception the contract documents, whose message names
 * the problem (the value, key or type at fault) and stays short however large the input, with the
 * graph left exactly as it was; or it is valid, and the call behaves as for any other value (an
 * unknown ID is reported missing by its exact value, or created with it kept exactly).
 */
public class HostileInputTests {
    /** Longer messages would mean a huge input is echoed whole into logs. */
    private static final int MAX_MESSAGE = 2_000;

    // ---- completeness

    @Test
    void everyPublicMethodIsCatalogued() throws ClassNotFoundException {
        Map<String, Entry> catalogue = HostileInputCatalogue.bySignature();
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> wrongKind = new TreeSet<>();
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || method.isSynthetic()
                        || method.isBridge()) {
                    continue;
                }
                String signature =
                        HostileInputCatalogue.signature(
                                type, method.getName(), method.getParameterTypes());
                found.add(signature);
                Entry entry = catalogue.get(signature);
                if (entry == null) {
                    missing.add(signature);
                } else if (entry.kinds().size() != method.getParameterCount()) {
                    wrongKind.add(
                            signature
                                    + " has "
                                    + method.getParameterCount()
                                    + " parameters, catalogued with "
                                    + entry.kinds());
                }
            }
        }
        assertTrue(
                found.size() > 100, () -> "reflection found too few methods to be right: " + found);
        TreeSet<String> stale = new TreeSet<>(catalogue.keySet());
        stale.removeAll(found);
        assertEquals(
                List.of(),
                List.copyOf(missing),
                "public methods of io.gli missing from HostileInputCatalogue");
        assertEquals(
                List.of(),
                List.copyOf(wrongKind),
                "catalogue entries whose parameters differ from the method's");
        assertEquals(
                List.of(), List.copyOf(stale), "catalogue entries for methods that do not exist");
    }

    /**
     * The public top-level types of package {@code io.gli}, read from the jar or directory holding
     * it.
     */
    static List<Class<?>> publicTypes() throws ClassNotFoundException {
        List<String> names = new ArrayList<>();
        try {
            Path location =
                    Path.of(
                            Graph.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve("io/gli"))) {
                    files.map(f -> f.getFileName().toString()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream()
                            .map(e -> e.getName())
                            .filter(
                                    n ->
                                            n.startsWith("io/gli/")
                                                    && n.indexOf('/', "io/gli/".length()) < 0)
                            .map(n -> n.substring(n.lastIndexOf('/') + 1))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class")
                    && !name.contains("$")
                    && !name.equals("package-info.class")) {
                Class<?> type =
                        Class.forName(
                                "io.gli." + name.substring(0, name.length() - ".class".length()));
                if (Modifier.isPublic(type.getModifiers())) {
                    types.add(type);
                }
            }
        }
        assertTrue(
                types.contains(Graph.class) && types.size() > 10,
                () -> "found the public types of io.gli in " + File.separator + ": " + types);
        return types;
    }

    // ---- the catalogue, run

    @GraphTest
    void everyCataloguedMethodRefusesHostileInputAndChangesNothing(Fixture fixture) {
        for (Entry entry : HostileInputCatalogue.entries()) {
            assertTrue(
                    entry.needs() == null || entry.needs() == Capability.REMOVAL,
                    () ->
                            entry.signature()
                                    + " needs "
                                    + entry.needs()
                                    + ", which no test here declares: add one that requires it");
        }
        runCatalogue(fixture, null);
    }

    /** The catalogued methods that only a backend with {@code REMOVAL} has. */
    @GraphTest
    @Requires(Capability.REMOVAL)
    void everyCataloguedRemovalRefusesHostileInputAndChangesNothing(Fixture fixture) {
        runCatalogue(fixture, Capability.REMOVAL);
    }

    /** Runs every catalogued method taking input that needs {@code needs} (null: nothing). */
    private static void runCatalogue(Fixture fixture, Capability needs) {
        fixture.assume(fixture.directed() ? Capability.DIRECTED : Capability.UNDIRECTED);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        int entries = 0;
        for (Entry entry : HostileInputCatalogue.entries()) {
            if (!entry.takesInput() || entry.needs() != needs) {
                continue;
            }
            entries++;
            Object[] valid = validArguments(entry, fixture);
            calls += run(fixture, entry, valid, "valid arguments", Outcome.accepted(), failures);
            for (int slot = 0; slot < entry.kinds().size(); slot++) {
                for (Case c : cases(fixture, entry, slot, valid)) {
                    Object[] arguments = valid.clone();
                    arguments[slot] = c.value();
                    calls +=
                            run(
                                    fixture,
                                    entry,
                                    arguments,
                                    "argument "
                                            + slot
                                            + " ("
                                            + entry.kinds().get(slot)
                                            + ") = "
                                            + c.label(),
                                    c.outcome(),
                                    failures);
                }
            }
        }
        System.out.printf(
                "hostile inputs [%s]: %d methods taking input%s, %,d calls%n",
                fixture, entries, needs == null ? "" : " that need " + needs, calls);
        if (!failures.isEmpty()) {
            fail(
                    failures.size()
                            + " hostile-input checks failed:\n"
                            + String.join(
                                    "\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    private static Object[] validArguments(Entry entry, Fixture fixture) {
        Object[] valid = entry.valid().clone();
        for (int i = 0; i < valid.length; i++) {
            if ("<fixture backend>".equals(valid[i])) {
                valid[i] = fixture.backend().name();
            }
        }
        return valid;
    }

    /** Calls the entry on a fresh sample graph and checks the outcome; returns 1 for the count. */
    private static int run(
            Fixture fixture,
            Entry entry,
            Object[] arguments,
            String what,
            Outcome outcome,
            List<String> failures) {
        Graph graph = HostileInputCatalogue.sample(fixture.builder().open());
        String where = entry.signature() + " with " + what;
        try {
            outcome.check(graph, entry, arguments);
            Invariants.check(graph);
        } catch (AssertionError e) {
            failures.add(where + ": " + e.getMessage());
        }
        return 1;
    }

    /** A hostile input for one parameter and what it must lead to. */
    private record Case(String label, Object value, Outcome outcome) {}

    /** Null where a value is needed: refused with a {@link NullPointerException} saying so. */
    private static Case nullCase() {
        return new Case("null", null, Outcome.refused(NullPointerException.class, "null"));
    }

    /** The empty string as an ID or key: refused as an argument error saying so. */
    private static Case emptyCase() {
        return new Case(
                "empty", "", Outcome.refused(IllegalArgumentException.class, "empty string"));
    }

    /** What a call must do. */
    @FunctionalInterface
    private interface Outcome {
        void check(Graph graph, Entry entry, Object[] arguments);

        /** Returns normally. */
        static Outcome accepted() {
            return (graph, entry, arguments) -> {
                try {
                    entry.invoker().call(graph, arguments);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("valid input refused: " + e, e);
                }
            };
        }

        /** Returns {@code expected} and changes nothing. */
        static Outcome returns(Object expected) {
            return (graph, entry, arguments) -> {
                Snapshot before = Snapshot.of(graph);
                Object result;
                try {
                    result = entry.invoker().call(graph, arguments);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("expected " + expected + ", threw " + e, e);
                }
                assertEquals(expected, result);
                before.assertUnchanged(graph);
            };
        }

        /**
         * Throws {@code type} (for a staged state error, a {@link BatchException} caused by it)
         * whose message contains every fragment and is short, and leaves the graph as it was; then
         * {@code more} checks the exception.
         */
        static Outcome refused(
                Class<? extends Throwable> type, List<String> fragments, Consumer<Throwable> more) {
            return (graph, entry, arguments) -> {
                Snapshot before = Snapshot.of(graph);
                Throwable thrown = null;
                try {
                    entry.invoker().call(graph, arguments);
                } catch (RuntimeException | StackOverflowError e) {
                    thrown = e;
                }
                if (thrown == null) {
                    throw new AssertionError(
                            "expected " + type.getSimpleName() + ", returned normally");
                }
                Throwable cause = thrown;
                boolean stateError =
                        NodeNotFoundException.class.isAssignableFrom(type)
                                || EdgeNotFoundException.class.isAssignableFrom(type)
                                || NodeExistsException.class.isAssignableFrom(type);
                if (entry.batch() && stateError) {
                    if (!(thrown instanceof BatchException)) {
                        throw new AssertionError(
                                "expected a BatchException caused by "
                                        + type.getSimpleName()
                                        + ", threw "
                                        + thrown,
                                thrown);
                    }
                    cause = thrown.getCause();
                }
                if (!type.isInstance(cause)) {
                    throw new AssertionError(
                            "expected " + type.getSimpleName() + ", threw " + brief(thrown),
                            thrown);
                }
                String message = String.valueOf(thrown.getMessage());
                assertTrue(
                        message.length() <= MAX_MESSAGE,
                        () -> "message of " + message.length() + " chars: " + brief(message));
                for (String fragment : fragments) {
                    assertTrue(
                            message.contains(fragment),
                            () ->
                                    "message does not name "
                                            + brief(fragment)
                                            + ": "
                                            + brief(message));
                }
                more.accept(cause);
                before.assertUnchanged(graph);
            };
        }

        static Outcome refused(Class<? extends Throwable> type, String... fragments) {
            return refused(type, List.of(fragments), e -> {});
        }

        static Outcome nodeNotFound(String id) {
            return namingNode(
                    NodeNotFoundException.class, " not found", id, NodeNotFoundException::nodeId);
        }

        static Outcome edgeNotFound(String source, String target) {
            return refused(
                    EdgeNotFoundException.class,
                    List.of(" not found"),
                    e -> {
                        assertEquals(
                                source,
                                ((EdgeNotFoundException) e).source(),
                                "source() is the exact ID");
                        assertEquals(
                                target,
                                ((EdgeNotFoundException) e).target(),
                                "target() is the exact ID");
                    });
        }

        static Outcome nodeExists(String id) {
            return namingNode(
                    NodeExistsException.class, "already exists", id, NodeExistsException::nodeId);
        }

        /**
         * Refused with {@code type}, whose message contains {@code fragment} and whose node ID is
         * exactly {@code id}.
         */
        private static <T extends Throwable> Outcome namingNode(
                Class<T> type, String fragment, String id, Function<T, String> nodeId) {
            return refused(
                    type,
                    List.of(fragment),
                    e -> assertEquals(id, nodeId.apply(type.cast(e)), "nodeId() is the exact ID"));
        }

        /** Returns normally, and the node then exists with exactly this ID. */
        static Outcome created(String id) {
            return (graph, entry, arguments) -> {
                accepted().check(graph, entry, arguments);
                assertTrue(graph.hasNode(id), "the node exists afterwards");
                assertTrue(graph.nodes().contains(id), "nodes() lists the exact ID");
            };
        }

        /** The caller's own exception propagates unchanged and nothing changes. */
        static Outcome propagates(RuntimeException own) {
            return refused(
                    own.getClass(),
                    List.of(),
                    e -> assertTrue(e == own, "the caller's exception itself"));
        }
    }

    private static String brief(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " chars)";
    }

    private static String quoted(Object key) {
        return "\"" + key + "\"";
    }

    /**
     * The hostile inputs for parameter {@code slot} of {@code entry}, with what each must lead to.
     */
    private static List<Case> cases(Fixture fixture, Entry entry, int slot, Object[] valid) {
        Kind kind = entry.kinds().get(slot);
        // Not a narrowing: a nested value has an outcome on every backend, refused naming
        // NESTED_VALUES where it is lacking, so each backend is held to its own contract.
        boolean nested = fixture.has(Capability.NESTED_VALUES);
        List<Case> cases = new ArrayList<>();
        switch (kind) {
            case NODE, SOURCE, TARGET -> {
                cases.add(nullCase());
                cases.add(emptyCase());
                for (Input id : HostileInputs.UNKNOWN_IDS) {
                    String value = (String) id.value();
                    Outcome outcome =
                            switch (entry.unknown()) {
                                case NODE_NOT_FOUND -> Outcome.nodeNotFound(value);
                                case EDGE_NOT_FOUND ->
                                        Outcome.edgeNotFound(
                                                kind == Kind.SOURCE ? value : (String) valid[0],
                                                kind == Kind.TARGET ? value : (String) valid[1]);
                                case FALSE -> Outcome.returns(false);
                                case MINUS_ONE -> Outcome.returns(-1);
                                case CREATED -> Outcome.created(value);
                                case NOT_APPLICABLE ->
                                        throw new IllegalStateException(
                                                entry.signature() + " takes an ID");
                            };
                    cases.add(new Case("unknown ID: " + id.label(), value, outcome));
                }
            }
            case KEY -> {
                cases.add(nullCase());
                cases.add(emptyCase());
                for (Input key : HostileInputs.ODD_KEYS) {
                    cases.add(new Case(key.label(), key.value(), Outcome.accepted()));
                }
            }
            case WEIGHT_KEY -> {
                // The sample's edge a to b has numeric "w" and "d", string "s", boolean "bool".
                cases.add(nullCase());
                cases.add(emptyCase());
                for (Input key : HostileInputs.ODD_KEYS) {
                    cases.add(
                            new Case(
                                    "absent " + key.label(),
                                    key.value(),
                                    Outcome.refused(
                                            WeightException.class, "has no attribute", "\"a\"")));
                }
                for (String key : List.of("s", "bool")) {
                    cases.add(
                            new Case(
                                    "non-numeric " + key,
                                    key,
                                    Outcome.refused(
                                            WeightException.class,
                                            quoted(key),
                                            "a weight must be")));
                }
                cases.add(new Case("a Double", "d", Outcome.accepted()));
            }
            case VALUE -> {
                String key = quoted(valid[slot - 1]);
                cases.add(
                        new Case(
                                "null",
                                null,
                                Outcome.refused(IllegalArgumentException.class, key, "null")));
                valueCases(cases, nested, key, v -> v);
            }
            case ATTRIBUTES, MATCH -> {
                cases.add(nullCase());
                badMapCases(cases, nested, m -> m);
            }
            case IDS -> {
                cases.add(nullCase());
                cases.add(
                        new Case(
                                "holding null",
                                Arrays.asList("fresh", null),
                                Outcome.refused(NullPointerException.class, "null")));
                cases.add(
                        new Case(
                                "holding the empty ID",
                                List.of("fresh", ""),
                                Outcome.refused(IllegalArgumentException.class, "empty string")));
                cases.add(
                        new Case(
                                "an ID twice",
                                List.of("fresh", "fresh"),
                                Outcome.nodeExists("fresh")));
                cases.add(
                        new Case("an existing ID", List.of("fresh", "a"), Outcome.nodeExists("a")));
                unknownIdLists(cases, "new ID: ", Outcome::created);
            }
            case SOURCES, TARGETS -> {
                String role = kind == Kind.SOURCES ? "source" : "target";
                cases.add(nullCase());
                cases.add(
                        new Case(
                                "holding null",
                                Arrays.asList((String) null),
                                Outcome.refused(NullPointerException.class, role, "null")));
                cases.add(
                        new Case(
                                "holding the empty ID",
                                List.of(""),
                                Outcome.refused(
                                        IllegalArgumentException.class, role, "empty string")));
                cases.add(
                        new Case(
                                "longer than the other list",
                                List.of("b", "b"),
                                Outcome.refused(IllegalArgumentException.class, "entries")));
                unknownIdLists(cases, "unknown ID: ", Outcome::nodeNotFound);
            }
            case COLUMNS -> {
                // rows: as many as the first list's entries, or the row count where one is given
                int rowCount = entry.kinds().indexOf(Kind.ROW_COUNT);
                int rows = rowCount >= 0 ? (Integer) valid[rowCount] : ((List<?>) valid[0]).size();
                cases.add(nullCase());
                Map<String, List<?>> nullColumn = new HashMap<>();
                nullColumn.put("k", null);
                cases.add(
                        new Case(
                                "a null column",
                                nullColumn,
                                Outcome.refused(NullPointerException.class, quoted("k"), "null")));
                cases.add(
                        new Case(
                                "a column too long",
                                Map.of("k", java.util.Collections.nCopies(rows + 1, 1)),
                                Outcome.refused(
                                        IllegalArgumentException.class,
                                        quoted("k"),
                                        (rows + 1) + " entries",
                                        "expected " + rows)));
                cases.add(
                        new Case(
                                "a column too short",
                                Map.of("k", List.of()),
                                Outcome.refused(
                                        IllegalArgumentException.class,
                                        quoted("k"),
                                        "0 entries",
                                        "expected " + rows)));
                badMapCases(
                        cases,
                        nested,
                        m -> {
                            Map<Object, Object> columns = new HashMap<>();
                            m.forEach(
                                    (k, v) ->
                                            columns.put(k, java.util.Collections.nCopies(rows, v)));
                            return columns;
                        });
            }
            case PREDICATE ->
                    callerCodeCases(
                            cases,
                            "a predicate that throws",
                            own ->
                                    (java.util.function.Predicate<Object>)
                                            x -> {
                                                throw own;
                                            },
                            "a predicate that reads and writes the graph",
                            graph ->
                                    (java.util.function.Predicate<Object>)
                                            x -> {
                                                graph.mergeNode(
                                                        "fromPredicate", java.util.Map.of());
                                                return graph.hasNode("a");
                                            },
                            graph -> assertTrue(graph.hasNode("fromPredicate")));
            case OPERATIONS ->
                    callerCodeCases(
                            cases,
                            "code that stages, then throws",
                            own ->
                                    (Consumer<io.gli.Batch>)
                                            b -> {
                                                b.addNode("staged").setNodeAttribute("a", "k", 0);
                                                throw own;
                                            },
                            "code that runs another batch inside",
                            graph ->
                                    (Consumer<io.gli.Batch>)
                                            b -> {
                                                b.addNode("outer");
                                                graph.batch(inner -> inner.addNode("inner"));
                                            },
                            graph ->
                                    assertEquals(
                                            List.of("a", "b", "c", "inner", "outer"),
                                            graph.nodes()));
            case BACKEND -> {
                boolean nullMeansDefault = entry.signature().startsWith("GraphBuilder");
                cases.add(
                        new Case(
                                "null",
                                null,
                                nullMeansDefault
                                        ? Outcome.accepted()
                                        : Outcome.refused(
                                                NullPointerException.class,
                                                "backend name is null")));
                for (String blank : List.of("", " ", "\t\n")) {
                    cases.add(
                            new Case(
                                    "blank " + brief(blank.length()),
                                    blank,
                                    Outcome.refused(IllegalArgumentException.class, "blank")));
                }
                for (Input name :
                        List.of(
                                new Input("unknown", "no-such-backend"),
                                new Input("arrow", "a->b"),
                                new Input("NUL", "\u0000"),
                                new Input(
                                        "upper case",
                                        fixture.backend().name().toUpperCase(java.util.Locale.ROOT)
                                                + "!"),
                                new Input("huge", HostileInputs.HUGE))) {
                    String value = (String) name.value();
                    cases.add(
                            new Case(
                                    name.label(),
                                    value,
                                    Outcome.refused(
                                            UnknownBackendException.class,
                                            List.of("no backend named", fixture.backend().name()),
                                            e ->
                                                    assertEquals(
                                                            value,
                                                            ((UnknownBackendException) e)
                                                                    .name()))));
                }
            }
            case COUNT -> {
                cases.add(
                        new Case("-1", -1L, Outcome.refused(IllegalArgumentException.class, "-1")));
                cases.add(
                        new Case(
                                "Long.MIN_VALUE",
                                Long.MIN_VALUE,
                                Outcome.refused(
                                        IllegalArgumentException.class,
                                        String.valueOf(Long.MIN_VALUE))));
                cases.add(new Case("0", 0L, Outcome.accepted()));
                cases.add(new Case("Long.MAX_VALUE", Long.MAX_VALUE, Outcome.accepted()));
            }
            case OBJECT -> {
                List<Object> selfList = new ArrayList<>();
                selfList.add(selfList);
                cases.add(new Case("null", null, Outcome.returns(false)));
                cases.add(new Case("a string", "a", Outcome.returns(false)));
                cases.add(new Case("a list containing itself", selfList, Outcome.returns(false)));
            }
            case COLUMN_VALUES -> {
                List<?> good = (List<?>) valid[slot];
                String key = quoted(valid[slot - 1]);
                cases.add(nullCase());
                cases.add(
                        new Case(
                                "one entry too many",
                                java.util.Collections.nCopies(good.size() + 1, 1),
                                Outcome.refused(
                                        IllegalArgumentException.class,
                                        (good.size() + 1) + " entries",
                                        String.valueOf(good.size()))));
                cases.add(
                        new Case(
                                "no entries",
                                List.of(),
                                Outcome.refused(
                                        IllegalArgumentException.class,
                                        "0 entries",
                                        String.valueOf(good.size()))));
                List<Case> valueCases = new ArrayList<>();
                valueCases(valueCases, nested, key, v -> v);
                for (Case c : valueCases) {
                    List<Object> values = new ArrayList<>(good);
                    values.set(0, c.value());
                    cases.add(new Case("values[0] = " + c.label(), values, c.outcome()));
                }
            }
            case BODY ->
                    callerCodeCases(
                            cases,
                            "a body that loads, then throws",
                            own ->
                                    (BulkLoad.Body<RuntimeException>)
                                            load -> {
                                                load.addNodes(
                                                        List.of("loaded"),
                                                        Map.of(),
                                                        BulkLoad.OnDuplicate.FAIL);
                                                throw own;
                                            },
                            "a body that loads and reads through its loader",
                            graph ->
                                    (BulkLoad.Body<RuntimeException>)
                                            load -> {
                                                load.addNodes(
                                                        List.of("loaded"),
                                                        Map.of(),
                                                        BulkLoad.OnDuplicate.FAIL);
                                                assertTrue(load.hasNode("a"));
                                                assertTrue(load.hasNode("loaded"));
                                            },
                            graph -> assertEquals(List.of("a", "b", "c", "loaded"), graph.nodes()));
            case ON_DUPLICATE -> cases.add(nullCase());
            case NUMBERED_IDS -> {
                // the valid rows run from position 0 to position 1, so position 1 is the target
                cases.add(nullCase());
                cases.add(
                        new Case(
                                "holding null",
                                Arrays.asList("b", null),
                                Outcome.refused(NullPointerException.class, "target", "null")));
                cases.add(
                        new Case(
                                "holding the empty ID",
                                List.of("b", ""),
                                Outcome.refused(
                                        IllegalArgumentException.class, "target", "empty string")));
                for (Input id : HostileInputs.UNKNOWN_IDS) {
                    String value = (String) id.value();
                    cases.add(
                            new Case(
                                    "unknown ID: " + id.label(),
                                    List.of("b", value),
                                    Outcome.nodeNotFound(value)));
                }
            }
            case INDICES -> {
                cases.add(nullCase());
                for (int index : new int[] {-1, 2, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                    cases.add(
                            new Case(
                                    "position " + index,
                                    new int[] {index},
                                    Outcome.refused(
                                            IndexOutOfBoundsException.class,
                                            String.valueOf(index))));
                }
            }
            case INDEX, ROW_COUNT -> {
                for (int index : new int[] {-1, 3, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                    cases.add(
                            new Case(
                                    "index " + index,
                                    index,
                                    Outcome.refused(
                                            IndexOutOfBoundsException.class,
                                            String.valueOf(index))));
                }
            }
            case OPERATOR -> {
                cases.add(nullCase());
                CallerException own = new CallerException();
                Object throwing =
                        entry.signature().contains("LongUnaryOperator")
                                ? (java.util.function.LongUnaryOperator)
                                        x -> {
                                            throw own;
                                        }
                                : (java.util.function.DoubleUnaryOperator)
                                        x -> {
                                            throw own;
                                        };
                cases.add(new Case("a function that throws", throwing, Outcome.propagates(own)));
            }
            case CATEGORY ->
                    cases.add(
                            new Case(
                                    "null",
                                    null,
                                    Outcome.refused(NullPointerException.class, "category")));
            case CONSTANT -> {
                cases.add(new Case("null", null, Outcome.refused(NullPointerException.class)));
                for (String name : List.of("", "removal", "REMOVAL ", "\u0000", "a->b")) {
                    cases.add(
                            new Case(
                                    brief(name),
                                    name,
                                    Outcome.refused(
                                            IllegalArgumentException.class, "No enum constant")));
                }
            }
        }
        return cases;
    }

    /**
     * Each unknown ID as a list of one, labelled {@code prefix} and the ID's label, with the
     * outcome {@code outcome} gives for that ID.
     */
    private static void unknownIdLists(
            List<Case> cases, String prefix, Function<String, Outcome> outcome) {
        for (Input id : HostileInputs.UNKNOWN_IDS) {
            String value = (String) id.value();
            cases.add(new Case(prefix + id.label(), List.of(value), outcome.apply(value)));
        }
    }

    /**
     * The inputs for a parameter that is the caller's code: null; code that throws the caller's own
     * exception, which must propagate unchanged; and code that uses the graph while it runs, which
     * must be accepted, and then {@code afterwards} checks the graph.
     */
    private static void callerCodeCases(
            List<Case> cases,
            String throwsLabel,
            Function<RuntimeException, Object> throwing,
            String reentersLabel,
            Function<Graph, Object> reentering,
            Consumer<Graph> afterwards) {
        cases.add(nullCase());
        CallerException own = new CallerException();
        cases.add(new Case(throwsLabel, throwing.apply(own), Outcome.propagates(own)));
        cases.add(
                new Case(
                        reentersLabel,
                        null,
                        (graph, entry, arguments) -> {
                            arguments[0] = reentering.apply(graph);
                            Outcome.accepted().check(graph, entry, arguments);
                            afterwards.accept(graph);
                        }));
    }

    /** Bad and extreme values, each placed by {@code wrap} (as itself, or as a column's cells). */
    private static void valueCases(
            List<Case> cases,
            boolean nested,
            String key,
            java.util.function.UnaryOperator<Object> wrap) {
        for (Input value : HostileInputs.UNSUPPORTED_VALUES) {
            cases.add(
                    new Case(
                            value.label(),
                            wrap.apply(value.value()),
                            Outcome.refused(
                                    IllegalArgumentException.class,
                                    key,
                                    value.value().getClass().getName())));
        }
        for (Input value : HostileInputs.BAD_COLLECTIONS) {
            Outcome outcome =
                    nested
                            ? Outcome.refused(IllegalArgumentException.class, key, value.expected())
                            : Outcome.refused(
                                    UnsupportedOperationException.class,
                                    Capability.NESTED_VALUES.name());
            cases.add(new Case(value.label(), wrap.apply(value.value()), outcome));
        }
        for (Input value : HostileInputs.EXTREME_SCALARS) {
            cases.add(new Case(value.label(), wrap.apply(value.value()), Outcome.accepted()));
        }
        for (Input value : HostileInputs.EXTREME_COLLECTIONS) {
            cases.add(
                    new Case(
                            value.label(),
                            wrap.apply(value.value()),
                            nested
                                    ? Outcome.accepted()
                                    : Outcome.refused(
                                            UnsupportedOperationException.class,
                                            Capability.NESTED_VALUES.name())));
        }
    }

    /**
     * Attribute maps with bad keys and bad or extreme values, each turned into an argument by
     * {@code wrap}.
     */
    private static void badMapCases(
            List<Case> cases, boolean nested, Function<Map<Object, Object>, Object> wrap) {
        Map<Object, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        cases.add(
                new Case(
                        "a null key",
                        wrap.apply(nullKey),
                        Outcome.refused(IllegalArgumentException.class, "key is null")));
        cases.add(
                new Case(
                        "an empty key",
                        wrap.apply(new HashMap<>(Map.of("", 1))),
                        Outcome.refused(
                                IllegalArgumentException.class, "key is the empty string")));
        cases.add(
                new Case(
                        "an Integer key",
                        wrap.apply(new HashMap<>(Map.of(42, 1))),
                        Outcome.refused(
                                IllegalArgumentException.class, "42", "java.lang.Integer")));
        StringBuilder hugeKey = new StringBuilder(HostileInputs.HUGE);
        cases.add(
                new Case(
                        "a huge StringBuilder key",
                        wrap.apply(new HashMap<>(Map.of(hugeKey, 1))),
                        Outcome.refused(
                                IllegalArgumentException.class, "java.lang.StringBuilder")));
        List<Case> valueCases = new ArrayList<>();
        valueCases(valueCases, nested, quoted("bad"), v -> v);
        for (Case c : valueCases) {
            Map<Object, Object> map = new HashMap<>();
            map.put("bad", c.value());
            cases.add(new Case("{bad: " + c.label() + "}", wrap.apply(map), c.outcome()));
        }
        Map<Object, Object> nullValue = new HashMap<>();
        nullValue.put("bad", null);
        // A null cell in a column means "no attribute"; in an attribute map, a null value is
        // refused.
        Object wrappedNull = wrap.apply(nullValue);
        cases.add(
                new Case(
                        "{bad: null}",
                        wrappedNull,
                        wrappedNull == nullValue
                                ? Outcome.refused(
                                        IllegalArgumentException.class, quoted("bad"), "null")
                                : Outcome.accepted()));
        Map<Object, Object> self = new HashMap<>();
        self.put("self", self);
        cases.add(
                new Case(
                        "a map holding itself",
                        wrap.apply(self),
                        nested
                                ? Outcome.refused(
                                        IllegalArgumentException.class,
                                        quoted("self"),
                                        "contains itself")
                                : Outcome.refused(
                                        UnsupportedOperationException.class,
                                        Capability.NESTED_VALUES.name())));
    }

    /** The caller's own exception, thrown from its predicate or batch code. */
    private static final class CallerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerException() {
            super("thrown by the caller's code");
        }
    }
}
