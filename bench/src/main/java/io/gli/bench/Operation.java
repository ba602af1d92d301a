package io.gli.bench;

import java.util.List;

/**
 * The timed rows of the report, each one JMH benchmark method, with the {@link Trait}s that say how
 * the report shows it.
 */
enum Operation {
    NODE_CREATION(
            "Node creation",
            CreationBenchmark.class,
            "addNodes",
            "one addNode call per node, value=i, fresh graph",
            Trait.SIZED),
    NODE_CREATION_BATCH(
            "Node creation, one batch",
            BatchBenchmark.class,
            "oneBatch",
            "the same nodes staged in one atomic batch",
            Trait.BACKENDS_ONLY,
            Trait.SIZED),
    NODE_CREATION_PRESIZED(
            "Node creation, pre-sized",
            CreationBenchmark.class,
            "addNodesPresized",
            "expected sizes given where the library takes them",
            Trait.SIZED),
    EDGE_CREATION(
            "Edge creation",
            CreationBenchmark.class,
            "addEdges",
            "seeded random pairs between existing nodes",
            Trait.SIZED),
    NODE_LOOKUP(
            "Node lookup",
            QueryBenchmark.class,
            "lookup",
            "hasNode on random keys, half hits, half misses"),
    NEIGHBOR_QUERY(
            "Neighbor query",
            QueryBenchmark.class,
            "successors",
            "successors of a random node, each one visited"),
    ATTRIBUTE_ACCESS(
            "Attribute access",
            QueryBenchmark.class,
            "attribute",
            "one attribute of a random node, half of them absent keys"),
    ITERATION(
            "Iteration",
            IterationBenchmark.class,
            "readOneAttributeOfEach",
            "every node visited, one attribute read each",
            Trait.SIZED),
    COLUMN_SUM(
            "Column sum",
            IterationBenchmark.class,
            "sumColumn",
            "the same attribute summed in one call: nodeColumn(\"value\").sumLong()",
            Trait.BACKENDS_ONLY,
            Trait.SIZED),
    BATCH_SIZE(
            "Batch size",
            BatchBenchmark.class,
            "batchesOfSize",
            "100,000 nodes committed in batches of this size",
            Trait.BACKENDS_ONLY),
    READS_ONE_THREAD(
            "Reads, 1 thread",
            QueryBenchmark.class,
            "readsOneThread",
            "hasNode + one attribute per call; throughput"),
    READS_TWO_THREADS(
            "Reads, 2 threads",
            QueryBenchmark.class,
            "readsTwoThreads",
            "the same from two threads at once; total throughput"),
    SNAPSHOT(
            "Snapshot, topology()",
            AlgorithmBenchmark.class,
            "snapshot",
            "the CSR picture the GLI rows below run on, taken from the directed graph",
            Trait.BACKENDS_ONLY),
    SNAPSHOT_WEIGHTED(
            "Snapshot, topology(\"w\")",
            AlgorithmBenchmark.class,
            "snapshotWeighted",
            "the same with each edge's weight, as Dijkstra runs on",
            Trait.BACKENDS_ONLY),
    BFS(
            "BFS",
            AlgorithmBenchmark.class,
            "bfs",
            "directed graph, from the node of highest out-degree, along out-edges; JGraphT:"
                    + " BreadthFirstIterator"),
    DIJKSTRA(
            "Dijkstra",
            AlgorithmBenchmark.class,
            "dijkstra",
            "directed graph, all distances from the same node by weight; JGraphT:"
                    + " DijkstraShortestPath.getPaths"),
    WEAK_COMPONENTS(
            "Weakly connected components",
            AlgorithmBenchmark.class,
            "weakComponents",
            "directed graph; JGraphT: ConnectivityInspector"),
    STRONG_COMPONENTS(
            "Strongly connected components",
            AlgorithmBenchmark.class,
            "strongComponents",
            "directed graph; JGraphT: KosarajuStrongConnectivityInspector"),
    CONNECTED_COMPONENTS(
            "Connected components",
            AlgorithmBenchmark.class,
            "connectedComponents",
            "undirected graph; JGraphT: ConnectivityInspector"),
    PAGE_RANK(
            "PageRank",
            AlgorithmBenchmark.class,
            "pageRank",
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
            "the same on every core",
            Trait.BACKENDS_ONLY),
    CLUSTERING(
            "Average clustering",
            AlgorithmBenchmark.class,
            "clustering",
            "undirected graph; JGraphT: ClusteringCoefficient"),
    CLUSTERING_ALL_CORES(
            "Average clustering, all cores",
            AlgorithmBenchmark.class,
            "clusteringAllCores",
            "the same on every core",
            Trait.BACKENDS_ONLY),
    CORE_NUMBERS(
            "k-core (core numbers)",
            AlgorithmBenchmark.class,
            "coreNumbers",
            "undirected graph; JGraphT: Coreness"),
    LABEL_PROPAGATION(
            "Label propagation",
            AlgorithmBenchmark.class,
            "labelPropagation",
            "undirected graph, at most "
                    + AlgorithmSubject.LABEL_PROPAGATION_ITERATIONS
                    + " iterations; GLI: LDBC's deterministic CDLP, JGraphT:"
                    + " LabelPropagationClustering (randomised, asynchronous)"),
    SPANNING_FOREST(
            "Minimum spanning forest",
            AlgorithmBenchmark.class,
            "spanningForest",
            "undirected graph by weight; JGraphT: KruskalMinimumSpanningTree"),
    BETWEENNESS(
            "Betweenness",
            AlgorithmBenchmark.class,
            "betweenness",
            AlgorithmSubject.BETWEENNESS_SAMPLES
                    + " sampled sources, normalized, directed graph by hops; JGraphT's"
                    + " BetweennessCentrality is exact"
                    + " only (a search from every node)"),
    BETWEENNESS_ALL_CORES(
            "Betweenness, all cores",
            AlgorithmBenchmark.class,
            "betweennessAllCores",
            "the same on every core",
            Trait.BACKENDS_ONLY),
    READ_CSV(
            "CSV read",
            LoadingBenchmark.class,
            "readCsv",
            "edge table with a header, nodes created from the edges; JGraphT: CSVImporter"
                    + " (EDGE_LIST, EDGE_WEIGHTS), which takes no header, so the line is skipped"
                    + " before it reads"),
    READ_CSV_GZIP(
            "gzip CSV read",
            LoadingBenchmark.class,
            "readCsvGzip",
            "the same table gzip-compressed; MB/s of the compressed bytes; JGraphT: CSVImporter"
                    + " on a GZIPInputStream"),
    READ_GRAPHML(
            "GraphML read",
            LoadingBenchmark.class,
            "readGraphml",
            "the weight under a typed <key>; JGraphT: GraphMLImporter, schema validation off"
                    + " (GLI validates no schema either)"),
    READ_NODE_LINK(
            "Node-link JSON read",
            LoadingBenchmark.class,
            "readNodeLink",
            "NetworkX's node-link form, edges under \"edges\"; JGraphT: JSONImporter, whose"
                    + " format is the same nodes/edges shape"),
    READ_SNAPSHOT(
            "Snapshot read",
            LoadingBenchmark.class,
            "readSnapshot",
            "GLI's binary snapshot (.gli); JGraphT has no counterpart",
            Trait.BACKENDS_ONLY),
    WRITE_CSV(
            "CSV write",
            LoadingBenchmark.class,
            "writeCsv",
            "the edge table; JGraphT: CSVExporter (EDGE_LIST, EDGE_WEIGHTS)"),
    WRITE_CSV_GZIP(
            "gzip CSV write",
            LoadingBenchmark.class,
            "writeCsvGzip",
            "the same, gzip-compressed; JGraphT: CSVExporter on a GZIPOutputStream"),
    WRITE_GRAPHML(
            "GraphML write",
            LoadingBenchmark.class,
            "writeGraphml",
            "JGraphT: GraphMLExporter with edge weights"),
    WRITE_NODE_LINK(
            "Node-link JSON write",
            LoadingBenchmark.class,
            "writeNodeLink",
            "JGraphT: JSONExporter, the weight as an edge attribute"),
    WRITE_DOT(
            "DOT write",
            LoadingBenchmark.class,
            "writeDot",
            "Graphviz text, the weight as an edge attribute; JGraphT: DOTExporter"),
    WRITE_SNAPSHOT(
            "Snapshot write",
            LoadingBenchmark.class,
            "writeSnapshot",
            "GLI's binary snapshot (.gli)",
            Trait.BACKENDS_ONLY),
    BULK_NODES(
            "Bulk addNodes",
            LoadingBenchmark.class,
            "bulkNodes",
            "Graph.addNodes of every ID in one call on a fresh graph given no size hints",
            Trait.BACKENDS_ONLY),
    BULK_EDGES(
            "Bulk addEdges",
            LoadingBenchmark.class,
            "bulkEdges",
            "Graph.addEdges of every edge and its weight column in one call, on a graph holding"
                    + " the nodes",
            Trait.BACKENDS_ONLY);

    /** What a row is, beyond what it measures. */
    enum Trait {
        /** The row uses what only GLI has (batches, columns), so the peers have no figure. */
        BACKENDS_ONLY,
        /** The label names the size, as in the guide's "Node creation (1M)". */
        SIZED
    }

    final String label;
    final Class<?> benchmark;
    final String method;
    final String notes;
    final boolean backendsOnly;
    final boolean sized;

    Operation(String label, Class<?> benchmark, String method, String notes, Trait... traits) {
        this.label = label;
        this.benchmark = benchmark;
        this.method = method;
        this.notes = notes;
        List<Trait> all = List.of(traits);
        this.backendsOnly = all.contains(Trait.BACKENDS_ONLY);
        this.sized = all.contains(Trait.SIZED);
    }

    /** The JMH parameter naming the subject. */
    String subjectParameter() {
        return benchmark == BatchBenchmark.class ? "backend" : "subject";
    }
}
