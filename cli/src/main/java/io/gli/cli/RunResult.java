package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Graph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What {@code gli run} computed, besides its summary: a value per node, the edges of a spanning
 * forest, or a path. Each kind prints its own table, writes its own JSON and result file, and goes
 * into a graph its own way.
 */
sealed interface RunResult permits NodeResult, ForestResult, PathResult {
    /** The first {@code top} rows as a table. */
    void printTable(PrintStream out, String name, int top);

    /** This result's fields of the JSON document, written after the summary. */
    void writeJson(JsonGenerator json, int top) throws IOException;

    /** Every row to {@code file}, CSV or JSON by its name. */
    void writeFile(Path file, String name) throws IOException;

    /** Into {@code graph} as attributes named {@code key}, in one batch. */
    void writeInto(Graph graph, String key);
}
