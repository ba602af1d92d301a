package io.gli.io;

import io.gli.Graph;
import io.gli.GraphBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The four {@link GraphReader} entry points of a reader that works on one {@link Input}: each
 * checks its arguments, opens the file or wraps the stream, and hands the input to the format's own
 * {@link #read(Input, GraphBuilder)} or {@link #readInto(Input, Graph)}.
 */
abstract class InputReader implements GraphReader {
    @Override
    public Graph read(Path file, GraphBuilder target) throws IOException {
        Objects.requireNonNull(target, "target");
        try (Input input = Input.open(file)) {
            return read(input, target);
        }
    }

    @Override
    public void readInto(Path file, Graph graph) throws IOException {
        Objects.requireNonNull(graph, "graph");
        try (Input input = Input.open(file)) {
            readInto(input, graph);
        }
    }

    @Override
    public Graph read(InputStream in, String name, GraphBuilder target) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        try (Input input = Input.of(in, name)) {
            return read(input, target);
        }
    }

    @Override
    public void readInto(InputStream in, String name, Graph graph) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graph, "graph");
        try (Input input = Input.of(in, name)) {
            readInto(input, graph);
        }
    }

    /** Reads the opened input into a new graph opened from {@code target}. */
    abstract Graph read(Input input, GraphBuilder target) throws IOException;

    /** Reads the opened input into {@code graph}, all of it or none. */
    abstract void readInto(Input input, Graph graph) throws IOException;
}
