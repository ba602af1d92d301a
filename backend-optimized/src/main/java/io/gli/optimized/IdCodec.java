package io.gli.optimized;

import java.nio.charset.StandardCharsets;

/**
 * The byte form of a node ID: its characters encoded one UTF-16 unit at a time, so that every
 * String, unpaired surrogates included, survives the round trip (UTF-8 would replace a lone
 * surrogate).
 *
 * <p>Representation: a unit below U+0080 is 1 byte {@code 0xxxxxxx}; below U+0800, 2 bytes {@code
 * 110xxxxx 10xxxxxx}; else 3 bytes {@code 1110xxxx 10xxxxxx 10xxxxxx}, the unit's 16 bits
 * big-endian (a surrogate is encoded as the unit it is, never combined with its pair). So an ASCII
 * ID takes its length in bytes and is byte for byte its characters, and no byte of a longer unit is
 * below 0x80: an ASCII byte in an encoding is always a whole character. There is no terminator and
 * no length: the holder of the bytes keeps where they end.
 *
 * <p>Contract: {@link #decode} of what {@link #encode} wrote gives an equal String; {@link
 * #matches} tells whether bytes are the encoding of a String without decoding them; {@link #hash}
 * is the {@link String#hashCode} of the String the bytes encode. Stateless.
 */
final class IdCodec {
    private IdCodec() {}

    /** Bytes {@code id} encodes to: its length if it is ASCII, more otherwise. */
    static long encodedLength(String id) {
        long bytes = 0;
        for (int k = 0, n = id.length(); k < n; k++) {
            char c = id.charAt(k);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /** Encodes {@code id} at {@code p} of {@code a}; returns the end. */
    static int encode(String id, byte[] a, int p) {
        for (int k = 0, n = id.length(); k < n; k++) {
            char c = id.charAt(k);
            if (c < 0x80) {
                a[p++] = (byte) c;
            } else if (c < 0x800) {
                a[p++] = (byte) (0xC0 | (c >> 6));
                a[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                a[p++] = (byte) (0xE0 | (c >> 12));
                a[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                a[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    /** Copies an ID known to be ASCII as its bytes at {@code p} of {@code a}. */
    @SuppressWarnings("deprecation") // the one String copy that neither allocates nor encodes
    static void copyAscii(String id, byte[] a, int p) {
        id.getBytes(0, id.length(), a, p);
    }

    /**
     * Copies an all-ASCII ID's characters as bytes at {@code p} of {@code a} and returns true, or
     * returns false (having written only scratch bytes, {@code id.length()} of them) if some
     * character is not ASCII. Why: most IDs are ASCII, and {@link String#getBytes(int, int, byte[],
     * int)} copies a Latin-1 string's bytes in one block, several times faster than encoding it a
     * {@code charAt} at a time. With {@code known}, the caller has already seen every character
     * below U+0080, and the copy is not checked again.
     */
    @SuppressWarnings("deprecation") // the one String copy that neither allocates nor encodes
    static boolean copyIfAscii(String id, byte[] a, int p, boolean known) {
        int n = id.length();
        id.getBytes(0, n, a, p);
        if (known) {
            return true;
        }
        int bits = 0;
        for (int k = p, end = p + n; k < end; k++) {
            bits |= a[k];
        }
        if (bits < 0) {
            return false;
        }
        // A char above U+00FF was truncated to its low byte, which may be ASCII: compare to be
        // sure.
        for (int k = 0; k < n; k++) {
            if (id.charAt(k) != a[p + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes {@code a[start, end)}, written by {@link #encode}; {@code asciiOnly} if the bytes are
     * known to be ASCII (then they are copied as they are, with no scan).
     */
    @SuppressWarnings(
            "deprecation") // String(byte[], int hibyte, ...) copies Latin-1 bytes as they are
    static String decode(byte[] a, int start, int end, boolean asciiOnly) {
        if (asciiOnly) {
            return new String(a, 0, start, end - start);
        }
        boolean ascii = true;
        for (int p = start; p < end; p++) {
            if (a[p] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(a, start, end - start, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[end - start];
        int n = 0;
        for (int p = start; p < end; p += unitLength(a[p])) {
            chars[n++] = unit(a, p);
        }
        return new String(chars, 0, n);
    }

    /** The {@link String#hashCode} of the ID encoded in {@code a[p, end)}, without making it. */
    static int hash(byte[] a, int p, int end, boolean asciiOnly) {
        int h = 0;
        if (asciiOnly) {
            for (; p < end; p++) {
                h = 31 * h + a[p];
            }
            return h;
        }
        for (; p < end; p += unitLength(a[p])) {
            h = 31 * h + unit(a, p);
        }
        return h;
    }

    /** Bytes taken by the UTF-16 unit whose encoding starts with {@code first}. */
    private static int unitLength(byte first) {
        int b = first & 0xFF;
        return b < 0x80 ? 1 : b < 0xE0 ? 2 : 3;
    }

    /** The UTF-16 unit encoded at {@code p}. */
    private static char unit(byte[] a, int p) {
        int b = a[p] & 0xFF;
        if (b < 0x80) {
            return (char) b;
        }
        if (b < 0xE0) {
            return (char) (((b & 0x1F) << 6) | (a[p + 1] & 0x3F));
        }
        return (char) (((b & 0x0F) << 12) | ((a[p + 1] & 0x3F) << 6) | (a[p + 2] & 0x3F));
    }

    /** Whether {@code a[p, end)} is the encoding of {@code id}, compared without decoding. */
    static boolean matches(byte[] a, int p, int end, String id) {
        int n = id.length();
        if (end - p < n) {
            return false; // every char takes at least one byte
        }
        if (end - p == n) {
            // One byte per char: the stored ID is ASCII, so each char must equal its byte.
            for (int k = 0; k < n; k++) {
                if (a[p + k] != id.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
        return matchesEncoded(a, p, end, id);
    }

    /**
     * {@link #matches} for a stored ID with multi-byte units: apart, so that the common ASCII
     * comparison stays small enough for the JIT to inline into every lookup.
     */
    private static boolean matchesEncoded(byte[] a, int p, int end, String id) {
        int n = id.length();
        for (int k = 0; k < n; k++) {
            char c = id.charAt(k);
            if (c < 0x80) {
                if (p >= end || a[p] != c) {
                    return false;
                }
                p += 1;
            } else if (c < 0x800) {
                if (p + 2 > end
                        || a[p] != (byte) (0xC0 | (c >> 6))
                        || a[p + 1] != (byte) (0x80 | (c & 0x3F))) {
                    return false;
                }
                p += 2;
            } else {
                if (p + 3 > end
                        || a[p] != (byte) (0xE0 | (c >> 12))
                        || a[p + 1] != (byte) (0x80 | ((c >> 6) & 0x3F))
                        || a[p + 2] != (byte) (0x80 | (c & 0x3F))) {
                    return false;
                }
                p += 3;
            }
        }
        return p == end;
    }
}
