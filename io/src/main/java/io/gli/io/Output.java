package io.gli.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * How writers put a file in place: written beside its final name and moved there when complete, so
 * a failed or interrupted write (the JVM stopped included: a shutdown hook deletes the part file)
 * leaves no half file (and an existing file intact); gzip when the name ends in {@code .gz} (in any
 * case, as {@link GraphFormat#byFileName} reads names).
 */
final class Output {
    private static final int BUFFER = 1 << 16;

    /** What writes the bytes. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Files being written, deleted by a shutdown hook if the JVM stops mid-write (Ctrl-C on a
     * command line, a container stopped), so that no {@code .part} file is left beside the target.
     */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    for (Path part : PENDING) {
                                        try {
                                            Files.deleteIfExists(part);
                                        } catch (IOException e) {
                                            // nothing more can be done while the JVM stops
                                        }
                                    }
                                },
                                "gli-io: delete unfinished files"));
    }

    private Output() {}

    static void toFile(Path file, Body body) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary =
                Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".part");
        PENDING.add(temporary);
        try {
            try (OutputStream raw = Files.newOutputStream(temporary);
                    OutputStream out = wrap(raw, isGzipName(file))) {
                body.write(out);
            }
            try {
                Files.move(
                        temporary,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
            PENDING.remove(temporary);
        }
    }

    static boolean isGzipName(Path file) {
        return String.valueOf(file.getFileName())
                .toLowerCase(java.util.Locale.ROOT)
                .endsWith(".gz");
    }

    private static OutputStream wrap(OutputStream raw, boolean gzip) throws IOException {
        // GZIP output has no timestamp of its own here (mtime 0), so the same graph gives the same
        // bytes
        return gzip
                ? new BufferedOutputStream(new GZIPOutputStream(raw, BUFFER), BUFFER)
                : new BufferedOutputStream(raw, BUFFER);
    }
}
