package io.gli.io;

import io.gli.Graph;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes one graph file format, configured once (immutable, safe to share). Deterministic: the same
 * graph (same nodes, edges, attributes and orders) gives the same bytes. A graph the format cannot
 * hold (an ID with characters it cannot carry, say) is refused with an exception naming the
 * offending ID, key or value, never written in part or silently changed.
 */
public interface GraphWriter {
    /**
     * Writes {@code graph} to {@code file}, gzip-compressed if its name ends in {@code .gz}. The
     * file appears whole or not at all: it is written beside its final name and moved there when
     * complete.
     *
     * @throws IllegalArgumentException naming what of the graph the format cannot hold
     * @throws IOException if the file cannot be written
     */
    void write(Graph graph, Path file) throws IOException;

    /** As {@link #write(Graph, Path)}, to a stream that is flushed but not closed. */
    void write(Graph graph, OutputStream out) throws IOException;
}
