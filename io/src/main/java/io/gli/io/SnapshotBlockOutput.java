package io.gli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The payload of one snapshot block being written, in a growable byte array (the writer reuses it
 * from block to block), and its framing: {@link #writeBlock} puts the type, the length, the payload
 * and the CRC32C on the stream. Little-endian, as {@link SnapshotLayout} describes.
 */
final class SnapshotBlockOutput {
    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The JDK's practical limit on an array's length. */
    private static final int MAX_BYTES = Integer.MAX_VALUE - 8;

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private final byte[] frame = new byte[SnapshotLayout.BLOCK_HEAD_BYTES];
    private final CRC32C crc = new CRC32C();

    /** Starts a new payload. */
    void clear() {
        size = 0;
    }

    private void ensure(long more) {
        long needed = size + more;
        if (needed > bytes.length) {
            if (needed > MAX_BYTES) {
                throw Failures.cannotWrite(
                        "a binary snapshot",
                        "a block of more than " + MAX_BYTES + " bytes",
                        "one block's rows and values must fit in a Java array");
            }
            byte[] grown = new byte[(int) Math.min(MAX_BYTES, Math.max(needed, 2L * bytes.length))];
            System.arraycopy(bytes, 0, grown, 0, size);
            bytes = grown;
        }
    }

    void putByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void putInt(int value) {
        ensure(4);
        INT.set(bytes, size, value);
        size += 4;
    }

    void putLong(long value) {
        ensure(8);
        LONG.set(bytes, size, value);
        size += 8;
    }

    /** An unsigned LEB128 varint of a value below 2<sup>32</sup>. */
    void putVarint(long value) {
        ensure(5);
        long rest = value;
        while (rest >= 0x80) {
            bytes[size++] = (byte) (rest | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    /** The first {@code count} ints of {@code values}. */
    void putInts(int[] values, int count) {
        ensure(4L * count);
        int at = size;
        for (int i = 0; i < count; i++) {
            INT.set(bytes, at, values[i]);
            at += 4;
        }
        size = at;
    }

    /**
     * A string as {@link SnapshotLayout} lays it out: Latin-1 when every char fits a byte, else the
     * UTF-16 code units as they are.
     */
    void putString(String s) {
        int length = s.length();
        ensure(5 + 2L * length);
        int header = size;
        putVarint(2L * length + SnapshotLayout.CODER_LATIN1);
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                size = header;
                putUtf16(s);
                return;
            }
            bytes[at++] = (byte) c;
        }
        size = at;
    }

    private void putUtf16(String s) {
        int length = s.length();
        putVarint(2L * length + SnapshotLayout.CODER_UTF16);
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            bytes[at] = (byte) c;
            bytes[at + 1] = (byte) (c >>> 8);
            at += 2;
        }
        size = at;
    }

    /** Bits set where {@code bits[i]} (i &lt; count) is true, lowest first, ceil(count/8) bytes. */
    void putBits(boolean[] bits, int count) {
        int byteCount = (count + 7) >>> 3;
        ensure(byteCount);
        for (int i = 0; i < byteCount; i++) {
            int b = 0;
            int end = Math.min(count, (i << 3) + 8);
            for (int j = i << 3; j < end; j++) {
                if (bits[j]) {
                    b |= 1 << (j & 7);
                }
            }
            bytes[size + i] = (byte) b;
        }
        size += byteCount;
    }

    /** Writes the payload as a block of {@code type}: framing, payload, CRC32C. */
    void writeBlock(int type, OutputStream out) throws IOException {
        INT.set(frame, 0, type);
        INT.set(frame, 4, size);
        crc.reset();
        crc.update(frame, 0, frame.length);
        crc.update(bytes, 0, size);
        out.write(frame);
        out.write(bytes, 0, size);
        byte[] checksum = new byte[SnapshotLayout.BLOCK_CRC_BYTES];
        INT.set(checksum, 0, (int) crc.getValue());
        out.write(checksum);
    }
}
