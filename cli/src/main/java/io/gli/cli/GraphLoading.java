package io.gli.cli;

import io.gli.Graph;
import io.gli.io.GraphFormat;
import io.gli.io.ProgressListener;
import io.gli.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A graph file loaded for a command: the graph, its format and how long the read took. */
record GraphLoading(Path file, GraphFormat format, Graph graph, double seconds) {
    /**
     * Reads {@code file} in {@code format} (by its name if null) on the backend and direction of
     * {@code gli}, showing progress unless quiet.
     */
    static GraphLoading load(Gli gli, Path file, GraphFormat format) throws IOException {
        GraphFormat chosen = format == null ? GraphFormat.of(file) : format;
        if (!chosen.canRead()) {
            throw new IllegalArgumentException(CliMessages.cannotRead(chosen.token()));
        }
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        ProgressListener progress = ProgressLine.forRead(gli.quiet, String.valueOf(file), size);
        long start = System.nanoTime();
        try {
            Graph graph =
                    chosen.reader(ReadOptions.DEFAULT.withProgress(progress))
                            .read(file, gli.builder());
            return new GraphLoading(file, chosen, graph, (System.nanoTime() - start) / 1e9);
        } finally {
            ProgressLine.done(progress);
        }
    }
}
