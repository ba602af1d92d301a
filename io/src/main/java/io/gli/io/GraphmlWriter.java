package io.gli.io;

import io.gli.Edge;
import io.gli.Graph;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a graph as GraphML that NetworkX, Gephi, yEd and {@link GraphmlReader} read: UTF-8, one
 * {@code <key>} per attribute and domain ({@code attr.type} boolean, long, double or string), the
 * {@code <graph>} with its {@code edgedefault} and its size in GraphML's parse-info attributes
 * {@code parse.nodes} and {@code parse.edges}, nodes in node order, edges in edge order, each
 * element's {@code <data>} in the order of its attributes.
 *
 * <p>A key with a list or map among its values, or with values of several types (a Long beside a
 * Double included), is declared {@code attr.type="string"} and marked {@code gli:type="json"} in
 * the namespace {@code https://gli.io/xmlns/graphml}; its values are JSON text. Other tools see a
 * string; GLI reads each value back exactly as it was. Characters XML 1.0 cannot carry (controls
 * other than tab, line feed and carriage return, unpaired surrogates, U+FFFE, U+FFFF) in an ID, a
 * key or a string are refused before anything is written, with an {@link IllegalArgumentException}
 * naming it. Deterministic: fixed two-space indentation, no timestamp.
 *
 * <p>Immutable and safe to share; made by {@link #builder()}.
 */
public final class GraphmlWriter implements GraphWriter {
    private static final String INDENT = "  ";

    private GraphmlWriter(Builder builder) {
        Objects.requireNonNull(builder, "builder");
    }

    /** A builder of writers. */
    public static Builder builder() {
        return new Builder();
    }

    /** The writer with every default. */
    public static GraphmlWriter defaults() {
        return builder().build();
    }

    @Override
    public void write(Graph graph, Path file) throws IOException {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(file, "file");
        List<Edge> edges = graph.edges();
        GraphmlSchema schema = GraphmlSchema.of(graph, edges);
        Output.toFile(file, out -> write(graph, edges, schema, out));
    }

    @Override
    public void write(Graph graph, OutputStream out) throws IOException {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(out, "out");
        List<Edge> edges = graph.edges();
        GraphmlSchema schema = GraphmlSchema.of(graph, edges);
        write(graph, edges, schema, out);
    }

    private static void write(
            Graph graph, List<Edge> edges, GraphmlSchema schema, OutputStream stream)
            throws IOException {
        XmlOut out =
                new XmlOut(
                        new BufferedWriter(
                                new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .raw("<graphml xmlns=\"")
                .raw(GraphmlParse.GRAPHML_NS)
                .raw("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
        if (schema.hasJson()) {
            out.raw(" xmlns:gli=\"").raw(GraphmlParse.GLI_NS).raw("\"");
        }
        out.raw(" xsi:schemaLocation=\"")
                .raw(GraphmlParse.GRAPHML_NS)
                .raw(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (GraphmlSchema.Key key : schema.nodeKeys().values()) {
            declare(out, key, "node");
        }
        for (GraphmlSchema.Key key : schema.edgeKeys().values()) {
            declare(out, key, "edge");
        }
        out.raw(INDENT)
                .raw("<graph id=\"G\" edgedefault=\"")
                .raw(graph.options().directed() ? "directed" : "undirected")
                .raw("\" parse.nodes=\"")
                .number(graph.nodeCount())
                .raw("\" parse.edges=\"")
                .number(edges.size())
                .raw("\">\n");
        for (String id : graph.nodes()) {
            out.raw(INDENT + INDENT + "<node id=\"").attribute(id).raw("\"");
            data(out, graph.nodeAttributes(id), schema.nodeKeys(), "node");
        }
        for (Edge edge : edges) {
            out.raw(INDENT + INDENT + "<edge source=\"")
                    .attribute(edge.source())
                    .raw("\" target=\"")
                    .attribute(edge.target())
                    .raw("\"");
            data(out, edge.attributes(), schema.edgeKeys(), "edge");
        }
        out.raw(INDENT).raw("</graph>\n").raw("</graphml>\n");
        out.flush();
    }

    private static void declare(XmlOut out, GraphmlSchema.Key key, String domain)
            throws IOException {
        boolean json = key.type() == ValueType.JSON;
        out.raw(INDENT)
                .raw("<key id=\"")
                .raw(key.id())
                .raw("\" for=\"")
                .raw(domain)
                .raw("\" attr.name=\"")
                .attribute(key.name())
                .raw("\" attr.type=\"")
                .raw(json ? "string" : key.type().token())
                .raw(json ? "\" gli:type=\"json\"/>\n" : "\"/>\n");
    }

    /** Closes the element's start tag, with its data and end tag if it has attributes. */
    private static void data(
            XmlOut out,
            Map<String, Object> attributes,
            Map<String, GraphmlSchema.Key> keys,
            String element)
            throws IOException {
        if (attributes.isEmpty()) {
            out.raw("/>\n");
            return;
        }
        out.raw(">\n");
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            GraphmlSchema.Key key = keys.get(attribute.getKey());
            out.raw(INDENT + INDENT + INDENT + "<data key=\"")
                    .raw(key.id())
                    .raw("\">")
                    .text(ValueText.format(key.type(), attribute.getValue()))
                    .raw("</data>\n");
        }
        out.raw(INDENT + INDENT + "</").raw(element).raw(">\n");
    }

    /** Configures a {@link GraphmlWriter}; it has no options yet. */
    public static final class Builder {
        private Builder() {}

        public GraphmlWriter build() {
            return new GraphmlWriter(this);
        }
    }
}
