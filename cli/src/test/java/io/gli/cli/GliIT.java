package io.gli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.algo.Components;
import io.gli.algo.ComponentsResult;
import io.gli.algo.DegreeStats;
import io.gli.algo.Degrees;
import io.gli.algo.Direction;
import io.gli.algo.NodeDoubles;
import io.gli.algo.PageRank;
import io.gli.algo.ShortestPaths;
import io.gli.algo.SpanningForest;
import io.gli.algo.TopologicalSort;
import io.gli.algo.Traversal;
import io.gli.io.GraphFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code gli.jar}, run as a process on files written here: every command's success, each
 * class of failure with its exit code and one-line message, output that pipes cleanly (results on
 * standard output only), {@code --format json} parsed back, and the numbers it prints checked
 * against the library's own results for the same file.
 */
class GliIT {
    @TempDir static Path dir;

    static Path web;

    /** A process's exit code and its two streams. */
    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void writeFixtures() throws IOException {
        Graph graph = Graph.builder().directed().open();
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ids.add("page" + i);
        }
        graph.addNodes(ids, Map.of());
        for (int i = 0; i < 1500; i++) {
            String s = ids.get(random.nextInt(ids.size()));
            String t = ids.get(random.nextInt(ids.size()));
            if (!s.equals(t) && !graph.hasEdge(s, t)) {
                graph.addEdge(s, t, Map.of("weight", 1 + random.nextInt(9) / 2.0));
            }
        }
        for (String id : ids) {
            if (graph.degree(id) == 0) {
                graph.addEdge(id, ids.get(0), Map.of("weight", 1.0));
            }
        }
        web = dir.resolve("web.csv");
        GraphFiles.write(graph, web);
    }

    static Run gli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("gli.jar", "target/gli.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gli finished");
        return new Run(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (in) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        in.transferTo(bytes);
                        return bytes.toString(StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    /** A flat JSON object's scalar fields, and nested objects' as {@code outer.inner}. */
    static Map<String, String> fields(String json) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            List<String> path = new ArrayList<>();
            String name = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> name = parser.currentName();
                    case START_OBJECT -> {
                        if (name != null) {
                            path.add(name);
                        }
                        name = null;
                    }
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.remove(path.size() - 1);
                        }
                    }
                    case START_ARRAY -> parser.skipChildren();
                    default -> {
                        String key = (path.isEmpty() ? "" : String.join(".", path) + ".") + name;
                        fields.put(key, parser.getText());
                    }
                }
            }
        }
        return fields;
    }

    @Test
    void infoPrintsWhatTheLibrarySays() throws Exception {
        Graph graph = GraphFiles.read(web);
        DegreeStats stats = Degrees.stats(graph.topology(), Direction.BOTH);
        Run text = gli("info", web.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(
                text.out().contains(String.format("nodes       %,d", graph.nodeCount())),
                text.out());
        assertTrue(
                text.out().contains(String.format("edges       %,d", graph.edgeCount())),
                text.out());
        assertTrue(text.out().contains("edge keys   weight: double"), text.out());

        Run json = gli("info", web.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.err());
        Map<String, String> fields = fields(json.out());
        assertEquals("csv", fields.get("format"));
        assertEquals(String.valueOf(graph.nodeCount()), fields.get("nodes"));
        assertEquals(String.valueOf(graph.edgeCount()), fields.get("edges"));
        assertEquals("true", fields.get("directed"));
        assertEquals("double", fields.get("edgeAttributes.weight"));
        assertEquals(String.valueOf(stats.min()), fields.get("degree.min"));
        assertEquals(String.valueOf(stats.max()), fields.get("degree.max"));
        assertEquals(stats.mean(), Double.parseDouble(fields.get("degree.mean")), 0.0);
        assertTrue(Long.parseLong(fields.get("memoryBytes")) > 0);
        assertEquals("", json.err(), "nothing on standard error when it is not a terminal");
    }

    @Test
    void runPrintsAndWritesTheLibrarysResults() throws Exception {
        Graph graph = GraphFiles.read(web);
        NodeDoubles ranks = PageRank.builder().run(graph.topology()).ranks();
        int best = 0;
        for (int v = 1; v < ranks.size(); v++) {
            if (ranks.get(v) > ranks.get(best)) {
                best = v;
            }
        }
        Path out = dir.resolve("ranks.csv");
        Path into = dir.resolve("ranked.graphml");
        Run run =
                gli(
                        "run",
                        "pagerank",
                        web.toString(),
                        "--top",
                        "3",
                        "--format",
                        "json",
                        "--out",
                        out.toString(),
                        "--into",
                        into.toString());
        assertEquals(0, run.exit(), run.err());
        Map<String, String> fields = fields(run.out());
        assertEquals("true", fields.get("summary.converged"));
        assertTrue(
                run.out().contains("\"node\" : \"" + graph.topology().id(best) + "\""), run.out());

        List<String> lines = Files.readAllLines(out);
        assertEquals("node,pagerank", lines.get(0));
        assertEquals(graph.nodeCount() + 1, lines.size());
        for (int v = 0; v < ranks.size(); v++) {
            assertEquals(
                    graph.topology().id(v) + "," + ranks.get(v), lines.get(v + 1), "bit for bit");
        }
        Graph ranked = GraphFiles.read(into);
        assertEquals(
                ranks.get(0), ranked.nodeDouble(ranks.topology().id(0), "pagerank").getAsDouble());

        ComponentsResult components = Components.weak(graph.topology());
        Run table = gli("run", "components", web.toString(), "--top", "2");
        assertEquals(0, table.exit(), table.err());
        List<String> rows = table.out().lines().toList();
        assertTrue(rows.get(0).startsWith("rank  label"), table.out());
        assertEquals(1 + Math.min(2, components.count()), rows.size(), table.out());
        assertEquals(
                String.valueOf(components.size(components.largest())),
                List.of(rows.get(1).trim().split(" +", -1)).get(2),
                "the largest group's size: " + table.out());
        assertTrue(
                table.err().startsWith("components: components " + components.count()),
                table.err());
    }

    @Test
    void ordersAndDistancesReadFromTheirStartAndOptionsReachTheAlgorithm() throws Exception {
        Path dress = dir.resolve("dress.csv");
        Files.writeString(
                dress,
                """
                source,target
                shirt,tie
                tie,jacket
                belt,jacket
                trousers,belt
                trousers,shoes
                socks,shoes
                """);
        Graph graph = GraphFiles.read(dress);
        Run order = gli("run", "toposort", dress.toString(), "--top", "7", "--quiet");
        assertEquals(0, order.exit(), order.err());
        List<String> printed = new ArrayList<>();
        order.out().lines().skip(1).forEach(line -> printed.add(line.split(" +", -1)[1]));
        assertEquals(TopologicalSort.sort(graph.topology()), printed);

        Run ranks =
                gli(
                        "run",
                        "pagerank",
                        dress.toString(),
                        "--personalize",
                        "socks=1",
                        "--personalize",
                        "shirt=2",
                        "--out",
                        "personal.json",
                        "--quiet");
        assertEquals(0, ranks.exit(), ranks.err());
        NodeDoubles expected =
                PageRank.builder()
                        .personalization(Map.of("socks", 1.0, "shirt", 2.0))
                        .run(graph.topology())
                        .ranks();
        String json = Files.readString(dir.resolve("personal.json"));
        for (int v = 0; v < expected.size(); v++) {
            String field = "\"" + graph.topology().id(v) + "\":" + expected.get(v);
            assertTrue(json.contains(field), field + " in " + json);
        }

        Files.writeString(dir.resolve("cycle.csv"), "source,target\na,b\nb,a\n");
        Run cycle = gli("run", "toposort", "cycle.csv");
        assertEquals(1, cycle.exit());
        assertEquals(
                "gli: the graph has a cycle, so no topological order: \"a\" -> \"b\" -> \"a\"\n",
                cycle.err());
    }

    /**
     * The algorithms whose result is not a value per node: a path, a spanning forest's edges, and a
     * depth-first order, each checked against the library.
     */
    @Test
    void pathsForestsAndSearchOrdersMatchTheLibrary() throws Exception {
        Path roads = dir.resolve("roads.csv");
        Files.writeString(
                roads,
                """
                source,target,weight
                a,b,1
                b,c,2
                a,c,5
                c,d,1
                d,e,3
                x,y,1
                """);
        Graph graph = GraphFiles.read(roads);
        Run hops = gli("run", "path", roads.toString(), "--source", "a", "--target", "e", "-q");
        assertEquals(0, hops.exit(), hops.err());
        List<String> printed = new ArrayList<>();
        hops.out().lines().skip(1).forEach(line -> printed.add(line.split(" +", -1)[1]));
        assertEquals(ShortestPaths.path(graph.topology(), "a", "e"), printed);

        Run weighted =
                gli(
                        "run",
                        "path",
                        roads.toString(),
                        "--source",
                        "a",
                        "--target",
                        "e",
                        "--weight",
                        "weight",
                        "--format",
                        "json",
                        "--out",
                        "path.json");
        assertEquals(0, weighted.exit(), weighted.err());
        List<String> shortest = ShortestPaths.path(graph.topology("weight"), "a", "e");
        assertEquals(
                "[\"" + String.join("\",\"", shortest) + "\"]",
                Files.readString(dir.resolve("path.json")).strip());
        assertEquals(
                String.valueOf(
                        ShortestPaths.dijkstra(graph.topology("weight"), "a").distanceTo("e")),
                fields(weighted.out()).get("summary.length"));

        Run none = gli("run", "path", roads.toString(), "--source", "a", "--target", "x");
        assertEquals(1, none.exit());
        assertEquals("gli: no path from a to x\n", none.err());

        Graph undirected = GraphFiles.read(roads, Graph.builder().undirected());
        Run forest =
                gli(
                        "run",
                        "spanning_forest",
                        roads.toString(),
                        "--undirected",
                        "--weight",
                        "weight",
                        "--out",
                        "forest.csv",
                        "-q");
        assertEquals(0, forest.exit(), forest.err());
        List<String> expected = new ArrayList<>(List.of("source,target,weight"));
        for (Edge edge : SpanningForest.minimum(undirected.topology("weight")).edges()) {
            expected.add(
                    edge.source() + "," + edge.target() + "," + edge.attributes().get("weight"));
        }
        assertEquals(expected, Files.readAllLines(dir.resolve("forest.csv")));
        Run unweighted = gli("run", "spanning_forest", roads.toString(), "--undirected");
        assertEquals(1, unweighted.exit());
        assertEquals("gli: spanning_forest needs edge weights: --weight KEY\n", unweighted.err());

        Run dfs = gli("run", "dfs", roads.toString(), "--source", "b", "--top", "9", "-q");
        assertEquals(0, dfs.exit(), dfs.err());
        List<String> visited = new ArrayList<>();
        dfs.out().lines().skip(1).forEach(line -> visited.add(line.split(" +", -1)[1]));
        assertEquals(Traversal.dfs(graph.topology(), "b", Direction.OUT).preorderIds(), visited);
    }

    /**
     * Stopping the process mid-work (SIGTERM here, which the JVM handles as it does Ctrl-C's
     * SIGINT: shutdown hooks, then exit) ends it promptly and leaves no part file and no half
     * output: the output is absent, or whole if the work finished first.
     */
    @Test
    void aStoppedConversionEndsPromptlyAndLeavesNothingHalfWritten() throws Exception {
        Path big = dir.resolve("big.csv");
        StringBuilder text = new StringBuilder("source,target\n");
        for (int i = 0; i < 600_000; i++) {
            text.append('n').append(i / 4).append(",m").append(i).append('\n');
        }
        Files.writeString(big, text);
        Path out = dir.resolve("big.graphml.gz"); // compressed: the write takes seconds
        List<String> command =
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        System.getProperty("gli.jar", "target/gli.jar"),
                        "convert",
                        big.toString(),
                        out.toString());
        Process process =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        boolean writing = false; // stop it once the write is under way, when it is most at risk
        for (long deadline = System.nanoTime() + 60_000_000_000L;
                !writing && process.isAlive() && System.nanoTime() < deadline; ) {
            try (var files = Files.list(dir)) {
                writing = files.anyMatch(f -> f.toString().endsWith(".part"));
            }
            Thread.sleep(5);
        }
        process.destroy();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "ended within 10 s of the signal");
        if (Files.exists(out)) {
            assertFalse(writing && process.exitValue() != 0, "stopped mid-write, yet an output");
            assertEquals(600_000, GraphFiles.read(out).edgeCount(), "whole, if it finished first");
        }
        try (var files = Files.list(dir)) {
            List<Path> parts = files.filter(f -> f.toString().endsWith(".part")).toList();
            assertEquals(List.of(), parts, "no part file left");
        }
    }

    @Test
    void aNodeTableIsReadAndWrittenBesideAnEdgeTable() throws Exception {
        Files.writeString(
                dir.resolve("people.csv"), "id,age:long\nann,30\nbob,41\ncid,7\nlonely,99\n");
        Files.writeString(dir.resolve("knows.csv"), "source,target\nann,bob\nbob,cid\n");
        Run info = gli("info", "knows.csv", "--nodes", "people.csv", "--format", "json");
        assertEquals(0, info.exit(), info.err());
        assertEquals("4", fields(info.out()).get("nodes"));
        assertEquals("long", fields(info.out()).get("nodeAttributes.age"));

        Run toGraphml = gli("convert", "knows.csv", "--nodes", "people.csv", "k.graphml", "-q");
        assertEquals(0, toGraphml.exit(), toGraphml.err());
        Run alone = gli("convert", "k.graphml", "alone.csv");
        assertEquals(1, alone.exit());
        assertTrue(alone.err().endsWith("(on the command line: --nodes-out FILE)\n"), alone.err());
        Run pair = gli("convert", "k.graphml", "k2.csv", "--nodes-out", "p2.csv", "-q");
        assertEquals(0, pair.exit(), pair.err());
        Graph expected = GraphFiles.read(dir.resolve("k.graphml"));
        Graph back =
                io.gli.io.CsvReader.defaults()
                        .read(dir.resolve("k2.csv"), dir.resolve("p2.csv"), Graph.builder());
        assertEquals(expected.nodes(), back.nodes());
        assertEquals(expected.edges(), back.edges());
        assertEquals(99L, back.nodeLong("lonely", "age").getAsLong());

        Run wrong = gli("info", "k.graphml", "--nodes", "people.csv");
        assertEquals(1, wrong.exit());
        assertEquals(
                "gli: a node table goes with a CSV or TSV edge table; k.graphml is graphml\n",
                wrong.err());
    }

    @Test
    void convertGoesThroughEveryFormatAndBack() throws Exception {
        Graph original = GraphFiles.read(web);
        Path previous = web;
        for (String name :
                List.of("web.graphml", "web.json", "web.gli", "web.tsv.gz", "back.csv")) {
            Path next = dir.resolve(name);
            Run run = gli("convert", previous.toString(), next.toString());
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.out(), "convert prints nothing on standard output");
            assertTrue(run.err().contains("->"), run.err());
            previous = next;
        }
        Graph back = GraphFiles.read(previous);
        assertEquals(original.nodes(), back.nodes());
        List<Edge> edges = back.edges();
        assertEquals(original.edges(), edges);

        Run dot = gli("convert", web.toString(), "draw.txt", "--to", "dot", "--quiet");
        assertEquals(0, dot.exit(), dot.err());
        assertEquals("", dot.err());
        assertTrue(Files.readString(dir.resolve("draw.txt")).startsWith("digraph"));
    }

    @Test
    void backendsListsTheClassPath() throws Exception {
        Run text = gli("backends");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("optimized"), text.out());
        assertTrue(text.out().contains("simple"), text.out());
        Run json = gli("backends", "--format", "json");
        assertTrue(json.out().contains("\"name\" : \"optimized\""), json.out());
        Run on = gli("info", web.toString(), "--backend", "simple", "--format", "json");
        assertEquals("simple", fields(on.out()).get("backend"));
    }

    @Test
    void badInputIsOneLineAndExitCodeOne() throws Exception {
        Files.writeString(
                dir.resolve("bad.csv"), "source,target,weight:double\na,b,1.5\nb,c,heavy\n");
        Run bad = gli("info", "bad.csv");
        assertEquals(1, bad.exit());
        assertEquals("", bad.out());
        assertEquals(
                "gli: bad.csv:3:3: column \"weight\" is double: expected a double (a decimal number),"
                        + " found \"heavy\"\n",
                bad.err());

        Run missing = gli("info", "nowhere.csv");
        assertEquals(1, missing.exit());
        assertEquals("gli: nowhere.csv: no such file\n", missing.err());

        Run backend = gli("info", web.toString(), "--backend", "nosuch");
        assertEquals(1, backend.exit());
        assertTrue(backend.err().startsWith("gli: no backend named \"nosuch\""), backend.err());

        Run source = gli("run", "bfs", web.toString());
        assertEquals(1, source.exit());
        assertEquals("gli: bfs needs a start node: --source NODE\n", source.err());

        Run verbose = gli("info", "bad.csv", "--verbose");
        assertEquals(1, verbose.exit());
        assertTrue(verbose.err().contains("at io.gli.io."), "a stack trace: " + verbose.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void usageErrorsExitTwoWithTheUsage() throws Exception {
        for (String[] args :
                List.of(
                        new String[] {"info"},
                        new String[] {"nosuch"},
                        new String[] {"run", "nosuch", "web.csv"},
                        new String[] {"convert", "web.csv", "x.gml"},
                        new String[] {"info", "web.csv", "--from", "gml"})) {
            Run run = gli(args);
            String what = String.join(" ", args);
            if (args[0].equals("convert")) {
                assertEquals(1, run.exit(), what + ": an unknown extension is bad input");
                assertTrue(run.err().contains("cannot tell the format of x.gml"), run.err());
                continue;
            }
            assertEquals(2, run.exit(), what + ": " + run.err());
            assertTrue(run.err().contains("Usage:"), what + ": " + run.err());
            assertEquals("", run.out(), what);
        }
        Run help = gli("run", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("pagerank") && help.out().contains("--damping"), help.out());
    }
}
