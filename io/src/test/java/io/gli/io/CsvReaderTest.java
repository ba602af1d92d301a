package io.gli.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.BulkLoad;
import io.gli.Edge;
import io.gli.Graph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What CsvReader reads from files as people and tools write them, and what its options do. */
class CsvReaderTest {
    @TempDir Path directory;

    private Path file(String name, String text) throws IOException {
        return Files.write(directory.resolve(name), text.getBytes(UTF_8));
    }

    @Test
    void readsASnapEdgeListWithCommentsTabsAndNoHeader() throws IOException {
        Path file =
                file(
                        "Wiki-Vote.txt",
                        """
                        # Directed graph (each unordered pair of nodes is saved once): Wiki-Vote.txt
                        # Nodes: 4 Edges: 3
                        # FromNodeId\tToNodeId
                        30\t1412
                        30\t3352
                        3352\t5
                        """);
        Graph graph = CsvReader.builder().tsv().header(false).build().read(file);
        assertEquals(List.of("30", "1412", "3352", "5"), graph.nodes());
        assertEquals(
                List.of(new Edge("30", "1412"), new Edge("30", "3352"), new Edge("3352", "5")),
                graph.edges());
    }

    @Test
    void headerlessExtraColumnsAreNamedByPosition() throws IOException {
        Path file = file("weighted.txt", "a b 0.5\nb c 2\n");
        Graph graph = CsvReader.builder().delimiter(' ').header(false).build().read(file);
        assertEquals(Map.of("column3", 0.5), graph.edgeAttributes("a", "b"));
        assertEquals(Map.of("column3", 2.0), graph.edgeAttributes("b", "c"));
    }

    @Test
    void readsQuotedFieldsAsRfc4180Says() throws IOException {
        Path file =
                file(
                        "quoted.csv",
                        "source,target,note:string\r\n"
                                + "\"a,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                + "\"#not a comment\",b,# data too\r\n");
        Graph graph = CsvReader.defaults().read(file);
        assertEquals(List.of("a,1", "say \"hi\"", "#not a comment", "b"), graph.nodes());
        assertEquals(Map.of("note", "two\r\nlines"), graph.edgeAttributes("a,1", "say \"hi\""));
        assertEquals(Map.of("note", "# data too"), graph.edgeAttributes("#not a comment", "b"));
    }

    @Test
    void skipsAByteOrderMarkAndReadsNonAscii() throws IOException {
        Path file = file("bom.csv", "\ufeffsource,target\n\u00e9t\u00e9,\ud83d\ude00\n");
        Graph graph = CsvReader.defaults().read(file);
        assertEquals(List.of("\u00e9t\u00e9", "\ud83d\ude00"), graph.nodes());
    }

    @Test
    void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
        Path file = directory.resolve("compressed.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("source,target\na,b\n".getBytes(UTF_8));
        }
        assertEquals(List.of(new Edge("a", "b")), CsvReader.defaults().read(file).edges());
    }

    @Test
    void anUnquotedEmptyCellIsNoValueAndAQuotedOneTheEmptyString() throws IOException {
        Path file = file("empty.csv", "source,target,name:string,n\na,b,,\nb,c,\"\",3\n");
        Graph graph = CsvReader.defaults().read(file);
        assertEquals(Map.of(), graph.edgeAttributes("a", "b"));
        assertEquals(Map.of("name", "", "n", 3L), graph.edgeAttributes("b", "c"));
    }

    @Test
    void headerTypesAndAliasesAreHonoured() throws IOException {
        Path file =
                file(
                        "typed.csv",
                        """
                        source,target,w:double,n:int,f:float,ok:boolean,s:string,tags:json,a:b:long
                        a,b,1,2,3,TRUE,007,"[1,{""k"":1.0}]",4
                        """);
        Map<String, Object> attributes = CsvReader.defaults().read(file).edgeAttributes("a", "b");
        assertEquals(
                Map.of(
                        "w",
                        1.0,
                        "n",
                        2L,
                        "f",
                        3.0,
                        "ok",
                        true,
                        "s",
                        "007",
                        "tags",
                        List.of(1L, Map.of("k", 1.0)),
                        "a:b",
                        4L),
                attributes);
    }

    @Test
    void untypedColumnsAreInferredFromTheirValues() throws IOException {
        Path file =
                file(
                        "inferred.csv",
                        """
                        source,target,n,x,ok,s,big,none
                        a,b,1,1,true,1,1,
                        b,c,2,2.5,false,x,99999999999999999999,
                        """);
        Graph graph = CsvReader.defaults().read(file);
        assertEquals(
                Map.of("n", 1L, "x", 1.0, "ok", true, "s", "1", "big", "1"),
                graph.edgeAttributes("a", "b"));
        assertEquals(
                Map.of("n", 2L, "x", 2.5, "ok", false, "s", "x", "big", "99999999999999999999"),
                graph.edgeAttributes("b", "c"));
    }

    @Test
    void withoutInferenceUntypedColumnsAreStrings() throws IOException {
        Path file = file("strings.csv", "source,target,n\na,b,1\n");
        Graph graph = CsvReader.builder().inferTypes(false).build().read(file);
        assertEquals(Map.of("n", "1"), graph.edgeAttributes("a", "b"));
    }

    @Test
    void aDeclaredTypeOverridesTheHeader() throws IOException {
        Path file = file("override.csv", "source,target,n:long,m\na,b,1,2\n");
        Graph graph =
                CsvReader.builder()
                        .column("n", ValueType.STRING)
                        .column("m", ValueType.DOUBLE)
                        .build()
                        .read(file);
        assertEquals(Map.of("n", "1", "m", 2.0), graph.edgeAttributes("a", "b"));
    }

    @Test
    void columnNamesCanBeChosen() throws IOException {
        Path edges = file("e.csv", "weight,from,to\n1.5,1,2\n");
        Path nodes = file("n.csv", "name,key\na,1\nb,2\n");
        Graph graph =
                CsvReader.builder()
                        .sourceColumn("from")
                        .targetColumn("to")
                        .idColumn("key")
                        .build()
                        .read(edges, nodes, Graph.builder());
        assertEquals(List.of("1", "2"), graph.nodes());
        assertEquals(Map.of("name", "a"), graph.nodeAttributes("1"));
        assertEquals(List.of(new Edge("1", "2", Map.of("weight", 1.5))), graph.edges());
    }

    @Test
    void readsANodeTableThenItsEdges() throws IOException {
        Path nodes = file("nodes.csv", "id,age:long\nx,1\nisolated,\ny,2\n");
        Path edges = file("edges.csv", "source,target\ny,x\n");
        Graph graph = CsvReader.defaults().read(edges, nodes, Graph.builder());
        assertEquals(List.of("x", "isolated", "y"), graph.nodes());
        assertEquals(Map.of("age", 1L), graph.nodeAttributes("x"));
        assertEquals(Map.of(), graph.nodeAttributes("isolated"));
        assertEquals(List.of(new Edge("y", "x")), graph.edges());
    }

    @Test
    void withANodeTableMissingNodesMayStillBeCreatedByOption() throws IOException {
        Path nodes = file("nodes.csv", "id\nx\n");
        Path edges = file("edges.csv", "source,target\nx,new\n");
        Graph graph =
                CsvReader.builder()
                        .createMissingNodes(true)
                        .build()
                        .read(edges, nodes, Graph.builder());
        assertEquals(List.of("x", "new"), graph.nodes());
    }

    @Test
    void anEdgeTableAloneMayBeToldNotToCreateNodes() throws IOException {
        Graph graph = Graph.open();
        graph.addNode("a");
        Path edges = file("edges.csv", "source,target\na,a\na,b\n");
        GraphFormatException e =
                assertThrows(
                        GraphFormatException.class,
                        () ->
                                CsvReader.builder()
                                        .createMissingNodes(false)
                                        .build()
                                        .readInto(edges, graph));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("\"b\""), e.getMessage());
        assertEquals(1, graph.nodeCount());
    }

    @Test
    void readIntoAddsToANonEmptyGraph() throws IOException {
        Graph graph = Graph.builder().undirected().open();
        graph.addNode("x", Map.of("kept", true));
        graph.addNode("y");
        graph.addEdge("x", "y");
        Path edges = file("more.csv", "source,target,w:long\na,x,1\ny,a,2\n");
        CsvReader.defaults().readInto(edges, graph);
        assertEquals(List.of("x", "y", "a"), graph.nodes());
        assertEquals(
                List.of(
                        new Edge("x", "y"),
                        new Edge("a", "x", Map.of("w", 1L)),
                        new Edge("y", "a", Map.of("w", 2L))),
                graph.edges());
        assertEquals(Map.of("kept", true), graph.nodeAttributes("x"));
    }

    @Test
    void duplicatesMayBeSkippedOrMerged() throws IOException {
        Path edges = file("dups.csv", "source,target,w:long,c:long\na,b,1,\nb,a,2,3\na,b,,4\n");
        Graph skipped =
                CsvReader.builder()
                        .onDuplicate(BulkLoad.OnDuplicate.SKIP)
                        .build()
                        .read(edges, Graph.builder().undirected());
        assertEquals(List.of(new Edge("a", "b", Map.of("w", 1L))), skipped.edges());
        Graph merged =
                CsvReader.builder()
                        .onDuplicate(BulkLoad.OnDuplicate.MERGE)
                        .build()
                        .read(edges, Graph.builder().undirected());
        assertEquals(1, merged.edgeCount());
        assertEquals(Map.of("w", 2L, "c", 4L), merged.edgeAttributes("a", "b"));
    }

    @Test
    void aStreamIsReadToItsEndAndLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in =
                new ByteArrayInputStream("source,target\na,b\n".getBytes(UTF_8)) {
                    @Override
                    public void close() {
                        closed[0] = true;
                    }
                };
        Graph graph = CsvReader.defaults().read(in, "in.csv", Graph.builder());
        assertEquals(1, graph.edgeCount());
        assertFalse(closed[0]);
    }

    @Test
    void progressCountsTheRowsOfBothTables() throws IOException {
        Path nodes = file("nodes.csv", "id\na\nb\nc\n");
        Path edges = file("edges.csv", "source,target\na,b\nb,c\n");
        List<long[]> reports = new ArrayList<>();
        CsvReader.builder()
                .progress((bytes, rows) -> reports.add(new long[] {bytes, rows}))
                .build()
                .read(edges, nodes, Graph.builder());
        long[] last = reports.get(reports.size() - 1);
        assertEquals(5, last[1]);
        assertEquals(Files.size(nodes) + Files.size(edges), last[0]);
    }

    @Test
    void anEmptyFileIsAnEmptyGraph() throws IOException {
        assertEquals(0, CsvReader.defaults().read(file("empty.csv", "")).nodeCount());
        assertEquals(
                0, CsvReader.defaults().read(file("header.csv", "source,target\n")).nodeCount());
    }

    @Test
    void refusesADelimiterTheParserCannotTellApart() {
        for (char bad : new char[] {'"', '\n', '\r', '\u00e9'}) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> CsvReader.builder().delimiter(bad).build());
            assertTrue(e.getMessage().contains("delimiter"), e.getMessage());
        }
        assertThrows(
                IllegalArgumentException.class, () -> CsvReader.builder().delimiter('#').build());
        CsvReader.builder().delimiter('#').noComments().build();
        assertThrows(
                IllegalArgumentException.class, () -> CsvWriter.builder().delimiter('"').build());
    }
}
