package io.gli.io;

import io.gli.BulkLoad;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CSV table (a node table or an edge table) read from its parser into a {@link BulkLoad}: the
 * layout its header (or first row) gives, the type of each attribute column (declared in the header
 * as {@code key:type}, by the reader's options, or inferred), and its rows, converted cell by cell
 * and added in chunks.
 *
 * <p>Inference: while an attribute column has no type, rows are held back as raw cells, up to
 * {@link #INFERENCE_ROWS} of them; the narrowest type that reads every value of the column there
 * becomes its type (a column without a value there: string), and the held rows, then the rest, are
 * converted with it. A later value that does not read as the inferred type is an error that says so
 * and advises declaring the type.
 */
final class CsvTable {
    /** Rows a column's type is inferred from: the first chunk of data rows. */
    static final int INFERENCE_ROWS = 1 << 16;

    /** Which table this is. */
    enum Kind {
        NODES,
        EDGES
    }

    private final CsvParser parser;
    private final String source;
    private final Kind kind;
    private final Map<String, ValueType> declared;
    private final boolean inferTypes;
    private final ReadLimits limits;
    private final Progress progress;

    private int width;
    private int first; // the ID column, or the source column
    private int second; // the target column
    private int[] attributeFields = new int[0];
    private String[] keys = new String[0];
    private ValueType[] types = new ValueType[0];
    private boolean[] inferred = new boolean[0];
    private boolean typesPending;
    private final List<String[]> heldRows = new ArrayList<>();
    private long[] heldLines = new long[0];

    private NodeBuffer nodes;
    private EdgeBuffer edges;

    CsvTable(
            CsvParser parser,
            String source,
            Kind kind,
            Map<String, ValueType> declared,
            boolean inferTypes,
            ReadLimits limits,
            Progress progress) {
        this.parser = parser;
        this.source = source;
        this.kind = kind;
        this.declared = declared;
        this.inferTypes = inferTypes;
        this.limits = limits;
        this.progress = progress;
    }

    /**
     * Reads the whole table into {@code load}.
     *
     * @param header whether the first record names the columns
     * @param idColumn the node table's ID column, or the edge table's source column
     * @param targetColumn the edge table's target column (unused for nodes)
     * @param createEndpoints whether edges may name nodes the graph lacks, which are then added
     */
    void load(
            BulkLoad load,
            boolean header,
            String idColumn,
            String targetColumn,
            BulkLoad.OnDuplicate onDuplicate,
            boolean createEndpoints)
            throws IOException {
        if (!parser.next()) {
            progress.done();
            return;
        }
        if (header) {
            readHeader(idColumn, targetColumn);
        } else {
            layOutWithoutHeader();
        }
        if (kind == Kind.NODES) {
            nodes = new NodeBuffer();
        } else {
            edges = new EdgeBuffer();
        }
        boolean more = header ? parser.next() : true;
        while (more) {
            if (parser.fieldCount() != width) {
                throw Failures.at(
                        source,
                        parser.line(),
                        GraphFormatException.UNKNOWN,
                        Failures.csvFieldCount(width, parser.fieldCount(), header));
            }
            if (typesPending) {
                hold();
                if (heldRows.size() == INFERENCE_ROWS) {
                    inferAndReplay(load, onDuplicate, createEndpoints);
                }
            } else {
                addFromParser();
                flushIfFull(load, onDuplicate, createEndpoints);
            }
            progress.row();
            more = parser.next();
        }
        if (typesPending) {
            inferAndReplay(load, onDuplicate, createEndpoints);
        }
        if (kind == Kind.NODES) {
            nodes.flush(load, onDuplicate, source);
        } else {
            edges.flush(load, onDuplicate, createEndpoints, source);
        }
        progress.done();
    }

    private void readHeader(String idColumn, String targetColumn) throws GraphFormatException {
        int count = parser.fieldCount();
        checkWidth(count);
        width = count;
        first = -1;
        second = -1;
        List<String> names = new ArrayList<>(count);
        List<Integer> fields = new ArrayList<>();
        List<String> attributeKeys = new ArrayList<>();
        List<ValueType> attributeTypes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name = parser.field(i);
            names.add(name);
            if (first < 0 && name.equals(idColumn)) {
                first = i;
                continue;
            }
            if (kind == Kind.EDGES && second < 0 && name.equals(targetColumn)) {
                second = i;
                continue;
            }
            String key = name;
            ValueType type = null;
            int colon = name.lastIndexOf(':');
            long column = i + 1L;
            if (colon >= 0) {
                String typeName = name.substring(colon + 1);
                type =
                        ValueType.byName(typeName)
                                .orElseThrow(
                                        () ->
                                                Failures.at(
                                                        source,
                                                        parser.line(),
                                                        column,
                                                        Failures.csvUnknownType(name, typeName)));
                key = name.substring(0, colon);
            }
            if (!seen.add(key)) {
                throw Failures.at(source, parser.line(), i + 1L, Failures.csvRepeatedKey(key));
            }
            fields.add(i);
            attributeKeys.add(key);
            attributeTypes.add(type);
        }
        if (first < 0) {
            throw Failures.at(
                    source,
                    parser.line(),
                    GraphFormatException.UNKNOWN,
                    Failures.csvMissingColumn(
                            kind == Kind.NODES ? "ID" : "source", idColumn, names));
        }
        if (kind == Kind.EDGES && second < 0) {
            throw Failures.at(
                    source,
                    parser.line(),
                    GraphFormatException.UNKNOWN,
                    Failures.csvMissingColumn("target", targetColumn, names));
        }
        setAttributes(fields, attributeKeys, attributeTypes);
    }

    private void layOutWithoutHeader() throws GraphFormatException {
        int count = parser.fieldCount();
        checkWidth(count);
        int idColumns = kind == Kind.NODES ? 1 : 2;
        if (count < idColumns) {
            throw Failures.at(
                    source,
                    parser.line(),
                    GraphFormatException.UNKNOWN,
                    Failures.csvFieldCount(idColumns, count, false));
        }
        width = count;
        first = 0;
        second = kind == Kind.NODES ? -1 : 1;
        List<Integer> fields = new ArrayList<>();
        List<String> attributeKeys = new ArrayList<>();
        List<ValueType> attributeTypes = new ArrayList<>();
        for (int i = idColumns; i < count; i++) {
            fields.add(i);
            attributeKeys.add("column" + (i + 1));
            attributeTypes.add(null);
        }
        setAttributes(fields, attributeKeys, attributeTypes);
    }

    private void checkWidth(int count) throws GraphFormatException {
        if (count > limits.maxAttributes() + 2) {
            throw Failures.at(
                    source,
                    parser.line(),
                    GraphFormatException.UNKNOWN,
                    Failures.csvTooManyColumns(count, limits.maxAttributes()));
        }
    }

    private void setAttributes(
            List<Integer> fields, List<String> attributeKeys, List<ValueType> attributeTypes) {
        int n = fields.size();
        attributeFields = new int[n];
        keys = attributeKeys.toArray(new String[0]);
        types = new ValueType[n];
        inferred = new boolean[n];
        for (int j = 0; j < n; j++) {
            attributeFields[j] = fields.get(j);
            ValueType type = declared.getOrDefault(keys[j], attributeTypes.get(j));
            if (type == null && !inferTypes) {
                type = ValueType.STRING;
            }
            types[j] = type;
            inferred[j] = type == null;
            typesPending |= type == null;
        }
    }

    private String id(int field) throws GraphFormatException {
        if (parser.isAbsent(field)) {
            throw Failures.at(
                    source, parser.line(), field + 1L, Failures.csvEmptyId(kind == Kind.NODES));
        }
        return parser.field(field);
    }

    private void addFromParser() throws GraphFormatException {
        long line = parser.line();
        AttributeBuffer attributes;
        if (kind == Kind.NODES) {
            nodes.add(id(first), line);
            attributes = nodes.attributes();
        } else {
            edges.add(id(first), id(second), line);
            attributes = edges.attributes();
        }
        for (int j = 0; j < attributeFields.length; j++) {
            int field = attributeFields[j];
            if (!parser.isAbsent(field)) {
                attributes.put(keys[j], convert(j, parser.field(field), line));
            }
        }
    }

    /** Keeps the current row as raw cells (null for an absent one) until the types are known. */
    private void hold() throws GraphFormatException {
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            if (i == first || i == second) {
                cells[i] = id(i);
            } else if (!parser.isAbsent(i)) {
                cells[i] = parser.field(i);
            }
        }
        int row = heldRows.size();
        if (row == heldLines.length) {
            heldLines = Arrays.copyOf(heldLines, Math.max(1024, row * 2));
        }
        heldLines[row] = parser.line();
        heldRows.add(cells);
    }

    private void inferAndReplay(
            BulkLoad load, BulkLoad.OnDuplicate onDuplicate, boolean createEndpoints)
            throws GraphFormatException {
        for (int j = 0; j < types.length; j++) {
            if (types[j] == null) {
                ValueType type = null;
                for (String[] cells : heldRows) {
                    String cell = cells[attributeFields[j]];
                    if (cell != null) {
                        ValueType one = ValueText.infer(cell);
                        type = type == null ? one : ValueText.widen(type, one);
                    }
                }
                types[j] = type == null ? ValueType.STRING : type;
            }
        }
        typesPending = false;
        for (int row = 0; row < heldRows.size(); row++) {
            String[] cells = heldRows.get(row);
            long line = heldLines[row];
            AttributeBuffer attributes;
            if (kind == Kind.NODES) {
                nodes.add(cells[first], line);
                attributes = nodes.attributes();
            } else {
                edges.add(cells[first], cells[second], line);
                attributes = edges.attributes();
            }
            for (int j = 0; j < attributeFields.length; j++) {
                String cell = cells[attributeFields[j]];
                if (cell != null) {
                    attributes.put(keys[j], convert(j, cell, line));
                }
            }
            flushIfFull(load, onDuplicate, createEndpoints);
        }
        heldRows.clear();
        heldLines = new long[0];
    }

    private void flushIfFull(
            BulkLoad load, BulkLoad.OnDuplicate onDuplicate, boolean createEndpoints)
            throws GraphFormatException {
        if (kind == Kind.NODES) {
            if (nodes.isFull()) {
                nodes.flush(load, onDuplicate, source);
            }
        } else if (edges.isFull()) {
            edges.flush(load, onDuplicate, createEndpoints, source);
        }
    }

    private Object convert(int column, String text, long line) throws GraphFormatException {
        ValueType type = types[column];
        if (type == ValueType.STRING) {
            return text;
        }
        try {
            return ValueText.parse(type, text, limits);
        } catch (IllegalArgumentException e) {
            throw Failures.at(
                    source,
                    line,
                    attributeFields[column] + 1L,
                    Failures.csvBadValue(keys[column], type, inferred[column], e.getMessage()),
                    e);
        }
    }
}
