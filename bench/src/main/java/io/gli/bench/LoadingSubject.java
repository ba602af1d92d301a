package io.gli.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the Loading table's read and write rows drive: a library reading a file into a new graph of
 * its own, and writing a graph it holds.
 */
interface LoadingSubject {
    /**
     * Reads {@code file}, held in {@code format}, into a new directed graph and returns it.
     *
     * @throws UnsupportedOperationException if the subject cannot read the format
     */
    Object read(LoadingFormat format, Path file) throws IOException;

    /** Builds {@code data} as the graph {@link #write} writes, replacing any held before. */
    void hold(LoadingData data);

    /**
     * Writes the held graph to {@code file} in {@code format}.
     *
     * @throws UnsupportedOperationException if the subject cannot write the format
     * @throws IllegalStateException if no graph is held
     */
    void write(LoadingFormat format, Path file) throws IOException;
}
