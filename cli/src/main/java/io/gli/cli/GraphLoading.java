package io.gli.cli;

import io.gli.Graph;
import io.gli.io.CsvReader;
import io.gli.io.GraphFormat;
import io.gli.io.ProgressListener;
import io.gli.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A graph file loaded for a command: the graph, its format and how long the read took. */
record GraphLoading(Path file, GraphFormat format, Graph graph, double seconds) {
    /**
     * Reads {@code file} in {@code format} (by its name if null), with the CSV node table {@code
     * nodes} if not null, on the backend and direction of {@code gli}, showing progress unless
     * quiet.
     */
    static GraphLoading load(Gli gli, Path file, GraphFormat format, Path nodes)
            throws IOException {
        GraphFormat chosen = format == null ? GraphFormat.of(file) : format;
        if (!chosen.canRead()) {
            throw new IllegalArgumentException(CliMessages.cannotRead(chosen.token()));
        }
        boolean table = chosen == GraphFormat.CSV || chosen == GraphFormat.TSV;
        if (nodes != null && !table) {
            throw new IllegalArgumentException(CliMessages.nodesNeedCsv(file, chosen.token()));
        }
        long size = sizeOf(file) + (nodes == null ? 0 : sizeOf(nodes));
        ProgressListener progress = ProgressLine.forRead(gli.quiet, String.valueOf(file), size);
        long start = System.nanoTime();
        try {
            Graph graph;
            if (nodes == null) {
                graph =
                        chosen.reader(ReadOptions.DEFAULT.withProgress(progress))
                                .read(file, gli.builder());
            } else {
                CsvReader.Builder reader = CsvReader.builder().progress(progress);
                if (chosen == GraphFormat.TSV) {
                    reader.tsv();
                }
                graph = reader.build().read(file, nodes, gli.builder());
            }
            return new GraphLoading(file, chosen, graph, (System.nanoTime() - start) / 1e9);
        } finally {
            ProgressLine.done(progress);
        }
    }

    private static long sizeOf(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.size(file) : 0;
    }
}
