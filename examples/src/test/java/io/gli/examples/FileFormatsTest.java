package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Edge;
import io.gli.Graph;
import io.gli.io.GraphFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFormatsTest {
    @Test
    void everyFileThatIsReadGivesBackTheGraphWritten(@TempDir Path directory) throws IOException {
        Graph graph = FileFormats.build(500);

        List<FileFormats.Written> written = FileFormats.writeAndReadBack(graph, directory);

        List<String> names = new ArrayList<>();
        for (FileFormats.Written file : written) {
            names.add(file.file());
            assertEquals(Files.size(directory.resolve(file.file())), file.bytes(), file.file());
            if (file.file().endsWith(".dot")) {
                assertTrue(file.readBack().isEmpty(), "DOT is written only");
            } else {
                assertTrue(file.readBack().orElseThrow().same(), file.file() + " read back");
            }
        }
        assertEquals(
                List.of(
                        "graph.csv",
                        "graph.csv.gz",
                        "graph.tsv",
                        "graph.graphml",
                        "graph.json",
                        "graph.dot",
                        "graph.gli"),
                names);
        try (InputStream in = Files.newInputStream(directory.resolve("graph.csv.gz"))) {
            assertEquals(0x1f, in.read(), "gzip's magic bytes");
            assertEquals(0x8b, in.read(), "gzip's magic bytes");
        }
        assertTrue(
                Files.size(directory.resolve("graph.csv.gz"))
                        < Files.size(directory.resolve("graph.csv")));
    }

    @Test
    void theGraphIsOneAnEdgeTableHoldsWhole() {
        int users = 300;
        Graph graph = FileFormats.build(users);

        assertEquals(users, graph.nodeCount());
        assertEquals(2 * users - 2, graph.edgeCount());
        assertTrue(graph.isDirected());
        Set<String> firstAppearance = new LinkedHashSet<>();
        for (Edge edge : graph.edges()) {
            firstAppearance.add(edge.source());
            firstAppearance.add(edge.target());
            Map<String, Object> attributes = edge.attributes();
            assertTrue(attributes.get(FileFormats.WEIGHT) instanceof Double, edge.toString());
            assertTrue(attributes.get(FileFormats.SINCE) instanceof Long, edge.toString());
            assertTrue(attributes.get(FileFormats.KIND) instanceof String, edge.toString());
        }
        // what a CSV reader gives back: the nodes in order of first appearance, none without edges
        assertEquals(graph.nodes(), List.copyOf(firstAppearance));
        for (String id : graph.nodes()) {
            assertTrue(graph.nodeAttributes(id).isEmpty(), id);
        }
        assertTrue(FileFormats.same(graph, FileFormats.build(users)), "seeded: the same graph");
    }

    @Test
    void aGraphThatDiffersIsNotTheSame() {
        Graph graph = FileFormats.build(10);
        Graph other = FileFormats.build(10);
        other.setEdgeAttribute(FileFormats.user(0), FileFormats.user(1), FileFormats.SINCE, 1999.0);

        assertFalse(FileFormats.same(graph, other), "a Double where a Long was");
        assertFalse(FileFormats.same(graph, FileFormats.build(11)));
    }

    @Test
    void theBrokenFileIsRefusedAtItsLineAndChangesNothing(@TempDir Path directory)
            throws IOException {
        FileFormats.Refusal refusal = FileFormats.readBroken(directory);

        GraphFormatException error = refusal.error();
        assertEquals("broken.csv", error.source());
        assertEquals(3, error.line());
        assertEquals(3, error.column());
        assertEquals(
                "broken.csv:3:3: column \"weight\" is double: expected a double (a decimal number),"
                        + " found \"heavy\"",
                error.getMessage());
        assertEquals(0, refusal.nodes());
        assertEquals(0, refusal.edges());
    }

    @Test
    void aLineSaysSizeTimesAndWhetherTheGraphCameBack() {
        FileFormats.Written read =
                new FileFormats.Written(
                        "graph.gli",
                        1_234_567,
                        Duration.ofMillis(12),
                        Optional.of(new FileFormats.ReadBack(Duration.ofMillis(3_456), true)));
        FileFormats.Written dot =
                new FileFormats.Written("graph.dot", 42, Duration.ofMillis(5), Optional.empty());

        assertEquals(
                "graph.gli         1,234,567 bytes  write     12 ms  read  3,456 ms, the same graph",
                FileFormats.line(read));
        assertEquals(
                "graph.dot                42 bytes  write      5 ms  not read (DOT is written only)",
                FileFormats.line(dot));
    }

    @Test
    void aSingleUserIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FileFormats.build(1));
    }
}
