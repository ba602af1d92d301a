package io.gli.cli;

import io.gli.io.CsvWriter;
import io.gli.io.GraphFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gli convert IN OUT}: any readable format to any writable one, each chosen by its file name
 * or by {@code --from}/{@code --to}. The output appears whole or not at all.
 */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description =
                "Convert a graph file to another format (chosen by extension or --from/--to).")
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand Gli gli;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
    Path in;

    @Parameters(
            index = "1",
            paramLabel = "OUT",
            description = "The file to write (.gz: compressed).")
    Path out;

    @Mixin InputOptions input;

    @Option(
            names = "--to",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "OUT's format: csv, tsv, graphml, json, dot, gli.")
    GraphFormat to;

    @Option(
            names = "--nodes-out",
            paramLabel = "FILE",
            description =
                    "With a CSV/TSV OUT: write the node table (IDs, node attributes, isolated"
                            + " nodes) to FILE, which an edge table alone cannot hold.")
    Path nodesOut;

    @Override
    public Integer call() throws IOException {
        GraphFormat target = to == null ? GraphFormat.of(out) : to; // before the read: fail fast
        if (nodesOut != null && target != GraphFormat.CSV && target != GraphFormat.TSV) {
            throw new IllegalArgumentException(CliMessages.nodesNeedCsv(out, target.token()));
        }
        GraphLoading loaded = input.load(gli, in);
        long start = System.nanoTime();
        if (nodesOut == null) {
            try {
                target.writer().write(loaded.graph(), out);
            } catch (IllegalArgumentException e) {
                if (target != GraphFormat.CSV && target != GraphFormat.TSV) {
                    throw e;
                }
                throw new IllegalArgumentException(CliMessages.withNodesOut(e.getMessage()), e);
            }
        } else if (target == GraphFormat.CSV || target == GraphFormat.TSV) {
            CsvWriter.Builder writer = CsvWriter.builder();
            if (target == GraphFormat.TSV) {
                writer.tsv();
            }
            writer.build().write(loaded.graph(), out, nodesOut);
        } else {
            throw new IllegalArgumentException(CliMessages.nodesNeedCsv(out, target.token()));
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        if (!gli.quiet) {
            System.err.printf(
                    Locale.ROOT,
                    "%s (%s, %,d nodes, %,d edges) -> %s (%s, %,d bytes): read %.3f s, write %.3f s%n",
                    in,
                    loaded.format().token(),
                    loaded.graph().nodeCount(),
                    loaded.graph().edgeCount(),
                    out,
                    target.token(),
                    Files.size(out),
                    loaded.seconds(),
                    writeSeconds);
        }
        return 0;
    }
}
