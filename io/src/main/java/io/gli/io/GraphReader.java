package io.gli.io;

import io.gli.Graph;
import io.gli.GraphBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads one graph file format, configured once (immutable, safe to share) and used for any number
 * of files. A gzip-compressed file is recognized by its magic bytes, whatever its name.
 *
 * <p>Into a new graph: the reader opens it from the given builder, after setting on it the
 * direction the file declares (a file that says nothing leaves the builder's) and the sizes the
 * file announces; if the read fails, no graph is returned. Into an existing graph: the whole file
 * is one {@link Graph#bulkLoad}, so a bad row anywhere leaves the graph exactly as it was; a file
 * that declares the other direction than the graph's is refused.
 */
public interface GraphReader {
    /**
     * Reads {@code file} into a new graph opened from {@code target}.
     *
     * @throws GraphFormatException naming the file, line and column, and what was expected there
     * @throws IOException if the file cannot be read
     */
    Graph read(Path file, GraphBuilder target) throws IOException;

    /** Reads {@code file} into a new graph on the default backend. */
    default Graph read(Path file) throws IOException {
        return read(file, Graph.builder());
    }

    /**
     * Reads {@code file} into {@code graph}, all of it or, throwing, none of it.
     *
     * @throws GraphFormatException naming the file, line and column, and what was expected there
     * @throws IOException if the file cannot be read
     */
    void readInto(Path file, Graph graph) throws IOException;

    /**
     * As {@link #read(Path, GraphBuilder)}, from a stream read to its end but not closed; {@code
     * name} is what errors call it.
     */
    Graph read(InputStream in, String name, GraphBuilder target) throws IOException;

    /** As {@link #readInto(Path, Graph)}, from a stream read to its end but not closed. */
    void readInto(InputStream in, String name, Graph graph) throws IOException;
}
