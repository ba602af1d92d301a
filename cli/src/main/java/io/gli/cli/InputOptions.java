package io.gli.cli;

import io.gli.io.GraphFormat;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a command's input file is read: its format, and a CSV node table beside an edge table. */
final class InputOptions {
    @Option(
            names = "--from",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description =
                    "The input's format, when its name does not say: csv, tsv, graphml, json, gli.")
    GraphFormat from;

    @Option(
            names = "--nodes",
            paramLabel = "FILE",
            description =
                    "A CSV/TSV node table (id and attribute columns) read with the edge table.")
    Path nodes;

    /** Reads {@code file} as these options say, on the backend and direction of {@code gli}. */
    GraphLoading load(Gli gli, Path file) throws IOException {
        return GraphLoading.load(gli, file, from, nodes);
    }
}
