package io.gli.io;

import io.gli.BatchException;
import io.gli.BulkLoad;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A chunk of node rows read from a file, with the line each came from, flushed into a {@link
 * BulkLoad} as one {@link BulkLoad#addNodes} call: a refused row becomes a {@link
 * GraphFormatException} at that row's line.
 */
final class NodeBuffer {
    /**
     * Rows per chunk: large enough that a call's fixed cost vanishes, small enough to be bounded.
     */
    static final int CHUNK = 1 << 15;

    private final ArrayList<String> ids = new ArrayList<>(CHUNK);
    private final AttributeBuffer attributes = new AttributeBuffer();
    private long[] lines = new long[CHUNK];

    /** Starts a row for node {@code id} read at {@code line}; then put its attributes. */
    void add(String id, long line) {
        int row = ids.size();
        if (row == lines.length) {
            lines = Arrays.copyOf(lines, row * 2);
        }
        lines[row] = line;
        ids.add(id);
        attributes.nextRow();
    }

    /** The attributes of the rows; {@link AttributeBuffer#put} sets the current row's. */
    AttributeBuffer attributes() {
        return attributes;
    }

    boolean isFull() {
        return ids.size() >= CHUNK;
    }

    int size() {
        return ids.size();
    }

    /** The IDs buffered, in order. */
    List<String> ids() {
        return ids;
    }

    /** Adds the rows to {@code load} and empties the buffer. */
    void flush(BulkLoad load, BulkLoad.OnDuplicate onDuplicate, String source)
            throws GraphFormatException {
        if (ids.isEmpty()) {
            return;
        }
        try {
            load.addNodes(ids, attributes.columns(), onDuplicate);
        } catch (BatchException e) {
            throw Failures.refusedRow(
                    source, lines[e.operationIndex()], GraphFormatException.UNKNOWN, e);
        }
        ids.clear();
        attributes.clear();
    }
}
