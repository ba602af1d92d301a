package io.gli.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A snapshot's bytes taken apart for the hostile-file tests: where each block starts, and edits
 * that keep (or recompute) the checksums, so a test can craft a file whose only fault is the one it
 * means, past the CRC.
 */
final class SnapshotBytes {
    /** One block: the offset of its frame, its type, the offset and length of its payload. */
    record Block(int offset, int type, int payloadOffset, int length) {
        int end() {
            return payloadOffset + length + SnapshotLayout.BLOCK_CRC_BYTES;
        }
    }

    private final byte[] bytes;

    SnapshotBytes(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The blocks after the header, in order. */
    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        int at = SnapshotLayout.HEADER_BYTES;
        while (at < bytes.length) {
            ByteBuffer frame = ByteBuffer.wrap(bytes, at, 8).order(ByteOrder.LITTLE_ENDIAN);
            int type = frame.getInt();
            int length = frame.getInt();
            Block block = new Block(at, type, at + SnapshotLayout.BLOCK_HEAD_BYTES, length);
            blocks.add(block);
            at = block.end();
        }
        return blocks;
    }

    /** The first block of {@code type}. */
    Block first(int type) {
        return blocks().stream().filter(b -> b.type() == type).findFirst().orElseThrow();
    }

    /** Sets the int32 at {@code offset}. */
    SnapshotBytes putInt(int offset, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return this;
    }

    int getInt(int offset) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
    }

    SnapshotBytes putByte(int offset, int value) {
        bytes[offset] = (byte) value;
        return this;
    }

    /** Recomputes the header's and every block's CRC32C after an edit. */
    SnapshotBytes fixChecksums() {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, SnapshotLayout.HEADER_BYTES - 4);
        putInt(SnapshotLayout.HEADER_BYTES - 4, (int) crc.getValue());
        for (Block block : blocks()) {
            crc.reset();
            crc.update(bytes, block.offset(), SnapshotLayout.BLOCK_HEAD_BYTES + block.length());
            putInt(block.payloadOffset() + block.length(), (int) crc.getValue());
        }
        return this;
    }

    /** The bytes with {@code extra} appended. */
    byte[] append(byte... extra) {
        byte[] longer = Arrays.copyOf(bytes, bytes.length + extra.length);
        System.arraycopy(extra, 0, longer, bytes.length, extra.length);
        return longer;
    }
}
