package io.gli.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * A run's result written to a file ({@code --out}): CSV (RFC 4180 quoting) or JSON, chosen by the
 * file's extension. Written beside the target and moved there when whole, so a reader never sees
 * half a file.
 */
final class ResultFiles {
    /** What writes a result's rows to one kind of file. */
    @FunctionalInterface
    interface Body<T> {
        void write(T sink) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private ResultFiles() {}

    /** Writes {@code file} with {@code csv} or {@code json}, as its name says. */
    static void write(Path file, Body<Writer> csv, Body<JsonGenerator> json) throws IOException {
        requireKnownName(file);
        Path parent = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".gli-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (isJson(file)) {
                    try (JsonGenerator generator = JSON.createGenerator(out)) {
                        json.write(generator);
                        generator.writeRaw('\n');
                    }
                } else {
                    Writer writer =
                            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    csv.write(writer);
                    writer.flush();
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

    /** One CSV row of cells, each quoted where RFC 4180 needs it, ended by a new line. */
    static void row(Writer writer, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(cells[i]));
        }
        writer.write('\n');
    }

    /** A CSV cell, quoted where RFC 4180 needs it. */
    static String cell(String text) {
        boolean quote = text.isEmpty();
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
