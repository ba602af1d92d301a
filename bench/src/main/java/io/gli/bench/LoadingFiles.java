package io.gli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The data files the Loading table's read rows read: one directory per loading graph under a run's
 * loading directory, each file written by GLI's own writer of its format from the graph built on
 * the default backend. A file is written once and then reused (the writers are deterministic, so a
 * file present is the file that would be written); formats whose writer is not built have none.
 */
final class LoadingFiles {
    private LoadingFiles() {}

    /** The directory holding {@code graph}'s files under {@code root}. */
    static Path directory(Path root, GraphSpec graph) {
        return root.resolve(graph.toString().replace('/', '-'));
    }

    /** Whether GLI writes {@code format}, so its data file exists once {@link #ensure}d. */
    static boolean written(LoadingFormat format) {
        return !GliLoadingSubject.NOT_BUILT.contains(format.write);
    }

    /**
     * Writes the files of {@code formats} on {@code graph} that {@code root} lacks, and returns the
     * bytes of each that exists.
     */
    static Map<LoadingFormat, Long> ensure(
            Path root, GraphSpec graph, Collection<LoadingFormat> formats) throws IOException {
        Path directory = directory(root, graph);
        Files.createDirectories(directory);
        GliLoadingSubject writer = null;
        Map<LoadingFormat, Long> bytes = new EnumMap<>(LoadingFormat.class);
        for (LoadingFormat format : formats) {
            Path file = directory.resolve(format.fileName);
            if (!Files.exists(file) && written(format)) {
                if (writer == null) {
                    writer = new GliLoadingSubject(Subjects.DEFAULT);
                    writer.hold(LoadingData.of(graph));
                }
                writer.write(format, file);
            }
            if (Files.exists(file)) {
                bytes.put(format, Files.size(file));
            }
        }
        return bytes;
    }
}
