package io.gli.io;

import io.gli.BulkLoad;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One read of a GraphML file, streamed with StAX: first {@link #readHeader} (the {@code <key>}
 * declarations up to the start of the {@code <graph>}, which tell the direction and, in GraphML's
 * parse-info attributes, the sizes), then {@link #readGraph} into a {@link BulkLoad} (nodes and
 * edges through {@link NodeBuffer} and {@link EdgeBuffer} chunks, then the rest of the document,
 * which must be well-formed to its end).
 *
 * <p>The parser is made safe by construction: no DTD support, no external entities, entity
 * references not replaced, and any DOCTYPE refused at its event, before anything could be expanded.
 * Depth, attribute count and text length are counted here, event by event, so a hostile file fails
 * at the limit, not after it has been read into memory (the JDK parser hands long texts over in
 * chunks).
 */
final class GraphmlParse implements AutoCloseable {
    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String GLI_NS = "https://gli.io/xmlns/graphml";

    private final XMLStreamReader xml;
    private final String source;
    private final ReadLimits limits;
    private final BulkLoad.OnDuplicate onDuplicate;
    private final Progress progress;

    private final Map<String, GraphmlKey> keys = new HashMap<>();
    private final List<GraphmlKey> nodeDefaults = new ArrayList<>();
    private final List<GraphmlKey> edgeDefaults = new ArrayList<>();
    private final NodeBuffer nodes = new NodeBuffer();
    private final EdgeBuffer edges = new EdgeBuffer();
    private final StringBuilder text = new StringBuilder();
    private int depth;

    private Optional<Boolean> declaredDirected = Optional.empty();
    private long graphLine;
    private long graphColumn;
    private long announcedNodes = -1;
    private long announcedEdges = -1;

    private GraphmlParse(
            XMLStreamReader xml,
            String source,
            ReadLimits limits,
            BulkLoad.OnDuplicate onDuplicate,
            Progress progress) {
        this.xml = xml;
        this.source = source;
        this.limits = limits;
        this.onDuplicate = onDuplicate;
        this.progress = progress;
    }

    /** Starts reading {@code input}, as UTF-8 text. */
    static GraphmlParse open(
            Input input,
            ReadLimits limits,
            BulkLoad.OnDuplicate onDuplicate,
            ProgressListener listener)
            throws IOException {
        XMLStreamReader xml;
        try {
            xml = factory().createXMLStreamReader(input.utf8());
        } catch (XMLStreamException e) {
            throw translate(input.name(), e, null);
        }
        return new GraphmlParse(
                xml, input.name(), limits, onDuplicate, new Progress(listener, input));
    }

    /**
     * The JDK's own StAX parser (never another one found on the class path), hardened: no DTD, no
     * external entity, no entity replacement, no resolver that could fetch anything.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver(
                (publicId, systemId, base, namespace) -> {
                    throw new XMLStreamException("external resource not allowed: " + systemId);
                });
        return factory;
    }

    /** The direction the {@code <graph>} declares with {@code edgedefault}, if it does. */
    Optional<Boolean> declaredDirected() {
        return declaredDirected;
    }

    /** The node count the file announces ({@code parse.nodes}), or -1. */
    long announcedNodes() {
        return announcedNodes;
    }

    /** The edge count the file announces ({@code parse.edges}), or -1. */
    long announcedEdges() {
        return announcedEdges;
    }

    /** A mismatch of the file's declared direction with {@code directed}, at the graph element. */
    GraphFormatException directionMismatch(boolean fileDirected, boolean graphDirected) {
        return Failures.Graphml.directionMismatch(
                source, graphLine, graphColumn, fileDirected, graphDirected);
    }

    // ---- the header: the document up to the start of the <graph>

    /** Reads up to and including the {@code <graph>} start tag. */
    void readHeader() throws IOException {
        String declared = xml.getCharacterEncodingScheme();
        if (declared != null
                && !declared.equalsIgnoreCase("UTF-8")
                && !declared.equalsIgnoreCase("UTF8")
                && !declared.equalsIgnoreCase("US-ASCII")
                && !declared.equalsIgnoreCase("ASCII")) {
            throw Failures.Graphml.encoding(source, declared);
        }
        int event = next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw Failures.Graphml.malformed(
                        source, line(), column(), "the file holds no element", null);
            }
            event = next();
        }
        if (!isGraphml("graphml")) {
            throw Failures.Graphml.expectedRoot(source, line(), column(), xml.getLocalName());
        }
        while (true) {
            event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isGraphml("key")) {
                    readKey();
                } else if (isGraphml("graph")) {
                    readGraphStart();
                    return;
                } else {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    || event == XMLStreamConstants.END_DOCUMENT) {
                throw Failures.Graphml.noGraph(source, line(), column());
            }
        }
    }

    private void readKey() throws IOException {
        long line = line();
        long column = column();
        String id = required("key", "id");
        String declaredFor = Optional.ofNullable(attribute("for")).orElse("all");
        String name = attribute("attr.name");
        String typeName = Optional.ofNullable(attribute("attr.type")).orElse("string");
        String gliType = xml.getAttributeValue(GLI_NS, "type");
        checkLength(id, "a key id", line, column);
        if (name != null) {
            checkLength(name, "an attribute name", line, column);
        }
        if (keys.containsKey(id)) {
            throw Failures.Graphml.duplicateKey(source, line, column, id);
        }
        if (keys.size() >= limits.maxAttributes()) {
            throw Failures.Graphml.tooManyAttributes(
                    source, line, column, "<key> declarations", limits.maxAttributes());
        }
        boolean forNodes = declaredFor.equals("node") || declaredFor.equals("all");
        boolean forEdges = declaredFor.equals("edge") || declaredFor.equals("all");
        boolean graphics = attribute("yfiles.type") != null && name == null;
        GraphmlKey key;
        if (graphics || !(forNodes || forEdges)) {
            key = new GraphmlKey(id, declaredFor, forNodes, forEdges, null, null, typeName, null);
        } else {
            ValueType type = graphmlType(typeName, id, line, column);
            if (gliType != null) {
                if (!gliType.equals("json")) {
                    throw Failures.Graphml.badAttribute(
                            source, line, column, "key", "gli:type", gliType, "\"json\"");
                }
                type = ValueType.JSON;
            }
            key =
                    new GraphmlKey(
                            id,
                            declaredFor,
                            forNodes,
                            forEdges,
                            name == null ? id : name,
                            type,
                            typeName,
                            null);
        }
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isGraphml("default") && !key.ignored()) {
                    long defaultLine = line();
                    long defaultColumn = column();
                    String value = readText();
                    key = key.withDefault(value(key, value, defaultLine, defaultColumn));
                } else {
                    skipElement();
                }
            }
        }
        keys.put(id, key);
        if (key.defaultValue() != null) {
            if (key.forNodes()) {
                nodeDefaults.add(key);
            }
            if (key.forEdges()) {
                edgeDefaults.add(key);
            }
        }
    }

    /** GraphML's types, and the aliases {@link ValueType#byName} knows; GLI's json is gli:type. */
    private ValueType graphmlType(String typeName, String id, long line, long column)
            throws GraphFormatException {
        Optional<ValueType> type = ValueType.byName(typeName);
        if (type.isEmpty() || type.get() == ValueType.JSON) {
            throw Failures.Graphml.badType(source, line, column, id, typeName);
        }
        return type.get();
    }

    private void readGraphStart() throws IOException {
        graphLine = line();
        graphColumn = column();
        String edgeDefault = attribute("edgedefault");
        if (edgeDefault != null) {
            switch (edgeDefault) {
                case "directed" -> declaredDirected = Optional.of(true);
                case "undirected" -> declaredDirected = Optional.of(false);
                default ->
                        throw Failures.Graphml.badAttribute(
                                source,
                                graphLine,
                                graphColumn,
                                "graph",
                                "edgedefault",
                                edgeDefault,
                                "directed or undirected");
            }
        }
        announcedNodes = count("parse.nodes");
        announcedEdges = count("parse.edges");
    }

    private long count(String attribute) throws GraphFormatException {
        String text = attribute(attribute);
        if (text == null) {
            return -1;
        }
        try {
            long count = Long.parseLong(text);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw Failures.Graphml.badAttribute(
                source, graphLine, graphColumn, "graph", attribute, text, "a count of 0 or more");
    }

    // ---- the graph: nodes and edges, then the rest of the document

    /** Reads the graph's elements into {@code load}, then the document to its end. */
    void readGraph(BulkLoad load, boolean directed) throws IOException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isGraphml("node")) {
                readNode(load);
            } else if (isGraphml("edge")) {
                readEdge(load, directed);
            } else if (isGraphml("hyperedge")) {
                throw Failures.Graphml.unsupported(source, line(), column(), "<hyperedge>");
            } else if (isGraphml("graph")) {
                throw Failures.Graphml.unsupported(source, line(), column(), "a nested <graph>");
            } else if (isGraphml("locator")) {
                throw Failures.Graphml.unsupported(source, line(), column(), "<locator>");
            } else {
                skipElement(); // the graph's own <data> and <desc>, other namespaces
            }
        }
        flushNodes(load);
        flushEdges(load);
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isGraphml("graph")) {
                    throw Failures.Graphml.secondGraph(source, line(), column());
                }
                skipElement();
            }
        }
        progress.done();
    }

    private void readNode(BulkLoad load) throws IOException {
        long line = line();
        long column = column();
        String id = required("node", "id");
        checkLength(id, "a node id", line, column);
        if (edges.size() > 0) {
            // in document order: an edge before its node fails wherever the chunks fall
            flushEdges(load);
        }
        nodes.add(id, line);
        progress.row();
        AttributeBuffer attributes = nodes.attributes();
        int count = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isGraphml("data")) {
                count += readData(attributes, id, null, count);
            } else if (isGraphml("graph")) {
                throw Failures.Graphml.unsupported(
                        source,
                        line(),
                        column(),
                        "a nested <graph> (in node " + Failures.quote(id) + ")");
            } else if (isGraphml("port")) {
                throw Failures.Graphml.unsupported(source, line(), column(), "<port>");
            } else if (isGraphml("locator")) {
                throw Failures.Graphml.unsupported(source, line(), column(), "<locator>");
            } else {
                skipElement();
            }
        }
        applyDefaults(attributes, nodeDefaults);
        if (nodes.isFull()) {
            flushNodes(load);
        }
    }

    private void readEdge(BulkLoad load, boolean directed) throws IOException {
        long line = line();
        long column = column();
        String from = null;
        String to = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (!isPlain(xml.getAttributeNamespace(i))) {
                continue;
            }
            String value = xml.getAttributeValue(i);
            switch (xml.getAttributeLocalName(i)) {
                case "source" -> from = value;
                case "target" -> to = value;
                case "directed" -> {
                    if (!value.equals(directed ? "true" : "false")) {
                        throw Failures.Graphml.mixedEdge(source, line, column, value, directed);
                    }
                }
                case "sourceport", "targetport" ->
                        throw Failures.Graphml.unsupported(
                                source, line, column, "an edge to a port");
                default -> {
                    // an edge id, or another tool's attribute: GLI edges are named by endpoints
                }
            }
        }
        if (from == null) {
            throw Failures.Graphml.missingAttribute(source, line, column, "edge", "source");
        }
        if (to == null) {
            throw Failures.Graphml.missingAttribute(source, line, column, "edge", "target");
        }
        checkLength(from, "an edge source", line, column);
        checkLength(to, "an edge target", line, column);
        if (nodes.size() > 0) {
            flushNodes(load);
        }
        edges.add(from, to, line);
        progress.row();
        AttributeBuffer attributes = edges.attributes();
        int count = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isGraphml("data")) {
                count += readData(attributes, from, to, count);
            } else if (isGraphml("graph")) {
                throw Failures.Graphml.unsupported(source, line(), column(), "a nested <graph>");
            } else {
                skipElement();
            }
        }
        applyDefaults(attributes, edgeDefaults);
        if (edges.isFull()) {
            flushEdges(load);
        }
    }

    /**
     * One {@code <data>} of node {@code id} (when {@code target} is null) or of the edge from
     * {@code id} to {@code target}, into the current row, which has {@code attributeCount}
     * attributes so far; returns the number added (0 for data skipped).
     */
    private int readData(AttributeBuffer attributes, String id, String target, int attributeCount)
            throws IOException {
        boolean onNode = target == null;
        long line = line();
        long column = column();
        String keyId = required("data", "key");
        GraphmlKey key = keys.get(keyId);
        if (key == null) {
            throw Failures.Graphml.unknownKey(source, line, column, keyId);
        }
        if (onNode ? !key.forNodes() : !key.forEdges()) {
            throw Failures.Graphml.wrongDomain(
                    source, line, column, keyId, key.declaredFor(), onNode ? "a node" : "an edge");
        }
        if (key.ignored()) {
            skipElement();
            return 0;
        }
        String value = readText();
        if (value == null) {
            return 0; // only foreign elements inside: another tool's extension, not a value
        }
        if (attributes.has(key.name())) {
            throw Failures.Graphml.repeatedData(
                    source, line, column, key.name(), describe(id, target));
        }
        if (attributeCount >= limits.maxAttributes()) {
            throw Failures.Graphml.tooManyAttributes(
                    source,
                    line,
                    column,
                    "attributes on " + describe(id, target),
                    limits.maxAttributes());
        }
        attributes.put(key.name(), value(key, value, line, column));
        return 1;
    }

    private static String describe(String id, String target) {
        return target == null
                ? "node " + Failures.quote(id)
                : "the edge from " + Failures.quote(id) + " to " + Failures.quote(target);
    }

    private static void applyDefaults(AttributeBuffer attributes, List<GraphmlKey> defaults) {
        for (GraphmlKey key : defaults) {
            if (!attributes.has(key.name())) {
                attributes.put(key.name(), key.defaultValue());
            }
        }
    }

    /** The text of a key's value as its type; numbers and booleans may be padded by whitespace. */
    private Object value(GraphmlKey key, String text, long line, long column)
            throws GraphFormatException {
        try {
            return switch (key.type()) {
                case STRING -> text;
                case BOOLEAN -> {
                    String trimmed = text.strip();
                    // XML Schema's boolean, which GraphML's attr.type names, also spells 1 and 0
                    if (trimmed.equals("1")) {
                        yield true;
                    } else if (trimmed.equals("0")) {
                        yield false;
                    }
                    yield ValueText.parse(ValueType.BOOLEAN, trimmed, limits);
                }
                case LONG -> ValueText.parse(ValueType.LONG, text.strip(), limits);
                case DOUBLE -> ValueText.parse(ValueType.DOUBLE, pythonFloat(text.strip()), limits);
                case JSON -> ValueText.parse(ValueType.JSON, text, limits);
            };
        } catch (IllegalArgumentException e) {
            String type =
                    key.type() == ValueType.JSON ? "gli:type json" : "attr.type " + key.typeName();
            throw Failures.Graphml.badValue(source, line, column, key.id(), type, e.getMessage());
        }
    }

    /** Python's spellings of the special doubles, as NetworkX writes them, in Java's. */
    private static String pythonFloat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> "NaN";
            case "inf", "+inf", "infinity", "+infinity" -> "Infinity";
            case "-inf", "-infinity" -> "-Infinity";
            default -> text;
        };
    }

    private void flushNodes(BulkLoad load) throws GraphFormatException {
        nodes.flush(load, onDuplicate, source);
    }

    private void flushEdges(BulkLoad load) throws GraphFormatException {
        try {
            edges.flush(load, onDuplicate, false, source);
        } catch (GraphFormatException e) {
            throw Failures.Graphml.isMissingEndpoint(e)
                    ? Failures.Graphml.undeclaredEndpoint(e)
                    : e;
        }
    }

    // ---- the XML events

    /**
     * The text of the element just started, up to its end tag: every character kept (no trimming),
     * elements inside skipped; null if the element held other elements and only whitespace.
     */
    private String readText() throws IOException {
        text.setLength(0);
        boolean elements = false;
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS,
                        XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE -> {
                    if (text.length() + xml.getTextLength() > limits.maxStringLength()) {
                        throw Failures.Graphml.tooLong(
                                source, line(), column(), "a text", limits.maxStringLength());
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    elements = true;
                    skipElement();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return elements && text.toString().isBlank() ? null : text.toString();
                }
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
    }

    /** Skips the element just started, with all it holds. */
    private void skipElement() throws IOException {
        int level = 1;
        while (level > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            }
        }
    }

    /** The next event, with the security checks and the limits applied. */
    private int next() throws IOException {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw translate(source, e, xml.getLocation());
        } catch (IllegalStateException e) {
            // next() past the end: a document cut short in a way the parser did not report
            throw Failures.Graphml.malformed(source, line(), column(), "the file ends early", e);
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > limits.maxDepth()) {
                    throw Failures.Graphml.tooDeep(source, line(), column(), limits.maxDepth());
                }
                if (xml.getAttributeCount() > limits.maxAttributes()) {
                    throw Failures.Graphml.tooManyAttributes(
                            source,
                            line(),
                            column(),
                            "XML attributes on <" + xml.getLocalName() + ">",
                            limits.maxAttributes());
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.DTD -> throw Failures.Graphml.doctype(source, line(), column());
            case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw Failures.Graphml.entity(source, line(), column(), xml.getLocalName());
            default -> {
                // text, comments, processing instructions, the document's end
            }
        }
        return event;
    }

    /** A parser's failure as a format error at its position; a failing stream's as it says. */
    private static IOException translate(String source, XMLStreamException e, Location fallback) {
        Location at = e.getLocation() != null ? e.getLocation() : fallback;
        long line = at == null ? GraphFormatException.UNKNOWN : Math.max(0, at.getLineNumber());
        long column = at == null ? GraphFormatException.UNKNOWN : Math.max(0, at.getColumnNumber());
        Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (nested instanceof IOException io) {
            IOException translated = Failures.reading(source, line, column, io);
            if (translated instanceof GraphFormatException) {
                return translated;
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int start = message.indexOf("Message: ");
        return Failures.Graphml.malformed(
                source,
                line,
                column,
                start >= 0 ? message.substring(start + "Message: ".length()) : message,
                e);
    }

    /** Whether the current element is GraphML's {@code name} (in its namespace, or in none). */
    private boolean isGraphml(String name) {
        String namespace = xml.getNamespaceURI();
        return name.equals(xml.getLocalName())
                && (isPlain(namespace) || namespace.equals(GRAPHML_NS));
    }

    private static boolean isPlain(String namespace) {
        return namespace == null || namespace.isEmpty();
    }

    /** The current element's attribute {@code name} in no namespace, or null. */
    private String attribute(String name) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (name.equals(xml.getAttributeLocalName(i))
                    && isPlain(xml.getAttributeNamespace(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private String required(String element, String name) throws GraphFormatException {
        String value = attribute(name);
        if (value == null) {
            throw Failures.Graphml.missingAttribute(source, line(), column(), element, name);
        }
        return value;
    }

    private void checkLength(String value, String what, long line, long column)
            throws GraphFormatException {
        if (value.length() > limits.maxStringLength()) {
            throw Failures.Graphml.tooLong(source, line, column, what, limits.maxStringLength());
        }
    }

    private long line() {
        int line = xml.getLocation().getLineNumber();
        return line > 0 ? line : GraphFormatException.UNKNOWN;
    }

    private long column() {
        int column = xml.getLocation().getColumnNumber();
        return column > 0 ? column : GraphFormatException.UNKNOWN;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw translate(source, e, null);
        }
    }
}
