package io.gli.simple;

import io.gli.BackendInfo;
import io.gli.Backends;
import io.gli.Graph;
import java.util.Map;

/**
 * A small end-to-end use of the API on the backend named on the command line (the highest-priority
 * backend present if none is named). Run it with the README's example command.
 */
public final class Example {
    private Example() {}

    public static void main(String[] args) {
        System.out.println("Backends on the class path:");
        for (BackendInfo backend : Backends.available()) {
            System.out.printf(
                    "  %-10s priority %3d  %s%n",
                    backend.name(), backend.priority(), backend.description());
        }

        Graph graph = args.length > 0 ? Graph.open(args[0]) : Graph.open();
        System.out.println("Opened " + graph);

        graph.batch(
                batch -> {
                    batch.addNode("alice", Map.of("role", "admin", "age", 34));
                    batch.addNode("bob", Map.of("role", "user", "age", 27));
                    batch.addNode("carol", Map.of("role", "user", "age", 41));
                    batch.addEdge("alice", "bob", Map.of("since", 2019));
                    batch.addEdge("bob", "carol");
                    batch.addEdge("carol", "alice", Map.of("weight", 0.5));
                });

        System.out.println("nodes:           " + graph.nodes());
        System.out.println("edges:           " + graph.edges());
        System.out.println("successors(bob): " + graph.successors("bob"));
        System.out.println("neighbors(bob):  " + graph.neighbors("bob"));
        System.out.println("age of carol:    " + graph.nodeLong("carol", "age").orElseThrow());
        System.out.println("users:           " + graph.findNodes(Map.of("role", "user")));
        System.out.println(
                "older than 30:   "
                        + graph.findNodes(node -> (Long) node.attributes().get("age") > 30));
        try {
            graph.addEdge("alice", "dave");
        } catch (java.util.NoSuchElementException e) {
            System.out.println("refused:         " + e.getMessage());
        }
    }
}
