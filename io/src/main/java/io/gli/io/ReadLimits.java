package io.gli.io;

/**
 * The bounds a reader holds a file to, so that a hostile or broken file fails with a clear {@link
 * GraphFormatException} instead of exhausting memory: how deep values may nest, how long one string
 * (an ID, a value, a CSV line or an XML text) may be, and how many attributes one element may
 * carry. Immutable; {@link #DEFAULT} suits real files.
 */
public final class ReadLimits {
    /** Depth 64, strings of 16 Mi characters, 10,000 attributes per element. */
    public static final ReadLimits DEFAULT = new ReadLimits(64, 16 << 20, 10_000);

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxAttributes;

    private ReadLimits(int maxDepth, int maxStringLength, int maxAttributes) {
        this.maxDepth = positive("maxDepth", maxDepth);
        this.maxStringLength = positive("maxStringLength", maxStringLength);
        this.maxAttributes = positive("maxAttributes", maxAttributes);
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    /** How deep lists and maps (and XML elements) may nest. */
    public int maxDepth() {
        return maxDepth;
    }

    /** The longest string, in characters: an ID, a value, a CSV record, an XML text. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** The most attributes one node or edge (or one file's key declarations) may have. */
    public int maxAttributes() {
        return maxAttributes;
    }

    /** These limits with another depth. */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(depth, maxStringLength, maxAttributes);
    }

    /** These limits with another string length. */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDepth, length, maxAttributes);
    }

    /** These limits with another attribute count. */
    public ReadLimits withMaxAttributes(int count) {
        return new ReadLimits(maxDepth, maxStringLength, count);
    }

    @Override
    public String toString() {
        return "ReadLimits[maxDepth="
                + maxDepth
                + ", maxStringLength="
                + maxStringLength
                + ", maxAttributes="
                + maxAttributes
                + "]";
    }
}
