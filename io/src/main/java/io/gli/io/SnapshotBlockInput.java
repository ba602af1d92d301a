package io.gli.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * A snapshot read block by block: the header, then each block's payload read whole into one reused
 * array and its CRC32C checked before anything in it is decoded; then reads within the payload,
 * each checked against the bytes the block has left, so that a crafted block with a correct
 * checksum fails with a message too, never with an exception from an array.
 *
 * <p>Offsets in messages are byte offsets into the snapshot's bytes (after gunzipping). No length
 * read from the file allocates more than the file holds: when its size is known, lengths are
 * checked against it first; when it is not (a gzip file, a stream), the payload array grows only as
 * bytes actually arrive.
 */
final class SnapshotBlockInput {
    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int FIRST_BUFFER = 1 << 16;

    /** The {@code maxSize} of a stream of unknown size. */
    static final long UNKNOWN_SIZE = Long.MAX_VALUE;

    /**
     * DEFLATE's greatest expansion: no gzip file of n bytes holds more than 1032 n bytes, which
     * bounds what a gzip snapshot's counts and lengths may announce.
     */
    static final int GZIP_MAX_RATIO = 1032;

    private final InputStream in;
    private final String source;
    private final long maxSize;
    private final boolean exactSize;
    private final ReadLimits limits;
    private final CRC32C crc = new CRC32C();
    private final byte[] head = new byte[SnapshotLayout.HEADER_BYTES];

    /** Bytes of the snapshot consumed: the offset of what comes next. */
    private long offset;

    private byte[] payload = new byte[FIRST_BUFFER];
    private int length;
    private int at;
    private long payloadOffset;
    private int type;

    /**
     * @param maxSize the most bytes the snapshot can have: its size, a bound on it, or {@link
     *     #UNKNOWN_SIZE}
     * @param exactSize whether {@code maxSize} is the snapshot's size (a plain file), so that a
     *     block's array may be allocated at once
     */
    SnapshotBlockInput(
            InputStream in, String source, long maxSize, boolean exactSize, ReadLimits limits) {
        this.in = in;
        this.source = source;
        this.maxSize = maxSize;
        this.exactSize = exactSize;
        this.limits = limits;
    }

    String source() {
        return source;
    }

    /** The most bytes the snapshot can have, or {@link #UNKNOWN_SIZE}. */
    long maxSize() {
        return maxSize;
    }

    ReadLimits limits() {
        return limits;
    }

    /**
     * Reads and checks the header: magic, version, checksum.
     *
     * @return the header's 28 bytes, for {@link #headerInt}
     */
    byte[] readHeader() throws IOException {
        int got = fill(head, 0, head.length);
        for (int i = 0; i < SnapshotLayout.MAGIC.length; i++) {
            if (i >= got || head[i] != SnapshotLayout.MAGIC[i]) {
                throw Failures.snapshotNotASnapshot(source, head, got);
            }
        }
        if (got >= 12) {
            int version = (int) INT.get(head, 8);
            if (version != SnapshotLayout.VERSION) {
                throw Failures.snapshotVersion(source, version);
            }
        }
        if (got < head.length) {
            throw Failures.snapshotTruncated(source, got, "the header", head.length - got);
        }
        crc.reset();
        crc.update(head, 0, head.length - 4);
        int stored = headerInt(head.length - 4);
        if (stored != (int) crc.getValue()) {
            throw Failures.snapshotChecksum(source, 0, "header", stored, (int) crc.getValue());
        }
        offset = head.length;
        return head;
    }

    /** The int32 at {@code position} of the header read. */
    int headerInt(int position) {
        return (int) INT.get(head, position);
    }

    /**
     * Reads the next block, which must be of {@code expected} type, and verifies its checksum; the
     * reads below then walk its payload.
     */
    void nextBlock(int expected) throws IOException {
        long blockOffset = offset;
        byte[] frame = new byte[SnapshotLayout.BLOCK_HEAD_BYTES];
        int got = fill(frame, 0, frame.length);
        if (got < frame.length) {
            throw Failures.snapshotTruncated(
                    source,
                    blockOffset + got,
                    "the frame of the " + SnapshotLayout.blockName(expected),
                    frame.length - got);
        }
        type = (int) INT.get(frame, 0);
        int announced = (int) INT.get(frame, 4);
        if (type != expected) {
            throw Failures.snapshotMalformed(
                    source,
                    blockOffset,
                    "expected a "
                            + SnapshotLayout.blockName(expected)
                            + " here, found a "
                            + SnapshotLayout.blockName(type));
        }
        long available =
                maxSize == UNKNOWN_SIZE
                        ? Long.MAX_VALUE
                        : maxSize - blockOffset - frame.length - SnapshotLayout.BLOCK_CRC_BYTES;
        if (announced < 0 || announced > available) {
            throw Failures.snapshotMalformed(
                    source,
                    blockOffset + 4,
                    "the "
                            + SnapshotLayout.blockName(type)
                            + " announces "
                            + Integer.toUnsignedString(announced)
                            + " bytes, but the file holds "
                            + (exactSize ? "" : "at most ")
                            + Math.max(0, available)
                            + " more (expected a length the file holds: truncated or corrupt?)");
        }
        payloadOffset = blockOffset + frame.length;
        readPayload(announced);
        byte[] checksum = new byte[SnapshotLayout.BLOCK_CRC_BYTES];
        int crcGot = fill(checksum, 0, checksum.length);
        if (crcGot < checksum.length) {
            throw Failures.snapshotTruncated(
                    source,
                    payloadOffset + announced + crcGot,
                    "the checksum of the " + SnapshotLayout.blockName(type),
                    checksum.length - crcGot);
        }
        crc.reset();
        crc.update(frame, 0, frame.length);
        crc.update(payload, 0, announced);
        int stored = (int) INT.get(checksum, 0);
        if (stored != (int) crc.getValue()) {
            throw Failures.snapshotChecksum(
                    source,
                    blockOffset,
                    SnapshotLayout.blockName(type),
                    stored,
                    (int) crc.getValue());
        }
        length = announced;
        at = 0;
    }

    private void readPayload(int announced) throws IOException {
        if (exactSize && payload.length < announced) {
            payload = new byte[announced]; // no more than the file holds, as checked above
        }
        int filled = 0;
        while (filled < announced) {
            if (filled == payload.length) {
                // the size is unknown: grow only as far as bytes have come, so a corrupt length
                // costs at most twice what the file really holds
                byte[] grown =
                        new byte[(int) Math.min(announced, Math.max(FIRST_BUFFER, 2L * filled))];
                System.arraycopy(payload, 0, grown, 0, filled);
                payload = grown;
            }
            int want = Math.min(payload.length, announced) - filled;
            int got = fill(payload, filled, want);
            filled += got;
            if (got < want) {
                throw Failures.snapshotTruncated(
                        source,
                        payloadOffset + filled,
                        "the " + SnapshotLayout.blockName(type),
                        announced - filled);
            }
        }
    }

    /** Reads up to {@code count} bytes, fewer only at the end of the file. */
    private int fill(byte[] into, int from, int count) throws IOException {
        int got;
        try {
            got = in.readNBytes(into, from, count);
        } catch (IOException e) {
            throw Failures.reading(source, offset, GraphFormatException.UNKNOWN, e);
        }
        offset += got;
        return got;
    }

    /** Whether the stream has ended (reading one byte past the end block). */
    void expectEnd() throws IOException {
        byte[] one = new byte[1];
        if (fill(one, 0, 1) != 0) {
            throw Failures.snapshotMalformed(
                    source,
                    offset - 1,
                    "expected the end of the file after the end block, found more bytes");
        }
    }

    // ---- reads within the current payload

    /** The file offset of the current block's frame: where refused rows are reported. */
    long blockOffset() {
        return payloadOffset - SnapshotLayout.BLOCK_HEAD_BYTES;
    }

    /** The file offset of the next payload byte. */
    long position() {
        return payloadOffset + at;
    }

    /** Bytes left in the payload. */
    int remaining() {
        return length - at;
    }

    /** Fails unless {@code count} more bytes are in the payload. */
    void need(long count, String what) throws GraphFormatException {
        if (count > length - at) {
            throw Failures.snapshotMalformed(
                    source,
                    position(),
                    "the "
                            + SnapshotLayout.blockName(type)
                            + " ends inside "
                            + what
                            + ": expected "
                            + count
                            + " more bytes, found "
                            + (length - at));
        }
    }

    int u8(String what) throws GraphFormatException {
        need(1, what);
        return payload[at++] & 0xFF;
    }

    int int32(String what) throws GraphFormatException {
        need(4, what);
        int value = (int) INT.get(payload, at);
        at += 4;
        return value;
    }

    long int64(String what) throws GraphFormatException {
        need(8, what);
        long value = (long) LONG.get(payload, at);
        at += 8;
        return value;
    }

    /** An unsigned LEB128 varint below 2<sup>32</sup>. */
    long varint(String what) throws GraphFormatException {
        long value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = u8(what);
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                if (value > 0xFFFF_FFFFL) {
                    break;
                }
                return value;
            }
        }
        throw Failures.snapshotMalformed(
                source, position(), "expected a varint below 2^32 for " + what);
    }

    /**
     * A count of items that take at least {@code minBytes} each, checked against the bytes left so
     * that a corrupt count cannot size an array beyond the block.
     */
    int count(String what, int minBytes) throws GraphFormatException {
        long start = position();
        long count = varint(what);
        if (count * minBytes > remaining()) {
            throw Failures.snapshotMalformed(
                    source,
                    start,
                    "the "
                            + SnapshotLayout.blockName(type)
                            + " announces "
                            + count
                            + " "
                            + what
                            + ", more than its "
                            + remaining()
                            + " remaining bytes can hold");
        }
        return (int) count;
    }

    /** A string, checked against {@link ReadLimits#maxStringLength}. */
    String string(String what) throws GraphFormatException {
        long start = position();
        long header = varint(what);
        long chars = header >>> 1;
        if (chars > limits.maxStringLength()) {
            throw Failures.snapshotMalformed(
                    source,
                    start,
                    what
                            + " of "
                            + chars
                            + " characters is over the limit of "
                            + limits.maxStringLength()
                            + " (ReadLimits.maxStringLength)");
        }
        int count = (int) chars;
        if ((header & 1) == SnapshotLayout.CODER_LATIN1) {
            need(count, what);
            String s = new String(payload, at, count, StandardCharsets.ISO_8859_1);
            at += count;
            return s;
        }
        need(2L * count, what);
        char[] text = new char[count];
        int from = at;
        for (int i = 0; i < count; i++) {
            text[i] = (char) ((payload[from] & 0xFF) | (payload[from + 1] << 8));
            from += 2;
        }
        at = from;
        return new String(text);
    }

    /** {@code count} int32s into {@code into}, in one bulk copy. */
    void ints(int[] into, int count, String what) throws GraphFormatException {
        need(4L * count, what);
        ByteBuffer.wrap(payload, at, 4 * count)
                .order(ByteOrder.LITTLE_ENDIAN)
                .asIntBuffer()
                .get(into, 0, count);
        at += 4 * count;
    }

    /** {@code count} int64s into {@code into}, in one bulk copy. */
    void longs(long[] into, int count, String what) throws GraphFormatException {
        need(8L * count, what);
        ByteBuffer.wrap(payload, at, 8 * count)
                .order(ByteOrder.LITTLE_ENDIAN)
                .asLongBuffer()
                .get(into, 0, count);
        at += 8 * count;
    }

    /** {@code count} bits, lowest first, into {@code into}. */
    void bits(boolean[] into, int count, String what) throws GraphFormatException {
        int bytes = (count + 7) >>> 3;
        need(bytes, what);
        for (int i = 0; i < count; i++) {
            into[i] = (payload[at + (i >>> 3)] & (1 << (i & 7))) != 0;
        }
        at += bytes;
    }

    /** Fails unless the payload has been read to its end. */
    void expectPayloadEnd() throws GraphFormatException {
        if (at != length) {
            throw Failures.snapshotMalformed(
                    source,
                    position(),
                    "expected the end of the "
                            + SnapshotLayout.blockName(type)
                            + ", found "
                            + (length - at)
                            + " more bytes");
        }
    }
}
