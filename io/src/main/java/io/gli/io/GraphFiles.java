package io.gli.io;

import io.gli.Graph;
import io.gli.GraphBuilder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reading and writing graph files with the format their names say ({@link GraphFormat#of}): the
 * one-line entry points, as {@code nx.read_graphml} and its kin are for NetworkX users.
 *
 * <pre>{@code
 * Graph graph = GraphFiles.read(Path.of("web.graphml.gz"));
 * GraphFiles.write(graph, Path.of("web.gli"));
 * }</pre>
 *
 * <p>Every method has the contract of the format's {@link GraphReader} or {@link GraphWriter}: a
 * failed read returns no graph, or leaves the graph it read into as it was; a write appears whole
 * or not at all. For a format's own settings (a CSV node table, GraphML's edges key, a DOT graph
 * name), build its reader or writer.
 */
public final class GraphFiles {
    private GraphFiles() {}

    /**
     * Reads {@code file} into a new graph on the default backend.
     *
     * @throws IllegalArgumentException if the name says no format this module reads
     * @throws GraphFormatException naming the file, line and column, and what was expected there
     * @throws IOException if the file cannot be read
     */
    public static Graph read(Path file) throws IOException {
        return read(file, Graph.builder(), ReadOptions.DEFAULT);
    }

    /** As {@link #read(Path)}, into a new graph opened from {@code target}. */
    public static Graph read(Path file, GraphBuilder target) throws IOException {
        return read(file, target, ReadOptions.DEFAULT);
    }

    /** As {@link #read(Path, GraphBuilder)}, the reader given {@code options}. */
    public static Graph read(Path file, GraphBuilder target, ReadOptions options)
            throws IOException {
        return GraphFormat.of(file).reader(options).read(file, target);
    }

    /**
     * Reads {@code file} into {@code graph}, all of it or, throwing, none of it.
     *
     * @throws IllegalArgumentException if the name says no format this module reads
     * @throws GraphFormatException naming the file, line and column, and what was expected there
     * @throws IOException if the file cannot be read
     */
    public static void readInto(Path file, Graph graph) throws IOException {
        readInto(file, graph, ReadOptions.DEFAULT);
    }

    /** As {@link #readInto(Path, Graph)}, the reader given {@code options}. */
    public static void readInto(Path file, Graph graph, ReadOptions options) throws IOException {
        GraphFormat.of(file).reader(options).readInto(file, graph);
    }

    /**
     * Writes {@code graph} to {@code file} in the format its name says, gzip-compressed if the name
     * ends in {@code .gz}.
     *
     * @throws IllegalArgumentException if the name says no format, or naming what of the graph the
     *     format cannot hold
     * @throws IOException if the file cannot be written
     */
    public static void write(Graph graph, Path file) throws IOException {
        GraphFormat.of(file).writer().write(graph, file);
    }
}
