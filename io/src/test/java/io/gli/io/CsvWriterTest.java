package io.gli.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact text CsvWriter writes, and what it refuses. */
class CsvWriterTest {
    @TempDir Path directory;

    private static String text(Graph graph, CsvWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(graph, out);
        return out.toString(UTF_8);
    }

    /** A map in the order given, so that column order is what the test says. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void writesATypedHeaderAndQuotesOnlyWhereNeeded() throws IOException {
        Graph graph = Graph.open();
        graph.addNodes(List.of("a", "b,c", "#d", " e", "f\"g", "h\ni"));
        // one key per edge: the graph decides the order of an element's keys
        graph.addEdge("a", "b,c", Map.of("w", 1.5));
        graph.addEdge("#d", "a", Map.of("name", ""));
        graph.addEdge("b,c", "a", Map.of("name", "x,y"));
        graph.addEdge(" e", "f\"g", Map.of("tags", List.of(1L, "a")));
        graph.addEdge("h\ni", "#d", Map.of("n", "seven"));
        graph.addEdge("a", "#d", Map.of("n", 7L));
        String expected =
                String.join(
                        "\n",
                        "source,target,w:double,name:string,tags:json,n:json",
                        "a,\"b,c\",1.5,,,",
                        "\"#d\",a,,\"\",,",
                        "\"b,c\",a,,\"x,y\",,",
                        "\" e\",\"f\"\"g\",,,\"[1,\"\"a\"\"]\",",
                        "\"h\ni\",#d,,,,\"\"\"seven\"\"\"",
                        "a,#d,,,,7",
                        "");
        assertEquals(expected, text(graph, CsvWriter.defaults()));
    }

    @Test
    void tsvUsesTabsWithTheSameQuoting() throws IOException {
        Graph graph = Graph.open();
        graph.addNodes(List.of("a\tb", "c,d"));
        graph.addEdge("a\tb", "c,d", Map.of("ok", true));
        assertEquals(
                "source\ttarget\tok:boolean\n\"a\tb\"\tc,d\ttrue\n",
                text(graph, CsvWriter.builder().tsv().build()));
    }

    @Test
    void writesANodeTableWithTheTwoFileForm() throws IOException {
        Graph graph = Graph.open();
        graph.addNode("x", Map.of("age", 3L));
        graph.addNode("lonely");
        graph.addNode("y", ordered("age", 4L, "tag", "t"));
        graph.addEdge("x", "y");
        Path edges = directory.resolve("edges.csv");
        Path nodes = directory.resolve("nodes.csv.gz");
        CsvWriter.defaults().write(graph, edges, nodes);
        assertEquals("source,target\nx,y\n", Files.readString(edges));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nodes))) {
            assertEquals(
                    "id,age:long,tag:string\nx,3,\nlonely,,\ny,4,t\n",
                    new String(in.readAllBytes(), UTF_8));
        }
    }

    @Test
    void anEdgeTableAloneRefusesNodeAttributesAndIsolatedNodes() throws IOException {
        Path file = directory.resolve("edges.csv");
        Files.writeString(file, "before");

        Graph attributed = Graph.open();
        attributed.addNode("a");
        attributed.addNode("b", Map.of("k", 1L));
        attributed.addEdge("a", "b");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CsvWriter.defaults().write(attributed, file));
        assertTrue(e.getMessage().contains("node \"b\": it has attributes"), e.getMessage());
        assertTrue(e.getMessage().contains("write(graph, edges, nodes)"), e.getMessage());

        Graph isolated = Graph.open();
        isolated.addNodes(List.of("a", "b", "alone"));
        isolated.addEdge("a", "b");
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CsvWriter.defaults().write(isolated, file));
        assertTrue(e.getMessage().contains("node \"alone\": it has no edges"), e.getMessage());
        assertEquals("before", Files.readString(file));
    }

    @Test
    void refusesUnpairedSurrogatesBeforeWritingAnything() throws IOException {
        Path edges = directory.resolve("edges.csv");
        Path nodes = directory.resolve("nodes.csv");
        Files.writeString(edges, "before");

        Graph badId = Graph.open();
        badId.addNodes(List.of("a", "b\ud800"));
        badId.addEdge("a", "b\ud800");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CsvWriter.defaults().write(badId, edges, nodes));
        assertTrue(e.getMessage().contains("node ID \"b\\ud800\""), e.getMessage());
        assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());

        Graph badValue = Graph.open();
        badValue.addNodes(List.of("a", "b"));
        badValue.addEdge("a", "b", Map.of("k", List.of(Map.of("x", "\udc00"))));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CsvWriter.defaults().write(badValue, edges, nodes));
        assertTrue(e.getMessage().contains("key \"k\""), e.getMessage());

        Graph badKey = Graph.open();
        badKey.addNode("a", Map.of("\ud800key", 1L));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CsvWriter.defaults().write(badKey, edges, nodes));
        assertTrue(e.getMessage().contains("attribute key"), e.getMessage());

        assertEquals("before", Files.readString(edges));
        assertFalse(Files.exists(nodes));
    }
}
