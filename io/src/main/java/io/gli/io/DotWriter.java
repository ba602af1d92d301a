package io.gli.io;

import io.gli.Edge;
import io.gli.Graph;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a graph in Graphviz's DOT language, for drawing (export only: DOT is not read back). A
 * directed graph is a {@code digraph} with {@code ->} edges, an undirected one a {@code graph} with
 * {@code --} edges. Every node is declared, in node order, with its attributes; then every edge, in
 * edge order, with its attributes:
 *
 * <pre>{@code
 * digraph {
 *   "a" [color="red", weight="3"];
 *   "b";
 *   "a" -> "b" [label="x\"y"];
 * }
 * }</pre>
 *
 * <p>Every ID and every value is a double-quoted string, in which {@code "} is written {@code \"}
 * and a backslash {@code \\} (so Graphviz shows one), a line feed {@code \n} and a carriage return
 * {@code \r} (line breaks in a label). An attribute key is written bare when it is a plain DOT ID
 * (letters, digits and underscores, not starting with a digit, not a DOT keyword) and quoted
 * otherwise. Values are written as text: numbers as Java writes them ({@code 1.5}, {@code NaN}),
 * booleans as {@code true}/{@code false}, lists and maps as their JSON text. The file is UTF-8; a
 * NUL or an unpaired surrogate, which it cannot carry, is refused (before anything is written) with
 * an {@link IllegalArgumentException} naming the ID, key or value. Deterministic: the same graph
 * gives the same bytes.
 */
public final class DotWriter implements GraphWriter {
    private static final Set<String> KEYWORDS =
            Set.of("node", "edge", "graph", "digraph", "subgraph", "strict");

    private final String graphName;

    private DotWriter(Builder builder) {
        this.graphName = builder.graphName;
    }

    /** A builder with the defaults: an anonymous graph. */
    public static Builder builder() {
        return new Builder();
    }

    /** The writer with the defaults. */
    public static DotWriter defaults() {
        return builder().build();
    }

    @Override
    public void write(Graph graph, Path file) throws IOException {
        refuseUnwritable(graph);
        Output.toFile(file, out -> writeChecked(graph, out));
    }

    @Override
    public void write(Graph graph, OutputStream out) throws IOException {
        refuseUnwritable(graph);
        writeChecked(graph, out);
    }

    private void writeChecked(Graph graph, OutputStream out) throws IOException {
        Writer text =
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String arrow = graph.isDirected() ? " -> " : " -- ";
        text.write(graph.isDirected() ? "digraph " : "graph ");
        if (graphName != null) {
            quoted(text, graphName);
            text.write(' ');
        }
        text.write("{\n");
        for (String id : graph.nodes()) {
            text.write("  ");
            quoted(text, id);
            attributes(text, graph.nodeAttributes(id));
            text.write(";\n");
        }
        for (Edge edge : graph.edges()) {
            text.write("  ");
            quoted(text, edge.source());
            text.write(arrow);
            quoted(text, edge.target());
            attributes(text, edge.attributes());
            text.write(";\n");
        }
        text.write("}\n");
        text.flush();
    }

    private static void attributes(Writer text, Map<String, Object> attributes) throws IOException {
        if (attributes.isEmpty()) {
            return;
        }
        text.write(" [");
        boolean first = true;
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            if (!first) {
                text.write(", ");
            }
            first = false;
            String key = attribute.getKey();
            if (isPlainId(key)) {
                text.write(key);
            } else {
                quoted(text, key);
            }
            text.write('=');
            quoted(text, valueText(attribute.getValue()));
        }
        text.write(']');
    }

    /** A value as the text Graphviz gets: scalars as Java writes them, lists and maps as JSON. */
    private static String valueText(Object value) {
        return value instanceof String s
                ? s
                : value instanceof Boolean || value instanceof Long || value instanceof Double
                        ? String.valueOf(value)
                        : JsonText.encode(value);
    }

    /** A DOT ID that needs no quotes: {@code [A-Za-z_][A-Za-z_0-9]*}, not a keyword. */
    private static boolean isPlainId(String key) {
        if (key.isEmpty() || KEYWORDS.contains(key.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static void quoted(Writer text, String s) throws IOException {
        text.write('"');
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            String escape =
                    switch (s.charAt(i)) {
                        case '"' -> "\\\"";
                        case '\\' -> "\\\\";
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        default -> null;
                    };
            if (escape != null) {
                text.write(s, plainFrom, i - plainFrom);
                text.write(escape);
                plainFrom = i + 1;
            }
        }
        text.write(s, plainFrom, s.length() - plainFrom);
        text.write('"');
    }

    /** Checks the whole graph first, so a refused graph writes not one byte. */
    private void refuseUnwritable(Graph graph) {
        if (graphName != null) {
            check("graph name", graphName);
        }
        for (String id : graph.nodes()) {
            check("node ID", id);
            checkAttributes(graph.nodeAttributes(id));
        }
        for (Edge edge : graph.edges()) {
            checkAttributes(edge.attributes());
        }
    }

    private static void checkAttributes(Map<String, Object> attributes) {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            check("attribute key", attribute.getKey());
            if (attribute.getValue() instanceof String value) {
                check("value of " + Failures.quote(attribute.getKey()) + ",", value);
            }
            // lists and maps go as JSON text, which escapes NULs and surrogates itself
        }
    }

    private static void check(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw Failures.cannotWriteDot(
                        what, text, "a NUL character (expected text without NUL characters)");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Failures.cannotWriteDot(
                        what,
                        text,
                        String.format(
                                "an unpaired surrogate \\u%04x at index %d (expected text that"
                                        + " UTF-8 can encode)",
                                (int) c, i));
            }
        }
    }

    /** Configures a {@link DotWriter}. */
    public static final class Builder {
        private String graphName;

        private Builder() {}

        /**
         * The name written after {@code digraph}/{@code graph} (quoted); null, the default, none.
         */
        public Builder graphName(String name) {
            this.graphName = name;
            return this;
        }

        public DotWriter build() {
            return new DotWriter(this);
        }
    }
}
