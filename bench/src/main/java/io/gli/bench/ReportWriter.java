package io.gli.bench;

import com.google.gson.GsonBuilder;
import io.gli.bench.Table.Cell;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * Writes a report's tables as Markdown (also printed to the console), CSV, JSON, a self-contained
 * HTML page with bar charts in inline SVG, and JMH's own JSON.
 */
final class ReportWriter {
    private final String title;
    private final Map<String, String> machine;
    private final List<Table> tables;

    ReportWriter(String title, Map<String, String> machine, List<Table> tables) {
        this.title = title;
        this.machine = machine;
        this.tables = tables;
    }

    void writeAll(Path directory, List<Measurement> measurements, Collection<RunResult> jmhResults)
            throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(
                directory.resolve("report.csv"), csv(measurements), StandardCharsets.UTF_8);
        Files.writeString(
                directory.resolve("report.json"), json(measurements), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("report.html"), html(), StandardCharsets.UTF_8);
        try (PrintStream out =
                new PrintStream(
                        Files.newOutputStream(directory.resolve("jmh.json")),
                        true,
                        StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(jmhResults);
        }
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        for (Map.Entry<String, String> fact : machine.entrySet()) {
            out.append("- ")
                    .append(fact.getKey())
                    .append(": ")
                    .append(fact.getValue())
                    .append('\n');
        }
        for (Table table : tables) {
            out.append("\n## ").append(table.title()).append("\n\n");
            out.append("| ").append(String.join(" | ", table.header())).append(" |\n");
            out.append("|").append("---|".repeat(table.header().size())).append('\n');
            for (List<Cell> row : table.rows()) {
                out.append("| ");
                for (int i = 0; i < row.size(); i++) {
                    out.append(i == 0 ? "" : " | ").append(row.get(i).text().replace("|", "\\|"));
                }
                out.append(" |\n");
            }
            if (!table.note().isEmpty()) {
                out.append('\n').append(table.note()).append('\n');
            }
        }
        return out.toString();
    }

    static String csv(List<Measurement> measurements) {
        StringBuilder out = new StringBuilder("row,subject,size,value,error,unit\n");
        for (Measurement m : measurements) {
            out.append(m.row())
                    .append(',')
                    .append(quoteCsv(m.subject()))
                    .append(',')
                    .append(m.size())
                    .append(',')
                    .append(number(m.value()))
                    .append(',')
                    .append(number(m.error()))
                    .append(',')
                    .append(m.unit())
                    .append('\n');
        }
        return out.toString();
    }

    private static String quoteCsv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }

    String json(List<Measurement> measurements) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", title);
        document.put("machine", machine);
        List<Map<String, Object>> tableList = new ArrayList<>();
        for (Table table : tables) {
            List<List<String>> rows = new ArrayList<>();
            for (List<Cell> row : table.rows()) {
                rows.add(row.stream().map(Cell::text).toList());
            }
            tableList.add(
                    object(
                            "title", table.title(),
                            "header", table.header(),
                            "rows", rows,
                            "note", table.note()));
        }
        document.put("tables", tableList);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Measurement m : measurements) {
            figures.add(
                    object(
                            "row", m.row(),
                            "subject", m.subject(),
                            "size", m.size(),
                            "value", m.value(),
                            "error", Double.isNaN(m.error()) ? null : m.error(),
                            "unit", m.unit()));
        }
        document.put("measurements", figures);
        return new GsonBuilder()
                .setPrettyPrinting()
                .serializeSpecialFloatingPointValues()
                .create()
                .toJson(document);
    }

    /** A JSON object of the given keys and values, in that order. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    String html() {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append(
                        "</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}"
                                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
                                + "td:first-child,th:first-child,td:last-child{text-align:left}th{background:#f3f3f3}"
                                + ".note{color:#555;font-size:90%}svg text{font-size:11px;font-family:system-ui,sans-serif}</style>"
                                + "</head><body>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n<ul>");
        machine.forEach(
                (k, v) ->
                        out.append("<li>")
                                .append(escape(k))
                                .append(": ")
                                .append(escape(v))
                                .append("</li>"));
        out.append("</ul>\n");
        for (Table table : tables) {
            out.append("<h2>").append(escape(table.title())).append("</h2>\n<table><tr>");
            table.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
            out.append("</tr>\n");
            for (List<Cell> row : table.rows()) {
                out.append("<tr>");
                row.forEach(c -> out.append("<td>").append(escape(c.text())).append("</td>"));
                out.append("</tr>\n");
            }
            out.append("</table>\n<p class=\"note\">")
                    .append(escape(table.note()))
                    .append("</p>\n");
            out.append(chart(table));
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    private static final String[] COLOURS = {
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948"
    };

    /**
     * One group of horizontal bars per row, one bar per charted column, scaled to the row's
     * largest.
     */
    private static String chart(Table table) {
        int barHeight = 14;
        int labelWidth = 260;
        int barWidth = 520;
        int series = table.chartColumns().size();
        int groupHeight = series * barHeight + 10;
        int height = table.rows().size() * groupHeight + 24 + series * 16;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(labelWidth + barWidth + 160)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\">\n");
        int y = 4;
        for (List<Cell> row : table.rows()) {
            double max = 0;
            for (int column : table.chartColumns()) {
                double v = row.get(column).value();
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
            svg.append("<text x=\"0\" y=\"")
                    .append(y + barHeight)
                    .append("\">")
                    .append(escape(row.get(0).text()))
                    .append("</text>\n");
            for (int s = 0; s < series; s++) {
                Cell cell = row.get(table.chartColumns().get(s));
                double v = cell.value();
                int width =
                        Double.isNaN(v) || max == 0
                                ? 0
                                : (int) Math.max(1, Math.round(v / max * barWidth));
                int barY = y + s * barHeight;
                svg.append("<rect x=\"")
                        .append(labelWidth)
                        .append("\" y=\"")
                        .append(barY)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(barHeight - 2)
                        .append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length])
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(labelWidth + width + 4)
                        .append("\" y=\"")
                        .append(barY + barHeight - 3)
                        .append("\">")
                        .append(escape(cell.text()))
                        .append("</text>\n");
            }
            y += groupHeight;
        }
        y += 8;
        for (int s = 0; s < series; s++) {
            svg.append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[s % COLOURS.length])
                    .append("\"/><text x=\"")
                    .append(labelWidth + 14)
                    .append("\" y=\"")
                    .append(y + 9)
                    .append("\">")
                    .append(escape(table.header().get(table.chartColumns().get(s))))
                    .append(table.higherIsBetter() ? " (longer is better)" : " (shorter is better)")
                    .append("</text>\n");
            y += 16;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
