package io.gli.bench;

import java.util.Locale;

/**
 * Which synthetic graph the algorithm rows run on: a shape, {@code 2^scale} nodes and {@code
 * edgeFactor} generated edges per node (fewer remain once self-loops and duplicates are dropped).
 * Written as {@code rmat/17/8}, the form JMH carries it in as a parameter.
 *
 * @param shape how edges are drawn
 * @param scale log2 of the node count, 1 to 30
 * @param edgeFactor generated edges per node, at least 1
 */
record GraphSpec(Shape shape, int scale, int edgeFactor) {

    /** How a generated graph draws its edges. */
    enum Shape {
        /**
         * Recursive matrix (Kronecker) edges as the GAP benchmark suite's generator draws them: a
         * heavy-tailed degree distribution, hubs and many isolated nodes.
         */
        RMAT,
        /** Endpoints drawn uniformly: degrees close to the mean, one giant component. */
        UNIFORM;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    GraphSpec {
        if (scale < 1 || scale > 30) {
            throw new IllegalArgumentException("scale " + scale + " is outside 1..30");
        }
        if (edgeFactor < 1 || (long) edgeFactor << scale > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "edge factor "
                            + edgeFactor
                            + " at scale "
                            + scale
                            + " is below 1 or makes more than 2^31-1 edges");
        }
    }

    int nodes() {
        return 1 << scale;
    }

    /** Edges drawn before self-loops and duplicates are dropped. */
    int generatedEdges() {
        return edgeFactor << scale;
    }

    /** The graph, drawn from {@link Workload#SEED}. */
    GeneratedGraph generate() {
        return GeneratedGraph.generate(this, Workload.SEED);
    }

    /** Like {@code rmat/17/8}. */
    @Override
    public String toString() {
        return shape.label() + "/" + scale + "/" + edgeFactor;
    }

    /** The inverse of {@link #toString()}. */
    static GraphSpec parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "graph \"" + text + "\" is not shape/scale/edgeFactor, like rmat/17/8");
        }
        Shape shape;
        try {
            shape = Shape.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "graph shape \"" + parts[0] + "\" is not rmat or uniform", e);
        }
        try {
            return new GraphSpec(shape, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "graph \"" + text + "\" has a scale or edge factor that is not an integer", e);
        }
    }
}
