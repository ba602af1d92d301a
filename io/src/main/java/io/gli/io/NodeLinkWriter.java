package io.gli.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.gli.Edge;
import io.gli.Graph;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes NetworkX's node-link JSON, which {@code nx.node_link_graph(json.load(f))} reads: {@code
 * {"directed": ..., "multigraph": false, "graph": {}, "nodes": [...], "edges": [...]}}, members in
 * that order, one node or edge object per line, nodes and edges in graph order, each object's ID or
 * endpoints first and then its attributes in the graph's key order. Values are written natively
 * (lists as arrays, maps as objects; a Double always with a fraction or exponent, so it reads back
 * as a Double; {@code NaN} and {@code Infinity} as Python's {@code json} writes them). The text is
 * UTF-8; control characters and surrogates are written as {@code \\uXXXX} escapes, so any Java
 * string, unpaired surrogates included, reads back exactly.
 *
 * <p>NetworkX 3.6 and later read the edges under {@code "edges"} by default, the key written by
 * default; {@link Builder#edgesKey edgesKey("links")} writes what earlier versions read by default.
 * A node attribute named {@code "id"}, or an edge attribute named {@code "source"} or {@code
 * "target"}, would collide with the member of that name and is refused before anything is written.
 */
public final class NodeLinkWriter implements GraphWriter {
    private static final JsonFactory FACTORY =
            JsonText.factory(ReadLimits.DEFAULT)
                    .rebuild()
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build();

    private final String edgesKey;

    private NodeLinkWriter(Builder builder) {
        this.edgesKey = builder.edgesKey;
    }

    /** A builder with the defaults: edges under {@code "edges"}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The writer with the defaults. */
    public static NodeLinkWriter defaults() {
        return builder().build();
    }

    @Override
    public void write(Graph graph, Path file) throws IOException {
        // a refusal midway leaves the target untouched: Output moves the file in only when whole
        Output.toFile(file, out -> writeChecking(graph, out));
    }

    /**
     * {@inheritDoc} A graph this format cannot hold is refused before the first byte: the stream
     * gets the graph only after a first pass to nowhere has checked it all.
     */
    @Override
    public void write(Graph graph, OutputStream out) throws IOException {
        writeChecking(graph, OutputStream.nullOutputStream());
        writeChecking(graph, out);
        out.flush();
    }

    private void writeChecking(Graph graph, OutputStream out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(new OneElementPerLine());
            generator.writeStartObject();
            generator.writeBooleanField("directed", graph.isDirected());
            generator.writeBooleanField("multigraph", false);
            generator.writeObjectFieldStart("graph");
            generator.writeEndObject();
            generator.writeArrayFieldStart("nodes");
            for (String id : graph.nodes()) {
                generator.writeStartObject();
                generator.writeStringField("id", id);
                writeAttributes(generator, graph.nodeAttributes(id), "id", null, id, null);
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeArrayFieldStart(edgesKey);
            for (Edge edge : graph.edges()) {
                generator.writeStartObject();
                generator.writeStringField("source", edge.source());
                generator.writeStringField("target", edge.target());
                writeAttributes(
                        generator,
                        edge.attributes(),
                        "source",
                        "target",
                        edge.source(),
                        edge.target());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
    }

    /**
     * Writes one element's attributes, refusing a key that would be read back as one of the
     * element's own members ({@code reserved}, {@code alsoReserved}) or that holds an unpaired
     * surrogate (Jackson, which reads the file back, refuses those in keys, though not in values).
     */
    private static void writeAttributes(
            JsonGenerator generator,
            Map<String, Object> attributes,
            String reserved,
            String alsoReserved,
            String id,
            String target)
            throws IOException {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (key.equals(reserved) || key.equals(alsoReserved)) {
                throw Failures.reservedNodeLinkKey(owner(id, target), key);
            }
            refuseUnpairedSurrogate(key, id, target);
            Object value = attribute.getValue();
            if (value instanceof List || value instanceof Map) {
                refuseUnpairedSurrogateKeys(value, id, target);
            }
            generator.writeFieldName(key);
            JsonText.write(generator, value);
        }
    }

    private static void refuseUnpairedSurrogateKeys(Object value, String id, String target) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                refuseUnpairedSurrogate((String) entry.getKey(), id, target);
                refuseUnpairedSurrogateKeys(entry.getValue(), id, target);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                refuseUnpairedSurrogateKeys(item, id, target);
            }
        }
    }

    private static void refuseUnpairedSurrogate(String key, String id, String target) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < key.length()
                    && Character.isLowSurrogate(key.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Failures.unpairedSurrogateKey(owner(id, target), key);
            }
        }
    }

    private static String owner(String id, String target) {
        return target == null
                ? "node " + Failures.quote(id)
                : "the edge from " + Failures.quote(id) + " to " + Failures.quote(target);
    }

    /**
     * Compact JSON but for a line break before each node and edge, so that a reader's error line
     * points at one element and a diff shows one per line.
     */
    private static final class OneElementPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        private static boolean isElementList(JsonGenerator generator) {
            // the root is depth 0, the top-level object 1, its "nodes" and "edges" arrays 2
            return generator.getOutputContext().getNestingDepth() == 2;
        }

        @Override
        public void beforeArrayValues(JsonGenerator generator) throws IOException {
            if (isElementList(generator)) {
                generator.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(isElementList(generator) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            if (values > 0 && isElementList(generator)) {
                generator.writeRaw('\n');
            }
            generator.writeRaw(']');
        }
    }

    /** Configures a {@link NodeLinkWriter}. */
    public static final class Builder {
        private String edgesKey = "edges";

        private Builder() {}

        /**
         * The member the edges go under: {@code "edges"} (the default; what NetworkX reads by
         * default from 3.6 on) or {@code "links"} (what it read by default before).
         *
         * @throws IllegalArgumentException for any other key
         */
        public Builder edgesKey(String key) {
            Objects.requireNonNull(key, "key");
            if (!List.of("edges", "links").contains(key)) {
                throw new IllegalArgumentException(
                        "edgesKey must be \"edges\" or \"links\", got " + Failures.quote(key));
            }
            this.edgesKey = key;
            return this;
        }

        public NodeLinkWriter build() {
            return new NodeLinkWriter(this);
        }
    }
}
