package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What XML 1.0 cannot carry is refused by the writer, naming it, before anything is written (an
 * existing file stays as it was, no byte reaches a stream); the output's shape.
 */
class GraphmlWriterTest {
    private static void refusedBeforeWriting(Graph graph, String named, Path directory)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GraphmlWriter.defaults().write(graph, out));
        assertEquals(0, out.size(), "nothing written to the stream");
        assertTrue(e.getMessage().contains(named), e::getMessage);
        assertTrue(e.getMessage().contains("XML 1.0 carries"), e::getMessage);
        Path file = directory.resolve("kept.graphml");
        Files.writeString(file, "old content");
        assertThrows(
                IllegalArgumentException.class, () -> GraphmlWriter.defaults().write(graph, file));
        assertEquals("old content", Files.readString(file));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void controlCharacterInAnIdIsRefused(@TempDir Path directory) throws IOException {
        Graph graph = Graph.builder().open();
        graph.addNode("ok");
        graph.addNode("bell\u0007");
        refusedBeforeWriting(graph, "node ID \"bell\\u0007\"", directory);
    }

    @Test
    void unpairedSurrogateInAKeyIsRefused(@TempDir Path directory) throws IOException {
        Graph graph = Graph.builder().open();
        graph.addNode("a");
        graph.addNode("b");
        graph.addEdge("a", "b", Map.of("half\ud800", 1L));
        refusedBeforeWriting(graph, "edge attribute key", directory);
    }

    @Test
    void forbiddenCharacterInAValueIsRefused(@TempDir Path directory) throws IOException {
        Graph graph = Graph.builder().open();
        graph.addNode("a", Map.of("s", "nul\u0000"));
        refusedBeforeWriting(graph, "string value of node attribute \"s\"", directory);
        Graph nested = Graph.builder().open();
        nested.addNode("a", Map.of("list", List.of("x", Map.of("k", "\uffff"))));
        refusedBeforeWriting(nested, "node attribute \"list\"", directory);
        Graph mapKey = Graph.builder().open();
        mapKey.addNode("a", Map.of("m", Map.of("\ufffe", 1L)));
        refusedBeforeWriting(mapKey, "map key", directory);
    }

    @Test
    void outputShapeIsFixed() throws IOException {
        Graph graph = Graph.builder().undirected().open();
        graph.addNode("a<&>\"", Map.of("w", 1L));
        graph.addNode("b");
        graph.addEdge("a<&>\"", "b", Map.of("tags", List.of("x")));
        String text = new String(GraphmlRoundTripTest.write(graph), StandardCharsets.UTF_8);
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xmlns:gli="https://gli.io/xmlns/graphml" \
                xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
                http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                  <key id="d0" for="node" attr.name="w" attr.type="long"/>
                  <key id="d1" for="edge" attr.name="tags" attr.type="string" gli:type="json"/>
                  <graph id="G" edgedefault="undirected" parse.nodes="2" parse.edges="1">
                    <node id="a&lt;&amp;&gt;&quot;">
                      <data key="d0">1</data>
                    </node>
                    <node id="b"/>
                    <edge source="a&lt;&amp;&gt;&quot;" target="b">
                      <data key="d1">["x"]</data>
                    </edge>
                  </graph>
                </graphml>
                """,
                text);
        assertArrayEquals(GraphmlRoundTripTest.write(graph), GraphmlRoundTripTest.write(graph));
    }
}
