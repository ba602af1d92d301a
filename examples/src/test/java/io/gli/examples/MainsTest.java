package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example's {@code main} at a small size, so that its printing cannot rot either. */
class MainsTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                example(
                        "BatchOperations",
                        BatchOperations::main,
                        "1,000 nodes on the optimized backend",
                        "Bulk:"),
                example(
                        "StringInterning",
                        StringInterning::main,
                        "Created 300 nodes on simple",
                        "bytes per node"),
                example(
                        "ContentAddressedStorage",
                        ContentAddressedStorage::main,
                        "1,000 nodes sharing",
                        "simple:"),
                example(
                        "Iteration",
                        Iteration::main,
                        "Iterated 1,000 nodes",
                        "Sum of values: 499,500"),
                example(
                        "ParallelProcessing",
                        ParallelProcessing::main,
                        "thread pool:     sum 999,000",
                        "parallel stream: sum 999,000"),
                example("Monitoring", Monitoring::main, "addNode: 1,000 calls", "3 operations"),
                example(
                        "ProductionMonitoring",
                        ProductionMonitoring::main,
                        "now, 1,000 nodes:",
                        "slow operations (over 100 ms)"),
                example(
                        "MemoryProfiling",
                        MemoryProfiling::main,
                        "Nodes created: 1,000",
                        "Bytes per node (profile)"),
                example(
                        "SizeTuning",
                        SizeTuning::main,
                        "1,000 nodes (medium): simple",
                        "expectedNodes=1000"),
                example(
                        "BatchSizeTuning",
                        BatchSizeTuning::main,
                        "Batch size 50000:",
                        "Optimal batch size:"),
                example(
                        "FriendsOfFriends",
                        FriendsOfFriends::main,
                        "Social network: 1,000 people",
                        "BFS from person0: reached 1,000 people",
                        "A shortest chain: person0 -> "),
                example(
                        "RoadRoutes",
                        RoadRoutes::main,
                        "Road network: 961 junctions (31 x 31)",
                        "Fewest roads r0c0 -> r30c30: 60 roads"),
                example(
                        "FollowerComponents",
                        FollowerComponents::main,
                        "Weakly connected components: 50,",
                        "Strongly connected components: 150,",
                        "component 0 (the largest) has 20 members"),
                example(
                        "Ranking",
                        Ranking::main,
                        "Web graph: 1,000 pages, 2,994 links",
                        "the ranks sum to 1.000000",
                        "    1  page"),
                example(
                        "CommunityDetection",
                        CommunityDetection::main,
                        "1,000 people in 40 teams",
                        "teams found 40 of 40",
                        "999 links, total cost 1,155"),
                example(
                        "FileFormats",
                        FileFormats::main,
                        "Graph: 1,000 users, 1,998 follows (directed)",
                        "graph.csv.gz",
                        "graph.gli",
                        "the same graph",
                        "not read (DOT is written only)",
                        "A broken file, refused:",
                        "  broken.csv:3:3: column \"weight\" is double",
                        "still has 0 nodes and 0 edges"));
    }

    private static Arguments example(String name, Consumer<String[]> main, String... expected) {
        return Arguments.of(name, main, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsWhatItComputed(String name, Consumer<String[]> main, String[] expected) {
        String output = run(main, name.equals("StringInterning") ? "100" : "1000");

        for (String fragment : expected) {
            assertTrue(
                    output.contains(fragment),
                    name + " should print \"" + fragment + "\"; printed:\n" + output);
        }
    }

    private static String run(Consumer<String[]> main, String size) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.accept(new String[] {size});
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
