package io.gli.io;

/**
 * The layout of a binary snapshot ({@code .gli}), version 1: the constants {@link SnapshotWriter}
 * writes and {@link SnapshotReader} checks. Every integer is little-endian.
 *
 * <h2>Header, 28 bytes</h2>
 *
 * <pre>
 *  offset size
 *   0     8   magic 89 47 4C 49 0D 0A 1A 0A ("\x89GLI\r\n\x1a\n": a non-ASCII first byte, and
 *             the line ends and ^Z that a text-mode transfer would mangle)
 *   8     4   format version, 1
 *  12     4   flags: bit 0 set = directed; every other bit 0
 *  16     4   node count, int32 &ge; 0
 *  20     4   edge count, int32 &ge; 0
 *  24     4   CRC32C of bytes 0 to 23
 * </pre>
 *
 * <h2>Blocks</h2>
 *
 * Then blocks, each framed as a type (int32), a payload length L (int32 &ge; 0), L payload bytes,
 * and the CRC32C of the type, the length and the payload. In order: one {@link #KEYS} block; node
 * blocks ({@link #NODES}) until the header's node count is reached; edge blocks ({@link #EDGES})
 * until its edge count is; one {@link #END} block with an empty payload; then the end of the file.
 * A block holds at most a writer-chosen number of rows (2<sup>20</sup>), so a reader holds one
 * block at a time and loads it as one bulk call.
 *
 * <ul>
 *   <li>{@code KEYS}: varint n, n strings: the node attribute keys; varint m, m strings: the edge
 *       attribute keys; each list without repeats, in the order the graph gave them.
 *   <li>{@code NODES}: varint r (&ge; 1) rows; r strings: the node IDs, in node order; then one
 *       column per node key, in key order.
 *   <li>{@code EDGES}: int32 r (&ge; 1) rows; r int32 source and then r int32 target indices into
 *       the file's node list (0 is the first node of the first node block); then one column per
 *       edge key.
 * </ul>
 *
 * <h2>Values</h2>
 *
 * A <em>varint</em> is an unsigned LEB128 integer below 2<sup>32</sup> (7 bits a byte, low bits
 * first, at most 5 bytes). A <em>string</em> is a varint {@code 2 * length + coder} followed by its
 * chars: coder 0 (every char at most U+00FF) one byte a char, coder 1 two bytes a char, the UTF-16
 * code units as they are, so any Java string (NUL, unpaired surrogates) comes back exactly. These
 * are the two forms a JDK string holds its chars in, so decoding a Latin-1 string is a copy.
 *
 * <p>A <em>column</em> of r rows: one byte of encoding ({@link #NONE}: no row has the key, nothing
 * follows; {@link #BOOLEANS}, {@link #LONGS}, {@link #DOUBLES}, {@link #STRINGS}: every present
 * value has that type; {@link #TAGGED}: mixed types or lists and maps); one byte of presence
 * ({@link #ALL_PRESENT}, or {@link #BITMAP} followed by ceil(r / 8) bytes in which bit {@code i %
 * 8} (lowest first) of byte {@code i / 8} says whether row {@code i} has the key); then the k
 * present values in row order: booleans bit-packed in ceil(k / 8) bytes as the bitmap; longs as k
 * int64; doubles as k int64 of {@link Double#doubleToRawLongBits} (so -0.0 and NaN payloads are
 * exact); strings as k strings; tagged values as k tagged values.
 *
 * <p>A <em>tagged value</em>: a tag byte, then {@link #TAG_FALSE} and {@link #TAG_TRUE} nothing,
 * {@link #TAG_LONG} an int64, {@link #TAG_DOUBLE} an int64 of raw bits, {@link #TAG_STRING} a
 * string, {@link #TAG_LIST} a varint n and n tagged values, {@link #TAG_MAP} a varint n and n pairs
 * of a string key and a tagged value, in the map's order.
 *
 * <h2>Versions</h2>
 *
 * A reader reads the versions up to its own and refuses a newer one, naming both; a change that an
 * older reader would misread takes a new version, and the header's first 12 bytes keep their
 * meaning in every version.
 */
final class SnapshotLayout {
    static final byte[] MAGIC = {(byte) 0x89, 'G', 'L', 'I', '\r', '\n', 0x1a, '\n'};
    static final int VERSION = 1;
    static final int HEADER_BYTES = 28;
    static final int FLAG_DIRECTED = 1;

    /** Type, then length. */
    static final int BLOCK_HEAD_BYTES = 8;

    static final int BLOCK_CRC_BYTES = 4;

    static final int KEYS = 1;
    static final int NODES = 2;
    static final int EDGES = 3;
    static final int END = 4;

    /** Rows per node or edge block as the writer cuts them. */
    static final int ROWS_PER_BLOCK = 1 << 20;

    static final byte NONE = 0;
    static final byte BOOLEANS = 1;
    static final byte LONGS = 2;
    static final byte DOUBLES = 3;
    static final byte STRINGS = 4;
    static final byte TAGGED = 5;

    static final byte ALL_PRESENT = 0;
    static final byte BITMAP = 1;

    static final byte TAG_FALSE = 0;
    static final byte TAG_TRUE = 1;
    static final byte TAG_LONG = 2;
    static final byte TAG_DOUBLE = 3;
    static final byte TAG_STRING = 4;
    static final byte TAG_LIST = 5;
    static final byte TAG_MAP = 6;

    static final int CODER_LATIN1 = 0;
    static final int CODER_UTF16 = 1;

    private SnapshotLayout() {}

    /** What a block type is called in messages. */
    static String blockName(int type) {
        return switch (type) {
            case KEYS -> "keys block";
            case NODES -> "node block";
            case EDGES -> "edge block";
            case END -> "end block";
            default -> "block of unknown type " + type;
        };
    }
}
