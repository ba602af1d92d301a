package io.gli.bench;

/**
 * The timed rows of the report, each one JMH benchmark method. Rows marked {@code backendsOnly} use
 * what only GLI has (batches, columns).
 */
enum Operation {
    NODE_CREATION(
            "Node creation",
            CreationBenchmark.class,
            "addNodes",
            false,
            true,
            "one addNode call per node, value=i, fresh graph"),
    NODE_CREATION_BATCH(
            "Node creation, one batch",
            BatchBenchmark.class,
            "oneBatch",
            true,
            true,
            "the same nodes staged in one atomic batch"),
    NODE_CREATION_PRESIZED(
            "Node creation, pre-sized",
            CreationBenchmark.class,
            "addNodesPresized",
            false,
            true,
            "expected sizes given where the library takes them"),
    EDGE_CREATION(
            "Edge creation",
            CreationBenchmark.class,
            "addEdges",
            false,
            true,
            "seeded random pairs between existing nodes"),
    NODE_LOOKUP(
            "Node lookup",
            QueryBenchmark.class,
            "lookup",
            false,
            false,
            "hasNode on random keys, half hits, half misses"),
    NEIGHBOR_QUERY(
            "Neighbor query",
            QueryBenchmark.class,
            "successors",
            false,
            false,
            "successors of a random node, each one visited"),
    ATTRIBUTE_ACCESS(
            "Attribute access",
            QueryBenchmark.class,
            "attribute",
            false,
            false,
            "one attribute of a random node, half of them absent keys"),
    ITERATION(
            "Iteration",
            IterationBenchmark.class,
            "readOneAttributeOfEach",
            false,
            true,
            "every node visited, one attribute read each"),
    COLUMN_SUM(
            "Column sum",
            IterationBenchmark.class,
            "sumColumn",
            true,
            true,
            "the same attribute summed in one call: nodeColumn(\"value\").sumLong()"),
    BATCH_SIZE(
            "Batch size",
            BatchBenchmark.class,
            "batchesOfSize",
            true,
            false,
            "100,000 nodes committed in batches of this size"),
    READS_ONE_THREAD(
            "Reads, 1 thread",
            QueryBenchmark.class,
            "readsOneThread",
            false,
            false,
            "hasNode + one attribute per call; throughput"),
    READS_TWO_THREADS(
            "Reads, 2 threads",
            QueryBenchmark.class,
            "readsTwoThreads",
            false,
            false,
            "the same from two threads at once; total throughput"),
    SNAPSHOT(
            "Snapshot, topology()",
            AlgorithmBenchmark.class,
            "snapshot",
            true,
            false,
            "the CSR picture the GLI rows below run on, taken from the directed graph"),
    SNAPSHOT_WEIGHTED(
            "Snapshot, topology(\"w\")",
            AlgorithmBenchmark.class,
            "snapshotWeighted",
            true,
            false,
            "the same with each edge's weight, as Dijkstra runs on"),
    BFS(
            "BFS",
            AlgorithmBenchmark.class,
            "bfs",
            false,
            false,
            "directed graph, from the node of highest out-degree, along out-edges; JGraphT:"
                    + " BreadthFirstIterator"),
    DIJKSTRA(
            "Dijkstra",
            AlgorithmBenchmark.class,
            "dijkstra",
            false,
            false,
            "directed graph, all distances from the same node by weight; JGraphT:"
                    + " DijkstraShortestPath.getPaths"),
    WEAK_COMPONENTS(
            "Weakly connected components",
            AlgorithmBenchmark.class,
            "weakComponents",
            false,
            false,
            "directed graph; JGraphT: ConnectivityInspector"),
    STRONG_COMPONENTS(
            "Strongly connected components",
            AlgorithmBenchmark.class,
            "strongComponents",
            false,
            false,
            "directed graph; JGraphT: KosarajuStrongConnectivityInspector"),
    CONNECTED_COMPONENTS(
            "Connected components",
            AlgorithmBenchmark.class,
            "connectedComponents",
            false,
            false,
            "undirected graph; JGraphT: ConnectivityInspector"),
    PAGE_RANK(
            "PageRank",
            AlgorithmBenchmark.class,
            "pageRank",
            false,
            false,
            AlgorithmSubject.PAGE_RANK_ITERATIONS
                    + " iterations (per iteration: the ns per edge / "
                    + AlgorithmSubject.PAGE_RANK_ITERATIONS
                    + "), damping "
                    + AlgorithmSubject.DAMPING
                    + ", directed graph; JGraphT: PageRank"),
    PAGE_RANK_ALL_CORES(
            "PageRank, all cores",
            AlgorithmBenchmark.class,
            "pageRankAllCores",
            true,
            false,
            "the same on every core"),
    CLUSTERING(
            "Average clustering",
            AlgorithmBenchmark.class,
            "clustering",
            false,
            false,
            "undirected graph; JGraphT: ClusteringCoefficient"),
    CLUSTERING_ALL_CORES(
            "Average clustering, all cores",
            AlgorithmBenchmark.class,
            "clusteringAllCores",
            true,
            false,
            "the same on every core"),
    CORE_NUMBERS(
            "k-core (core numbers)",
            AlgorithmBenchmark.class,
            "coreNumbers",
            false,
            false,
            "undirected graph; JGraphT: Coreness"),
    LABEL_PROPAGATION(
            "Label propagation",
            AlgorithmBenchmark.class,
            "labelPropagation",
            false,
            false,
            "undirected graph, at most "
                    + AlgorithmSubject.LABEL_PROPAGATION_ITERATIONS
                    + " iterations; GLI: LDBC's deterministic CDLP, JGraphT:"
                    + " LabelPropagationClustering (randomised, asynchronous)"),
    SPANNING_FOREST(
            "Minimum spanning forest",
            AlgorithmBenchmark.class,
            "spanningForest",
            false,
            false,
            "undirected graph by weight; JGraphT: KruskalMinimumSpanningTree"),
    BETWEENNESS(
            "Betweenness",
            AlgorithmBenchmark.class,
            "betweenness",
            false,
            false,
            AlgorithmSubject.BETWEENNESS_SAMPLES
                    + " sampled sources, normalized, directed graph by hops; JGraphT's"
                    + " BetweennessCentrality is exact"
                    + " only (a search from every node)"),
    BETWEENNESS_ALL_CORES(
            "Betweenness, all cores",
            AlgorithmBenchmark.class,
            "betweennessAllCores",
            true,
            false,
            "the same on every core");

    final String label;
    final Class<?> benchmark;
    final String method;
    final boolean backendsOnly;

    /** Whether the label names the size, as in the guide's "Node creation (1M)". */
    final boolean sized;

    final String notes;

    Operation(
            String label,
            Class<?> benchmark,
            String method,
            boolean backendsOnly,
            boolean sized,
            String notes) {
        this.label = label;
        this.benchmark = benchmark;
        this.method = method;
        this.backendsOnly = backendsOnly;
        this.sized = sized;
        this.notes = notes;
    }

    /** The JMH parameter naming the subject. */
    String subjectParameter() {
        return benchmark == BatchBenchmark.class ? "backend" : "subject";
    }
}
