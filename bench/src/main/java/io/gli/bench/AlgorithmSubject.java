package io.gli.bench;

/**
 * What the algorithm rows drive: one library's implementation of each algorithm, run on that
 * library's own representation of a {@link GeneratedGraph}, built once per fork in the {@link Form}
 * the row needs. Each method runs the whole algorithm and returns one figure of its result, cheap
 * to read, that the subjects' agreement test compares (and JMH consumes).
 */
interface AlgorithmSubject {
    /** PageRank's fixed iteration count: both libraries run exactly this many. */
    int PAGE_RANK_ITERATIONS = 20;

    double DAMPING = 0.85;

    /** Label propagation's iteration cap, as in LDBC Graphalytics' CDLP runs. */
    int LABEL_PROPAGATION_ITERATIONS = 10;

    /** Sources of sampled betweenness. */
    int BETWEENNESS_SAMPLES = 16;

    long BETWEENNESS_SEED = 42L;

    /** The representation a row runs on. */
    enum Form {
        DIRECTED(true, false),
        DIRECTED_WEIGHTED(true, true),
        UNDIRECTED(false, false),
        UNDIRECTED_WEIGHTED(false, true);

        final boolean directed;
        final boolean weighted;

        Form(boolean directed, boolean weighted) {
            this.directed = directed;
            this.weighted = weighted;
        }

        /** The edges of this form: the graph as drawn, or with its direction forgotten. */
        GeneratedGraph edgesOf(GeneratedGraph graph) {
            return directed ? graph : graph.undirected();
        }
    }

    /** Breadth-first search from the hub along out-edges; the number of nodes reached. */
    long bfs();

    /** Dijkstra from the hub by weight; the distance to the probe (infinite if unreached). */
    double dijkstra();

    /** Weakly connected components of the directed graph; how many. */
    int weakComponents();

    /** Strongly connected components; how many. */
    int strongComponents();

    /** Connected components of the undirected graph; how many. */
    int connectedComponents();

    /** PageRank, {@link #PAGE_RANK_ITERATIONS} iterations; the hub's rank. */
    double pageRank(int threads);

    /** The average local clustering coefficient of the undirected graph. */
    double averageClustering(int threads);

    /** Core numbers of the undirected graph; the largest (the degeneracy). */
    int degeneracy();

    /** Label propagation on the undirected graph; the number of communities. */
    int labelPropagation();

    /** Minimum spanning forest of the undirected weighted graph; its total weight. */
    double minimumSpanningForest();

    /**
     * Betweenness of the directed graph from {@link #BETWEENNESS_SAMPLES} seeded sources,
     * normalized; the largest score.
     */
    double betweenness(int threads);
}
