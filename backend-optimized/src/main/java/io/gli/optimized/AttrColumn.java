package io.gli.optimized;

/**
 * The values of one attribute key and one value type across all stored sets, indexed by set id.
 * Every value is handled as a 64-bit <em>payload</em>: a Long as itself, a Double as {@link
 * Double#doubleToLongBits} (so NaN equals NaN and 0.0 differs from -0.0, as {@link Double#equals}
 * says), a Boolean as 0 or 1, a String or nested list/map as its id in an {@link AttrPool}. Equal
 * values have equal payloads, so comparing sets is comparing longs.
 *
 * <p>Two layouts, chosen by whichever is smaller:
 *
 * <ul>
 *   <li><b>dense</b>: an {@link AttrPacked} array indexed by set id, as narrow as the values allow
 *       (a long column stays within 8/16/32 bits while its values fit and widens when one does not;
 *       booleans take 1 bit; pool ids of a few distinct strings 2 to 8 bits; a column whose values
 *       are all equal 0 bits). A double column stores float bits (32 bits or fewer) while every
 *       value is exactly representable as a float, and widens to the 64 double bits on the first
 *       value that is not. Entries of sets that do not have this column hold garbage: which sets
 *       have the column is recorded by their shape ({@link AttrShapes}).
 *   <li><b>sparse</b>: an open-addressing map from set id to payload (about {@value
 *       #SPARSE_ENTRY_BYTES} bytes per entry), for keys that few sets have, so that a rarely used
 *       key does not cost a slot in every set. A column turns dense once the dense array would be
 *       no larger than the map, and back to sparse only when the dense array has become four times
 *       larger than the map would be (hysteresis, so conversions stay rare).
 * </ul>
 *
 * <p>{@link #payload} does not modify anything (safe for concurrent readers).
 */
final class AttrColumn {
    static final int LONG = 0;
    static final int DOUBLE = 1;
    static final int BOOLEAN = 2;
    static final int STRING = 3;
    static final int NESTED = 4;
    static final int KINDS = 5;

    /** Estimated bytes of one entry of the sparse layout: 12 bytes at a load of about 0.6. */
    static final int SPARSE_ENTRY_BYTES = 20;

    /** The sparse table grows beyond this load. */
    private static final int SPARSE_LOAD_PERCENT = 70;

    /** Dense arrays shorter than this never turn back to sparse (not worth the conversion). */
    private static final int MIN_SPARSE_CONVERSION = 1024;

    final AttrKey key;
    final int kind;
    final int id;

    /** Number of live sets that have this column. */
    int count;

    /**
     * Smallest and largest payload ever stored (min > max while none was): a payload outside this
     * range is held by no set, so a set holding it is certainly new and its interning can skip the
     * dedup table's random probe. Values added in ascending order, as ids and timestamps are, take
     * this path every time.
     */
    private long minEver = Long.MAX_VALUE;

    private long maxEver = Long.MIN_VALUE;

    private AttrPacked dense;

    /** DOUBLE in dense layout: entries are float bits (every value so far is float-exact). */
    private boolean floatMode;

    private int[] sparseSets;
    private long[] sparsePayloads;

    /** Payload range seen in the sparse layout (for estimating the dense width). */
    private long sparseMin;

    private long sparseMax;
    private boolean sparseFloat;

    AttrColumn(AttrKey key, int kind, int id) {
        this.key = key;
        this.kind = kind;
        this.id = id;
        emptySparse(4);
    }

    /** Whether payloads of {@code kind} are ids in an {@link AttrPool} (strings, nested values). */
    static boolean isPooled(int kind) {
        return kind == STRING || kind == NESTED;
    }

    static int kindOf(Object value) {
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return NESTED;
    }

    /** Whether some set may hold {@code payload} in this column; false is certain. */
    boolean mayHold(long payload) {
        return payload >= minEver && payload <= maxEver;
    }

    boolean isDense() {
        return dense != null;
    }

    /** The payload of {@code set}, which must have this column. */
    long payload(int set) {
        AttrPacked d = dense;
        if (d != null) {
            long raw = d.get(set);
            return floatMode ? floatToDoubleBits(raw) : raw;
        }
        return sparseGet(set);
    }

    /**
     * Stores the payload of {@code set}, which must not have this column yet. {@code idSpan} is one
     * more than the largest set id in use (for the layout decision).
     */
    void put(int set, long payload, int idSpan) {
        if (payload < minEver) {
            minEver = payload;
        }
        if (payload > maxEver) {
            maxEver = payload;
        }
        if (dense != null) {
            writeDense(set, payload);
            count++;
            return;
        }
        sparsePut(set, payload);
        count++;
        if (payload < sparseMin) {
            sparseMin = payload;
        }
        if (payload > sparseMax) {
            sparseMax = payload;
        }
        if (kind == DOUBLE && sparseFloat && !floatExact(payload)) {
            sparseFloat = false;
        }
        long sparseBits = (long) count * SPARSE_ENTRY_BYTES * 8;
        if (sparseBits >= (long) Math.max(idSpan, set + 1) * Math.max(1, estimatedDenseBits())) {
            toDense(Math.max(idSpan, set + 1));
        }
    }

    /** Forgets the payload of {@code set}, which has this column. */
    void remove(int set) {
        if (dense == null) {
            sparseDelete(set);
        }
        count--;
    }

    /** Whether the dense layout has become much larger than the sparse one would be. */
    boolean shouldBecomeSparse() {
        AttrPacked d = dense;
        return d != null
                && d.capacity() >= MIN_SPARSE_CONVERSION
                && (long) count * SPARSE_ENTRY_BYTES * 8 * 4 < (long) d.capacity() * d.bits();
    }

    /**
     * Switches to the sparse layout; {@code holders} are the {@code n} sets that have this column,
     * {@code idSpan} is as for {@link #put}.
     */
    void toSparse(int[] holders, int n, int idSpan) {
        if (n != count) {
            throw new IllegalStateException(
                    "column " + key.name + " has " + count + " sets, " + n + " given");
        }
        long[] payloads = new long[n];
        for (int i = 0; i < n; i++) {
            payloads[i] = payload(holders[i]);
        }
        dense = null;
        floatMode = false;
        emptySparse(TableMath.capacityFor(n, SPARSE_LOAD_PERCENT) + 1);
        count = 0;
        for (int i = 0; i < n; i++) {
            put(holders[i], payloads[i], idSpan);
        }
    }

    long footprintBytes() {
        long b = TableMath.object(4 * 4 + 1 + 1 + 4 * 3 + 8 * 4);
        if (dense != null) {
            return b + dense.footprintBytes();
        }
        return b + TableMath.bytes(sparseSets) + TableMath.bytes(sparsePayloads);
    }

    // ---- dense layout

    private void writeDense(int set, long payload) {
        AttrPacked d = dense;
        d.ensureCapacity(set + 1);
        if (floatMode) {
            if (floatExact(payload)) {
                d.set(set, floatBits(payload));
                return;
            }
            leaveFloatMode();
            d = dense;
        }
        d.set(set, payload);
    }

    private void leaveFloatMode() {
        AttrPacked old = dense;
        int cap = old.capacity();
        AttrPacked wide = new AttrPacked(cap);
        for (int i = 0; i < cap; i++) {
            wide.set(i, floatToDoubleBits(old.get(i)));
        }
        dense = wide;
        floatMode = false;
    }

    private int estimatedDenseBits() {
        if (count == 0 || sparseMin == sparseMax) {
            return 0;
        }
        if (kind == DOUBLE) {
            return sparseFloat ? 32 : 64;
        }
        return AttrPacked.widthFor(sparseMax - sparseMin);
    }

    private void toDense(int capacity) {
        int[] sets = sparseSets;
        long[] payloads = sparsePayloads;
        boolean useFloat = kind == DOUBLE && sparseFloat;
        AttrPacked d = new AttrPacked(capacity);
        for (int i = 0; i < sets.length; i++) {
            if (sets[i] != 0) {
                d.set(sets[i], useFloat ? floatBits(payloads[i]) : payloads[i]);
            }
        }
        dense = d;
        floatMode = useFloat;
        sparseSets = null;
        sparsePayloads = null;
    }

    private static boolean floatExact(long doubleBits) {
        double d = Double.longBitsToDouble(doubleBits);
        return Double.doubleToLongBits((float) d) == doubleBits;
    }

    private static long floatBits(long doubleBits) {
        return Float.floatToIntBits((float) Double.longBitsToDouble(doubleBits)) & 0xFFFFFFFFL;
    }

    private static long floatToDoubleBits(long floatBits) {
        return Double.doubleToLongBits(Float.intBitsToFloat((int) floatBits));
    }

    // ---- sparse layout: open addressing, set id (never 0) -> payload, linear probing

    private void emptySparse(int capacity) {
        sparseSets = new int[Math.max(4, capacity)];
        sparsePayloads = new long[sparseSets.length];
        sparseMin = Long.MAX_VALUE;
        sparseMax = Long.MIN_VALUE;
        sparseFloat = true;
    }

    private long sparseGet(int set) {
        return sparsePayloads[sparseSlot(sparseSets, set)];
    }

    /** The slot of {@code set} in the sparse table, which must hold it. */
    private int sparseSlot(int[] sets, int set) {
        int cap = sets.length;
        int i = sparseHome(set, cap);
        while (sets[i] != set) {
            if (sets[i] == 0) {
                throw new IllegalStateException(
                        "set " + set + " has no value in column " + key.name);
            }
            i = TableMath.next(i, cap);
        }
        return i;
    }

    private static int sparseHome(int set, int capacity) {
        return TableMath.home(TableMath.mix32(set), capacity);
    }

    private void sparsePut(int set, long payload) {
        if (TableMath.overLoad(count + 1, sparseSets.length, SPARSE_LOAD_PERCENT)) {
            int[] oldSets = sparseSets;
            long[] oldPayloads = sparsePayloads;
            int cap =
                    TableMath.grow(
                            oldSets.length, TableMath.capacityFor(count + 1, SPARSE_LOAD_PERCENT));
            sparseSets = new int[cap];
            sparsePayloads = new long[cap];
            for (int i = 0; i < oldSets.length; i++) {
                if (oldSets[i] != 0) {
                    sparseInsert(oldSets[i], oldPayloads[i]);
                }
            }
        }
        sparseInsert(set, payload);
    }

    private void sparseInsert(int set, long payload) {
        int[] sets = sparseSets;
        int cap = sets.length;
        int i = sparseHome(set, cap);
        while (sets[i] != 0) {
            if (sets[i] == set) {
                throw new IllegalStateException("set " + set + " already has column " + key.name);
            }
            i = TableMath.next(i, cap);
        }
        sets[i] = set;
        sparsePayloads[i] = payload;
    }

    private void sparseDelete(int set) {
        int[] sets = sparseSets;
        long[] payloads = sparsePayloads;
        int cap = sets.length;
        TableMath.deleteAt(
                sets,
                sparseSlot(sets, set),
                j -> sparseHome(sets[j], cap),
                (from, to) -> {
                    sets[to] = sets[from];
                    payloads[to] = payloads[from];
                });
    }
}
