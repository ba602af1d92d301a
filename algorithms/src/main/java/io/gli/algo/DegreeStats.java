package io.gli.algo;

/**
 * The distribution of a topology's node degrees in one {@link Direction} ({@link Degrees#stats}):
 * the smallest, the largest, the mean, the number of nodes of each degree, and a histogram in
 * powers of two for a short summary. Immutable.
 *
 * <p>Representation: the node count per degree, an {@code int[]} of {@code max() + 1} entries: 4
 * bytes per degree value up to the largest, at most 4 per node.
 */
public final class DegreeStats {
    private final Direction direction;
    private final int nodeCount;
    private final long total;
    private final int min;
    private final int[] nodesByDegree;

    private DegreeStats(
            Direction direction, int nodeCount, long total, int min, int[] nodesByDegree) {
        this.direction = direction;
        this.nodeCount = nodeCount;
        this.total = total;
        this.min = min;
        this.nodesByDegree = nodesByDegree;
    }

    /** The distribution of {@code degrees} (each at least 0). */
    static DegreeStats of(Direction direction, int[] degrees) {
        int max = 0;
        int min = degrees.length == 0 ? 0 : Integer.MAX_VALUE;
        long total = 0;
        for (int degree : degrees) {
            max = Math.max(max, degree);
            min = Math.min(min, degree);
            total += degree;
        }
        int[] nodesByDegree = new int[max + 1];
        for (int degree : degrees) {
            nodesByDegree[degree]++;
        }
        return new DegreeStats(direction, degrees.length, total, min, nodesByDegree);
    }

    /** The direction the degrees were counted in. */
    public Direction direction() {
        return direction;
    }

    /** The number of nodes. */
    public int nodeCount() {
        return nodeCount;
    }

    /** The smallest degree; 0 on an empty topology. */
    public int min() {
        return min;
    }

    /** The largest degree; 0 on an empty topology. */
    public int max() {
        return nodesByDegree.length - 1;
    }

    /** The sum of the degrees. */
    public long total() {
        return total;
    }

    /** The mean degree; NaN on an empty topology (no nodes to average over). */
    public double mean() {
        return nodeCount == 0 ? Double.NaN : (double) total / nodeCount;
    }

    /**
     * The number of nodes of this degree; 0 for a degree above {@link #max()}.
     *
     * @throws IllegalArgumentException if {@code degree} is negative
     */
    public long count(int degree) {
        requireDegree(degree);
        return degree < nodesByDegree.length ? nodesByDegree[degree] : 0;
    }

    /**
     * The degree histogram in powers of two: entry 0 counts the nodes of degree 0, entry {@code k
     * >= 1} those of a degree from {@link #bucketLow bucketLow(k)} = 2<sup>k-1</sup> to {@link
     * #bucketHigh bucketHigh(k)} = 2<sup>k</sup> - 1; the last entry holds {@link #max()}. A fresh
     * array.
     */
    public long[] histogram() {
        long[] buckets = new long[bucketOf(max()) + 1];
        for (int degree = 0; degree < nodesByDegree.length; degree++) {
            buckets[bucketOf(degree)] += nodesByDegree[degree];
        }
        return buckets;
    }

    /**
     * The {@link #histogram()} entry that counts {@code degree}.
     *
     * @throws IllegalArgumentException if {@code degree} is negative
     */
    public static int bucketOf(int degree) {
        requireDegree(degree);
        return 32 - Integer.numberOfLeadingZeros(degree);
    }

    /**
     * The smallest degree {@link #histogram()} entry {@code bucket} counts.
     *
     * @throws IllegalArgumentException unless {@code bucket} is from 0 to 31
     */
    public static int bucketLow(int bucket) {
        requireBucket(bucket);
        return bucket == 0 ? 0 : 1 << (bucket - 1);
    }

    /**
     * The largest degree {@link #histogram()} entry {@code bucket} counts.
     *
     * @throws IllegalArgumentException unless {@code bucket} is from 0 to 31
     */
    public static int bucketHigh(int bucket) {
        requireBucket(bucket);
        return bucket == 0 ? 0 : (int) ((1L << bucket) - 1);
    }

    private static void requireDegree(int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException(
                    "degree is " + degree + "; expected a degree of at least 0");
        }
    }

    private static void requireBucket(int bucket) {
        // degrees are ints of at least 0, so 31 buckets past bucket 0 hold them all
        if (bucket < 0 || bucket > 31) {
            throw new IllegalArgumentException(
                    "bucket is " + bucket + "; expected a bucket from 0 to 31");
        }
    }

    @Override
    public String toString() {
        return direction
                + " degrees of "
                + nodeCount
                + " nodes: min "
                + min()
                + ", mean "
                + mean()
                + ", max "
                + max();
    }
}
