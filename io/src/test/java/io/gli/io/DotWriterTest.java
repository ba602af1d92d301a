package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gli.Graph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOT export: the exact text for hostile IDs, refusals, and (where Graphviz is installed) that dot
 * parses it.
 */
class DotWriterTest {
    @TempDir Path directory;

    private static String dot(DotWriter writer, Graph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph hostile() {
        Graph graph = Graph.builder().directed().open();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("color", "red");
        attributes.put("weight", 3L);
        attributes.put("two words", 1.5);
        attributes.put("node", true);
        attributes.put("tags", List.of("x", Map.of("y", 2L)));
        graph.addNode("a \"quoted\" \\ name", attributes);
        graph.addNode("line\nbreak\r\u00e9\ud83d\ude00");
        graph.addNode("ends with \\");
        graph.addEdge("a \"quoted\" \\ name", "ends with \\", Map.of("label", "x->y"));
        graph.addEdge("ends with \\", "ends with \\");
        return graph;
    }

    @Test
    void aDirectedGraphWithHostileIdsIsQuotedAndEscaped() throws IOException {
        Graph graph = hostile();
        // attributes come in the order the graph gives them, whatever it is
        Map<String, String> rendered =
                Map.of(
                        "color", "color=\"red\"",
                        "weight", "weight=\"3\"",
                        "two words", "\"two words\"=\"1.5\"",
                        "node", "\"node\"=\"true\"",
                        "tags", "tags=\"[\\\"x\\\",{\\\"y\\\":2}]\"");
        String attributes =
                graph.nodeAttributes("a \"quoted\" \\ name").keySet().stream()
                        .map(rendered::get)
                        .collect(Collectors.joining(", "));
        assertEquals(
                """
                digraph {
                  "a \\"quoted\\" \\\\ name" [%s];
                  "line\\nbreak\\r\u00e9\ud83d\ude00";
                  "ends with \\\\";
                  "a \\"quoted\\" \\\\ name" -> "ends with \\\\" [label="x->y"];
                  "ends with \\\\" -> "ends with \\\\";
                }
                """
                        .formatted(attributes),
                dot(DotWriter.defaults(), graph));
    }

    @Test
    void anUndirectedNamedGraph() throws IOException {
        Graph graph = Graph.builder().undirected().open();
        graph.addNode("1");
        graph.addNode("2");
        graph.addEdge("2", "1", Map.of("w", Double.NaN));
        assertEquals(
                """
                graph "my \\"net\\"" {
                  "1";
                  "2";
                  "2" -- "1" [w="NaN"];
                }
                """,
                dot(DotWriter.builder().graphName("my \"net\"").build(), graph));
    }

    @Test
    void theSameGraphGivesTheSameBytes() throws IOException {
        assertArrayEquals(
                dot(DotWriter.defaults(), hostile()).getBytes(StandardCharsets.UTF_8),
                dot(DotWriter.defaults(), hostile()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatUtf8CannotCarryIsRefusedBeforeAnyByte() throws IOException {
        Graph graph = Graph.open();
        graph.addNode("fine");
        graph.addNode("lone\ud800");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> DotWriter.defaults().write(graph, out));
        assertTrue(e.getMessage().contains("\"lone\\ud800\""), e::getMessage);
        assertEquals(0, out.size());

        Graph values = Graph.open();
        values.addNode("n", Map.of("k", "nul\u0000"));
        Path file = directory.resolve("kept.dot");
        Files.writeString(file, "old");
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> DotWriter.defaults().write(values, file));
        assertTrue(e.getMessage().contains("NUL"), e::getMessage);
        assertEquals("old", Files.readString(file));
    }

    @Test
    void graphvizParsesTheOutputWhereItIsInstalled() throws Exception {
        Path file = directory.resolve("hostile.dot");
        DotWriter.defaults().write(hostile(), file);
        Process dot;
        try {
            dot =
                    new ProcessBuilder("dot", "-Tcanon", file.toString())
                            .redirectErrorStream(true)
                            .start();
        } catch (IOException e) {
            assumeTrue(false, "Graphviz's dot is not installed");
            return;
        }
        String canon = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(dot.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, dot.exitValue(), canon);
        assertTrue(canon.contains("\"ends with \\\\\""), canon);
        assertTrue(canon.contains("\"two words\"=1.5"), canon);
    }
}
