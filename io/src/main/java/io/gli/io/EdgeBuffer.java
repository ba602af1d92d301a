package io.gli.io;

import io.gli.BatchException;
import io.gli.BulkLoad;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chunk of edge rows read from a file, with the line each came from, flushed into a {@link
 * BulkLoad} as one {@link BulkLoad#addEdges} call: a refused row becomes a {@link
 * GraphFormatException} at that row's line. For a file of edges alone, it can first add the
 * endpoints the graph lacks, in order of first appearance, source before target.
 */
final class EdgeBuffer {
    private final ArrayList<String> sources = new ArrayList<>(NodeBuffer.CHUNK);
    private final ArrayList<String> targets = new ArrayList<>(NodeBuffer.CHUNK);
    private final AttributeBuffer attributes = new AttributeBuffer();
    private long[] lines = new long[NodeBuffer.CHUNK];

    /** Starts a row for the edge read at {@code line}; then put its attributes. */
    void add(String source, String target, long line) {
        int row = sources.size();
        if (row == lines.length) {
            lines = Arrays.copyOf(lines, row * 2);
        }
        lines[row] = line;
        sources.add(source);
        targets.add(target);
        attributes.nextRow();
    }

    AttributeBuffer attributes() {
        return attributes;
    }

    boolean isFull() {
        return sources.size() >= NodeBuffer.CHUNK;
    }

    int size() {
        return sources.size();
    }

    /**
     * Adds the rows to {@code load} and empties the buffer; with {@code createEndpoints}, first
     * adds every endpoint that is not yet a node.
     */
    void flush(
            BulkLoad load, BulkLoad.OnDuplicate onDuplicate, boolean createEndpoints, String source)
            throws GraphFormatException {
        if (sources.isEmpty()) {
            return;
        }
        if (createEndpoints) {
            addMissingEndpoints(load, source);
        }
        try {
            load.addEdges(sources, targets, attributes.columns(), onDuplicate);
        } catch (BatchException e) {
            throw Failures.refusedRow(
                    source, lines[e.operationIndex()], GraphFormatException.UNKNOWN, e);
        }
        sources.clear();
        targets.clear();
        attributes.clear();
    }

    private void addMissingEndpoints(BulkLoad load, String source) throws GraphFormatException {
        Set<String> missing = new LinkedHashSet<>();
        int[] firstRow = new int[sources.size() * 2];
        for (int i = 0; i < sources.size(); i++) {
            for (String id : List.of(sources.get(i), targets.get(i))) {
                if (!missing.contains(id) && !load.hasNode(id)) {
                    firstRow[missing.size()] = i;
                    missing.add(id);
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try {
            load.addNodes(new ArrayList<>(missing), Map.of(), BulkLoad.OnDuplicate.FAIL);
        } catch (BatchException e) {
            throw Failures.refusedRow(
                    source, lines[firstRow[e.operationIndex()]], GraphFormatException.UNKNOWN, e);
        }
    }
}
