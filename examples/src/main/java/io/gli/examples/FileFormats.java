package io.gli.examples;

import io.gli.Graph;
import io.gli.io.GraphFiles;
import io.gli.io.GraphFormat;
import io.gli.io.GraphFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Graph files: one graph written in every format of {@code gli-io} with {@link GraphFiles#write}
 * (the format chosen by the file's name, {@code .csv.gz} gzipped), each file that can be read read
 * back with {@link GraphFiles#read} on the optimized backend and compared with the original: its
 * direction, {@code nodes()} and {@code edges()} (endpoints and attributes, their types included)
 * and every node's attributes. Then a broken CSV file, whose refusal names the file, line and
 * column, and leaves the graph it was read into as it was.
 *
 * <p>The graph: users {@code u0} to {@code u<n-1>}, directed; each follows the next one, and each
 * but the first also follows one earlier user drawn by a seeded random number generator. Every
 * follow carries a {@code weight} (a Double), a {@code since} year (a Long) and its {@code kind}
 * ("next" or "earlier"). A CSV or TSV edge table holds neither node attributes nor isolated nodes,
 * and its reader adds the nodes in order of first appearance: so the users carry no attributes,
 * every one has a follow, and the follows are added so that the users first appear in the users'
 * order. (A graph with node attributes would take {@code CsvWriter.write(graph, edges, nodes)}, a
 * node table beside the edge table.) CSV says nothing of direction; the reader takes the builder's,
 * which is directed.
 *
 * <p>Prints the graph, one line per file (its size, and the milliseconds to write it and to read it
 * back; the first files' times include the JVM warming up), and the broken file's refusal, for
 * example:
 *
 * <pre>
 * Graph: 100,000 users, 199,998 follows (directed)
 * Follow attributes: weight (double), since (long), kind (string)
 * graph.csv         6,186,914 bytes  write    656 ms  read    441 ms, the same graph
 * graph.csv.gz      1,841,008 bytes  write    619 ms  read    313 ms, the same graph
 * graph.tsv         6,186,914 bytes  write    246 ms  read    254 ms, the same graph
 * graph.graphml    33,576,062 bytes  write    307 ms  read    869 ms, the same graph
 * graph.json       18,075,721 bytes  write    411 ms  read    496 ms, the same graph
 * graph.dot        14,975,689 bytes  write    250 ms  not read (DOT is written only)
 * graph.gli         6,788,938 bytes  write    247 ms  read    161 ms, the same graph
 * A broken file, refused:
 *   broken.csv:3:3: column "weight" is double: expected a double (a decimal number), found "heavy"
 * The graph it was read into still has 0 nodes and 0 edges
 * </pre>
 *
 * Run with a number of users as the only argument (default 100,000; at least 2).
 */
public final class FileFormats {
    private FileFormats() {}

    /** The edge attribute holding a follow's weight, a Double. */
    public static final String WEIGHT = "weight";

    /** The edge attribute holding the year a follow began, a Long. */
    public static final String SINCE = "since";

    /** The edge attribute holding a follow's kind: {@code "next"} or {@code "earlier"}. */
    public static final String KIND = "kind";

    /** The backend the files are read back on. */
    public static final String READ_BACKEND = "optimized";

    /**
     * A file read back.
     *
     * @param elapsed how long the read took
     * @param same whether it gave back the graph written
     */
    public record ReadBack(Duration elapsed, boolean same) {}

    /**
     * One file written.
     *
     * @param file the file's name
     * @param bytes its size
     * @param elapsed how long the write took
     * @param readBack the read back, empty for a format that is written only (DOT)
     */
    public record Written(String file, long bytes, Duration elapsed, Optional<ReadBack> readBack) {}

    /**
     * A broken file's refusal.
     *
     * @param error what the read threw
     * @param nodes the nodes of the graph read into, after the read
     * @param edges its edges, after the read
     */
    public record Refusal(GraphFormatException error, int nodes, int edges) {}

    public static void main(String[] args) {
        Graph graph = build(Math.max(2, Arguments.size(args, 100_000)));
        System.out.printf(
                Locale.ROOT,
                "Graph: %,d users, %,d follows (directed)%n",
                graph.nodeCount(),
                graph.edgeCount());
        System.out.printf(
                Locale.ROOT,
                "Follow attributes: %s (double), %s (long), %s (string)%n",
                WEIGHT,
                SINCE,
                KIND);
        try {
            Path directory = Files.createTempDirectory("gli-file-formats");
            try {
                for (Written written : writeAndReadBack(graph, directory)) {
                    System.out.println(line(written));
                }
                Refusal refusal = readBroken(directory);
                System.out.println("A broken file, refused:");
                System.out.println("  " + refusal.error().getMessage());
                System.out.printf(
                        Locale.ROOT,
                        "The graph it was read into still has %,d nodes and %,d edges%n",
                        refusal.nodes(),
                        refusal.edges());
            } finally {
                deleteFiles(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code users} users ({@code users} at least 2), each following the next and, but the first,
     * one earlier user, on the default backend; the same graph on every run.
     */
    public static Graph build(int users) {
        if (users < 2) {
            throw new IllegalArgumentException("at least 2 users, so that every user has a follow");
        }
        List<String> ids = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            ids.add(user(i));
        }
        int follows = 2 * users - 2;
        List<String> sources = new ArrayList<>(follows);
        List<String> targets = new ArrayList<>(follows);
        List<Object> weights = new ArrayList<>(follows);
        List<Object> years = new ArrayList<>(follows);
        List<Object> kinds = new ArrayList<>(follows);
        Random random = new Random(17);
        for (int i = 0; i < users; i++) {
            // user i + 1 first appears in this follow, so an edge table lists the users in order
            if (i + 1 < users) {
                sources.add(ids.get(i));
                targets.add(ids.get(i + 1));
                kinds.add("next");
                weights.add(random.nextInt(10_000) / 100.0);
                years.add(2000L + random.nextInt(25));
            }
            if (i > 0) {
                sources.add(ids.get(i));
                targets.add(ids.get(random.nextInt(i)));
                kinds.add("earlier");
                weights.add(random.nextInt(10_000) / 100.0);
                years.add(2000L + random.nextInt(25));
            }
        }
        Graph graph = Graph.open();
        graph.addNodes(ids);
        graph.addEdges(sources, targets, Map.of(WEIGHT, weights, SINCE, years, KIND, kinds));
        return graph;
    }

    /** The ID of user {@code i}. */
    public static String user(int i) {
        return "u" + i;
    }

    /**
     * Writes {@code graph} into {@code directory} once per format, as {@code graph} plus the
     * format's first extension, and once more as {@code graph.csv.gz}; reads back each file whose
     * format is read, on {@link #READ_BACKEND}, and compares it with {@code graph}.
     */
    public static List<Written> writeAndReadBack(Graph graph, Path directory) throws IOException {
        List<String> names = new ArrayList<>();
        for (GraphFormat format : GraphFormat.values()) {
            names.add("graph" + format.extensions().get(0));
            if (format == GraphFormat.CSV) {
                names.add("graph.csv.gz");
            }
        }
        List<Written> written = new ArrayList<>();
        for (String name : names) {
            Path file = directory.resolve(name);
            Stopwatch.Timed<Path> write =
                    timed(
                            () -> {
                                GraphFiles.write(graph, file);
                                return file;
                            });
            Optional<ReadBack> readBack = Optional.empty();
            if (GraphFormat.of(file).canRead()) {
                Stopwatch.Timed<Graph> read =
                        timed(() -> GraphFiles.read(file, Graph.builder().backend(READ_BACKEND)));
                readBack = Optional.of(new ReadBack(read.elapsed(), same(graph, read.value())));
            }
            written.add(new Written(name, Files.size(file), write.elapsed(), readBack));
        }
        return written;
    }

    /**
     * Whether {@code b} is {@code a}: the same direction, nodes in the same order with the same
     * attributes, and edges in the same order with the same attributes (a Long is not a Double).
     */
    public static boolean same(Graph a, Graph b) {
        if (a.isDirected() != b.isDirected()
                || !a.nodes().equals(b.nodes())
                || !a.edges().equals(b.edges())) {
            return false;
        }
        for (String id : a.nodes()) {
            if (!a.nodeAttributes(id).equals(b.nodeAttributes(id))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes {@code broken.csv} into {@code directory}, a double column with a word on line 3, and
     * reads it into a new, empty graph.
     *
     * @throws IllegalStateException if the file is not refused
     */
    public static Refusal readBroken(Path directory) throws IOException {
        Path file = directory.resolve("broken.csv");
        Files.writeString(
                file,
                "source,target," + WEIGHT + ":double\nu0,u1,0.5\nu1,u2,heavy\nu2,u3,1.5\n",
                StandardCharsets.UTF_8);
        Graph graph = Graph.builder().backend(READ_BACKEND).open();
        try {
            GraphFiles.readInto(file, graph);
        } catch (GraphFormatException e) {
            return new Refusal(e, graph.nodeCount(), graph.edgeCount());
        }
        throw new IllegalStateException(file + " was read, but line 3 is not a double");
    }

    /** The line printed for one file. */
    static String line(Written written) {
        String read =
                written.readBack()
                        .map(
                                back ->
                                        String.format(
                                                Locale.ROOT,
                                                "read %,6d ms, %s",
                                                back.elapsed().toMillis(),
                                                back.same()
                                                        ? "the same graph"
                                                        : "A DIFFERENT GRAPH"))
                        .orElse("not read (DOT is written only)");
        return String.format(
                Locale.ROOT,
                "%-14s %,12d bytes  write %,6d ms  %s",
                written.file(),
                written.bytes(),
                written.elapsed().toMillis(),
                read);
    }

    /** File work, which may fail as files do. */
    @FunctionalInterface
    private interface FileWork<T> {
        T run() throws IOException;
    }

    /** {@link Stopwatch#time} for work that throws an {@link IOException}, which it passes on. */
    private static <T> Stopwatch.Timed<T> timed(FileWork<T> work) throws IOException {
        try {
            return Stopwatch.time(
                    () -> {
                        try {
                            return work.run();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteFiles(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.toList();
        }
        for (Path file : files) {
            Files.delete(file);
        }
        Files.delete(directory);
    }
}
