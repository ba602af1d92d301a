package io.gli.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Topology;
import io.gli.algo.NodeValues;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Every node's value of a run written to a file: CSV ({@code node,<name>}, RFC 4180 quoting) or
 * JSON (an object from node ID to value), in node order; absent values (a node a search did not
 * reach) are an empty cell or {@code null}. Written beside the target and moved there when whole.
 */
final class ResultFiles {
    private ResultFiles() {}

    static void write(NodeValues values, String name, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".gli-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (isJson(file)) {
                    json(values, out);
                } else {
                    csv(values, name, out);
                }
            }
            Files.move(
                    temp,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Refuses a result file whose name says neither CSV nor JSON, before any work is done.
     *
     * @throws IllegalArgumentException naming the file and the extensions expected
     */
    static void requireKnownName(Path file) {
        if (!isCsv(file) && !isJson(file)) {
            throw new IllegalArgumentException(CliMessages.resultFile(file));
        }
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static void csv(NodeValues values, String name, OutputStream out) throws IOException {
        Topology topology = values.topology();
        Writer writer =
                new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write("node," + cell(name) + "\n");
        for (int v = 0; v < values.size(); v++) {
            writer.write(cell(topology.id(v)));
            writer.write(',');
            if (values.isPresent(v)) {
                writer.write(String.valueOf(values.boxed(v)));
            }
            writer.write('\n');
        }
        writer.flush();
    }

    private static void json(NodeValues values, OutputStream out) throws IOException {
        Topology topology = values.topology();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            for (int v = 0; v < values.size(); v++) {
                json.writeFieldName(topology.id(v));
                JsonOut.writeScalar(json, values.isPresent(v) ? values.boxed(v) : null);
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** A CSV cell, quoted where RFC 4180 needs it. */
    private static String cell(String text) {
        boolean quote = text.isEmpty();
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
