package io.gli.optimized;

/**
 * One attribute key in use: its name and its columns, at most one per value type ({@link
 * AttrColumn#LONG} ... {@link AttrColumn#NESTED}). A key whose values mix types simply has several
 * columns; a given set has the key in at most one of them.
 *
 * <p>Representation: the name, an {@code AttrColumn[5]} by kind and two ints: about 72 bytes per
 * key besides its name, whatever the number of sets.
 */
final class AttrKey {
    final String name;
    final AttrColumn[] byKind = new AttrColumn[AttrColumn.KINDS];

    /** Number of non-null entries of {@link #byKind}; the key is dropped at zero. */
    int columns;

    /** Scratch for writes only (never read by readers): position + 1 in the write buffer, or 0. */
    int mark;

    AttrKey(String name) {
        this.name = name;
    }

    static long footprintBytes(AttrKey key) {
        return TableMath.object(4 + 4 + 4 + 4) + TableMath.bytes(key.byKind);
    }
}
