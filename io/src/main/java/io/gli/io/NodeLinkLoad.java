package io.gli.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.gli.BatchException;
import io.gli.BulkLoad;
import io.gli.EdgeExistsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One read of a node-link JSON file, streamed token by token from a Jackson parser into a {@link
 * BulkLoad} through {@link NodeBuffer}/{@link EdgeBuffer} chunks: never a tree of the file.
 *
 * <p>It runs in two steps because a new graph's direction comes from the file: {@link #readHeader}
 * reads the top-level members before the first list of nodes or edges (where NetworkX puts {@code
 * "directed"}), changing nothing; {@link #readBody} reads the rest into the load.
 *
 * <p>Edges name nodes the file need not declare (NetworkX creates them, and so does this read, in
 * order of first appearance). When the edges come before the nodes, the nodes the edges created are
 * remembered by ID, and their later node objects set their attributes instead of counting as
 * duplicates; that set is the one cost proportional to the file of that (unusual) order.
 */
final class NodeLinkLoad {
    private static final String NODES = "nodes";
    private static final String EDGES = "edges";
    private static final String LINKS = "links";

    private final JsonParser parser;
    private final String source;
    private final ReadLimits limits;
    private final BulkLoad.OnDuplicate onDuplicate;
    private final Progress progress;

    private final NodeBuffer nodes = new NodeBuffer();
    private final EdgeBuffer edges = new EdgeBuffer();
    // only for edges before nodes: the nodes of later node objects that edges already created
    private NodeBuffer nodeMerges;
    private Set<String> createdByEdges;

    // one node's or edge's members, gathered until its ID is known (it may come last)
    private final List<String> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private Boolean declaredDirected;
    private long directedLine;
    private long directedColumn;
    private boolean multigraph;
    private boolean nodesSeen;
    private String edgesKey;
    private String pendingField;
    private boolean ended;

    NodeLinkLoad(
            JsonParser parser,
            String source,
            ReadLimits limits,
            BulkLoad.OnDuplicate onDuplicate,
            Progress progress) {
        this.parser = parser;
        this.source = source;
        this.limits = limits;
        this.onDuplicate = onDuplicate;
        this.progress = progress;
    }

    /**
     * Reads the top-level members up to the first list of nodes or edges, or to the end of a file
     * that has none.
     */
    void readHeader() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw unexpected(
                    "a JSON object {\"directed\": ..., \"nodes\": [...], \"edges\": [...]}");
        }
        while (nextMember()) {
            String name = parser.currentName();
            if (isList(name)) {
                pendingField = name;
                return;
            }
            readScalarMember(name, null);
        }
        endOfFile();
    }

    /** The direction the header declared: true, false, or null when it said nothing. */
    Boolean declaredDirected() {
        return declaredDirected;
    }

    /** Reads the rest of the file into {@code load}, a graph of direction {@code directed}. */
    void readBody(BulkLoad load, boolean directed) throws IOException {
        if (declaredDirected != null && declaredDirected != directed) {
            throw Failures.directionMismatch(
                    source, directedLine, directedColumn, declaredDirected);
        }
        if (!ended) {
            if (pendingField != null) {
                readList(pendingField, load);
            }
            while (nextMember()) {
                String name = parser.currentName();
                if (isList(name)) {
                    readList(name, load);
                } else {
                    readScalarMember(name, directed);
                }
            }
            endOfFile();
        }
        nodes.flush(load, onDuplicate, source);
        flushEdges(load);
        if (nodeMerges != null) {
            nodeMerges.flush(load, BulkLoad.OnDuplicate.MERGE, source);
        }
        progress.done();
    }

    /**
     * Turns what the parser threw into a {@link GraphFormatException} at its position; other
     * exceptions are returned as they are.
     */
    IOException translate(IOException e) {
        JsonLocation at = parser.currentLocation();
        if (e instanceof JsonProcessingException json) {
            JsonLocation where = json.getLocation() != null ? json.getLocation() : at;
            return Failures.malformedJson(
                    source, line(where), column(where), json.getOriginalMessage(), e);
        }
        return Failures.reading(source, line(at), column(at), e);
    }

    private static boolean isList(String name) {
        return name.equals(NODES) || name.equals(EDGES) || name.equals(LINKS);
    }

    /** Moves to the next member's value; false at the end of the object. */
    private boolean nextMember() throws IOException {
        if (parser.nextToken() == JsonToken.END_OBJECT) {
            return false;
        }
        parser.nextToken();
        return true;
    }

    private void endOfFile() throws IOException {
        ended = true;
        if (parser.nextToken() != null) {
            throw unexpected("the end of the file after the top-level object");
        }
    }

    /**
     * {@code "directed"} and {@code "multigraph"} (booleans); {@code "graph"} (GLI has no graph
     * attributes) and unknown members are skipped. {@code graphDirected} is the graph's direction
     * once it is known, null before.
     */
    private void readScalarMember(String name, Boolean graphDirected) throws IOException {
        switch (name) {
            case "directed" -> {
                declaredDirected = readBoolean(name);
                directedLine = line(parser.currentTokenLocation());
                directedColumn = column(parser.currentTokenLocation());
                if (graphDirected != null && graphDirected.booleanValue() != declaredDirected) {
                    throw Failures.directionMismatch(
                            source, directedLine, directedColumn, declaredDirected);
                }
            }
            case "multigraph" -> multigraph = readBoolean(name);
            default -> parser.skipChildren();
        }
    }

    private boolean readBoolean(String name) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw unexpected("\"" + name + "\" to be true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private void readList(String name, BulkLoad load) throws IOException {
        boolean ofNodes = name.equals(NODES);
        if (!ofNodes) {
            if (edgesKey != null) {
                throw Failures.twoEdgeLists(
                        source,
                        line(parser.currentTokenLocation()),
                        column(parser.currentTokenLocation()));
            }
            edgesKey = name;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw unexpected(
                    "\""
                            + name
                            + "\" to be an array of "
                            + (ofNodes ? "node" : "edge")
                            + " objects");
        }
        if (ofNodes) {
            nodesSeen = true;
            if (edgesKey != null) {
                flushEdges(load);
            }
        } else {
            nodes.flush(load, onDuplicate, source);
            if (!nodesSeen) {
                createdByEdges = new HashSet<>();
                nodeMerges = new NodeBuffer();
            }
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw unexpected(
                        ofNodes
                                ? "a node object {\"id\": ..., attributes...}"
                                : "an edge object {\"source\": ..., \"target\": ..., attributes...}");
            }
            if (ofNodes) {
                readNode(load);
            } else {
                readEdge(load);
            }
            progress.row();
        }
    }

    private void readNode(BulkLoad load) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        String id = null;
        keys.clear();
        values.clear();
        while (nextMember()) {
            String name = parser.currentName();
            if (name.equals("id")) {
                id = readId("a node ID");
            } else {
                readAttribute(name, "node", start);
            }
        }
        if (id == null) {
            throw Failures.missingMember(source, line(start), column(start), "node", "id");
        }
        NodeBuffer target =
                createdByEdges != null && createdByEdges.remove(id) ? nodeMerges : nodes;
        target.add(id, line(start));
        putAttributes(target.attributes());
        if (target.isFull()) {
            target.flush(load, target == nodes ? onDuplicate : BulkLoad.OnDuplicate.MERGE, source);
        }
    }

    private void readEdge(BulkLoad load) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        String from = null;
        String to = null;
        keys.clear();
        values.clear();
        while (nextMember()) {
            String name = parser.currentName();
            if (name.equals("source")) {
                from = readId("a node ID as \"source\"");
            } else if (name.equals("target")) {
                to = readId("a node ID as \"target\"");
            } else if (multigraph && name.equals("key")) {
                // a multigraph's key tells parallel edges apart; GLI has none to tell apart
                parser.skipChildren();
            } else {
                readAttribute(name, "edge", start);
            }
        }
        if (from == null || to == null) {
            throw Failures.missingMember(
                    source, line(start), column(start), "edge", from == null ? "source" : "target");
        }
        if (createdByEdges != null) {
            rememberCreated(load, from);
            rememberCreated(load, to);
        }
        edges.add(from, to, line(start));
        putAttributes(edges.attributes());
        if (edges.isFull()) {
            flushEdges(load);
        }
    }

    /**
     * A node ID: a JSON string, or an integer (NetworkX's int nodes) as its decimal text, so {@code
     * 7} and {@code "7"} name the same node.
     */
    private String readId(String expected) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue().toString()
                    : Long.toString(parser.getLongValue());
        }
        throw unexpected(expected + " (a JSON string or integer)");
    }

    private void readAttribute(String key, String element, JsonLocation start) throws IOException {
        if (keys.size() >= limits.maxAttributes()) {
            throw Failures.tooManyAttributes(
                    source, line(start), column(start), element, limits.maxAttributes());
        }
        Object value;
        try {
            value = JsonText.read(parser, limits);
        } catch (IllegalArgumentException e) {
            // the parser is still on the refused token (a null, a huge integer), maybe nested
            JsonLocation at = parser.currentTokenLocation();
            throw Failures.badJsonValue(source, line(at), column(at), key, e.getMessage());
        }
        keys.add(key);
        values.add(value);
    }

    private void putAttributes(AttributeBuffer attributes) {
        for (int i = 0; i < keys.size(); i++) {
            attributes.put(keys.get(i), values.get(i));
        }
    }

    /**
     * Edges before nodes: no node is added before the edges' flush but the endpoints it creates, so
     * an endpoint not in the graph now is one the flush will create.
     */
    private void rememberCreated(BulkLoad load, String id) {
        if (!load.hasNode(id)) {
            createdByEdges.add(id);
        }
    }

    private void flushEdges(BulkLoad load) throws GraphFormatException {
        try {
            edges.flush(load, onDuplicate, true, source);
        } catch (GraphFormatException e) {
            if (multigraph
                    && e.getCause() instanceof BatchException refusal
                    && refusal.getCause() instanceof EdgeExistsException edge) {
                throw Failures.parallelEdge(e, edge);
            }
            throw e;
        }
    }

    private GraphFormatException unexpected(String expected) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        return Failures.unexpectedJson(source, line(at), column(at), expected, found());
    }

    /** The current token as the file has it, quoted and cut short. */
    private String found() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string " + Failures.quote(parser.getText());
            default -> parser.getText();
        };
    }

    private static long line(JsonLocation at) {
        return Math.max(at.getLineNr(), GraphFormatException.UNKNOWN);
    }

    private static long column(JsonLocation at) {
        return Math.max(at.getColumnNr(), GraphFormatException.UNKNOWN);
    }
}
