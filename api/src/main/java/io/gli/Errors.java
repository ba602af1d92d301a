package io.gli;

import java.util.List;

/**
 * Every message and argument check of the API, in one place, so that all backends say the same
 * thing in the same words.
 */
final class Errors {
    /**
     * IDs and keys longer than this are shortened in messages, so a huge input cannot flood a log.
     */
    private static final int QUOTE_LIMIT = 80;

    private Errors() {}

    // ---- formatting

    /** The string in double quotes, Java-escaped, shortened when long. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), QUOTE_LIMIT) + 16).append('"');
        int shown = Math.min(s.length(), QUOTE_LIMIT);
        if (shown < s.length() && Character.isHighSurrogate(s.charAt(shown - 1))) {
            shown--; // never cut a surrogate pair in half
        }
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (s.length() > QUOTE_LIMIT) {
            out.append("... (").append(s.length()).append(" chars)");
        }
        return out.toString();
    }

    static String node(String id) {
        return "node " + quote(id);
    }

    static String edge(String source, String target) {
        return "edge from " + quote(source) + " to " + quote(target);
    }

    static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    // ---- exception messages

    /** The message of a not-found exception; {@code element} as {@link #node} gives it. */
    static String notFoundMessage(String element) {
        return element + " not found";
    }

    /**
     * The message of an already-exists exception; {@code merge} is the call that adds or updates.
     */
    static String existsMessage(String element, String merge) {
        return element + " already exists; use " + merge + " to add or update";
    }

    static String attributeTypeMessage(
            String element, String key, Class<?> actual, Class<?> expected) {
        return "attribute "
                + quote(key)
                + " of "
                + element
                + " is a "
                + actual.getName()
                + ", not a "
                + expected.getName();
    }

    static String unknownBackendMessage(String name, List<String> available) {
        return "no backend named "
                + quote(name)
                + " on the class path; available: "
                + (available.isEmpty() ? "none" : String.join(", ", available));
    }

    static String batchMessage(int index, String operation, RuntimeException cause) {
        return "batch operation #"
                + index
                + " "
                + operation
                + " failed, nothing was applied: "
                + cause.getMessage();
    }

    // ---- argument checks

    static String requireId(String id, String role) {
        if (id == null) {
            throw new NullPointerException(role + " is null; node IDs are non-empty strings");
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException(
                    role + " is the empty string; node IDs are non-empty strings");
        }
        return id;
    }

    /** {@link #requireId} for an edge's two endpoints, the source first. */
    static void requireEndpoints(String source, String target) {
        requireId(source, "source");
        requireId(target, "target");
    }

    static String requireKey(String key) {
        if (key == null) {
            throw new NullPointerException("attribute key is null; keys are non-empty strings");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException(
                    "attribute key is the empty string; keys are non-empty strings");
        }
        return key;
    }

    static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " is null");
        }
        return value;
    }

    static IllegalArgumentException badKey(Object key) {
        if (key == null) {
            return new IllegalArgumentException(
                    "attribute key is null; keys are non-empty strings");
        }
        if (key instanceof String s && s.isEmpty()) {
            return new IllegalArgumentException(
                    "attribute key is the empty string; keys are non-empty strings");
        }
        // Quoted, so that a key whose toString() is huge cannot flood a log.
        return new IllegalArgumentException(
                "attribute key "
                        + quote(String.valueOf(key))
                        + " is a "
                        + typeName(key)
                        + "; keys are non-empty strings");
    }

    /** Names an attribute, and where inside its value when {@code path} is not empty. */
    private static String attributeAt(String key, String path) {
        return "attribute " + quote(key) + (path.isEmpty() ? "" : " at " + path);
    }

    static IllegalArgumentException badValue(String key, String path, Object value) {
        String where = attributeAt(key, path);
        if (value == null) {
            return new IllegalArgumentException(
                    where + " is null; null values are not stored (remove the attribute instead)");
        }
        return new IllegalArgumentException(
                where
                        + " is a "
                        + typeName(value)
                        + "; values are Boolean, Long, Integer, Short, Byte, Double, Float, String, List or Map<String, ?>");
    }

    static IllegalArgumentException badNestedKey(String key, String path, Object mapKey) {
        return new IllegalArgumentException(
                attributeAt(key, path)
                        + " has a map key of type "
                        + typeName(mapKey)
                        + "; map keys are strings");
    }

    static IllegalArgumentException cyclicValue(String key, String path) {
        return new IllegalArgumentException(
                attributeAt(key, path) + " contains itself; values must be trees");
    }

    static IllegalArgumentException tooDeep(String key, String path) {
        return new IllegalArgumentException(
                attributeAt(key, path) + " is nested deeper than " + Graph.MAX_NESTING + " levels");
    }

    static IllegalArgumentException columnLength(String what, int actual, int expected) {
        return new IllegalArgumentException(
                what + " has " + actual + " entries; expected " + expected);
    }

    static IllegalArgumentException badColumnEntry(int index, RuntimeException cause) {
        return new IllegalArgumentException("values[" + index + "]: " + cause.getMessage(), cause);
    }

    // ---- columns

    /** Throws unless a column for every {@code elements} ("node", "edge") has one entry each. */
    static void requireColumnSize(int actual, int expected, String elements) {
        if (actual == expected) {
            return;
        }
        throw new IllegalArgumentException(
                "values has "
                        + actual
                        + " entries; expected one per "
                        + elements
                        + ", "
                        + expected
                        + ", in "
                        + elements
                        + " order (null to remove the attribute)");
    }

    static java.util.NoSuchElementException absentInColumn(String element, String key) {
        return new java.util.NoSuchElementException(
                element + " has no attribute " + quote(key) + "; check isPresent first");
    }

    static java.util.ConcurrentModificationException staleColumn() {
        return new java.util.ConcurrentModificationException(
                "the graph was written after this column was read; read the column again");
    }

    static void checkBackendName(String name) {
        if (name == null) {
            throw new NullPointerException("backend name is null");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("backend name " + quote(name) + " is blank");
        }
    }

    static void checkExpectedCount(String what, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(
                    what + " is " + count + "; expected a count of 0 or more");
        }
    }

    // ---- state

    static UnsupportedOperationException unsupported(String backend, Capability capability) {
        return new UnsupportedOperationException(
                "backend " + quote(backend) + " does not support " + capability);
    }

    static IllegalStateException noBackend() {
        return new IllegalStateException(
                "no GLI backend on the class path; add a dependency on "
                        + "io.gli:gli-backend-optimized or io.gli:gli-backend-simple");
    }

    static IllegalStateException duplicateBackend(String name, Object first, Object second) {
        return new IllegalStateException(
                "two backends named "
                        + quote(name)
                        + " on the class path: "
                        + first.getClass().getName()
                        + " and "
                        + second.getClass().getName());
    }

    static IllegalStateException batchFinished(String how) {
        return new IllegalStateException("this batch was " + how + "; open a new one");
    }

    // ---- topologies

    static IllegalArgumentException badTopology(String problem) {
        return new IllegalArgumentException("the backend built an invalid topology: " + problem);
    }

    static String weightMessage(
            String source, String target, String key, Object value, String expected) {
        String element = edge(source, target);
        if (value == null) {
            return element + " has no attribute " + quote(key) + "; a weight must be " + expected;
        }
        String shown = value instanceof String text ? quote(text) : String.valueOf(value);
        if (shown.length() > QUOTE_LIMIT) {
            shown = shown.substring(0, QUOTE_LIMIT) + "...";
        }
        return "attribute "
                + quote(key)
                + " of "
                + element
                + " is "
                + shown
                + " (a "
                + AttributeValues.contractType(value).getSimpleName()
                + "); a weight must be "
                + expected;
    }

    static IllegalStateException noWeights() {
        return new IllegalStateException(
                "this topology holds no weights; take it with Graph.topology(weightKey)");
    }
}
