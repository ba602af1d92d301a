package io.gli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats of this module, each with the name a command line or a configuration calls it
 * by, the file-name extensions it is recognized by, and its reader and writer with their defaults.
 *
 * <p>Recognizing a file: {@link #byFileName} looks at the name's extension, ignoring case and a
 * trailing {@code .gz} (a gzip file of any format is recognized by its magic bytes when read, and
 * written compressed when its name ends in {@code .gz}). {@link #byName} takes the format's own
 * name, as a {@code --from}/{@code --to} option gives it.
 *
 * <p>DOT is written, never read: Graphviz's language is far larger than the graphs it draws, and
 * the other formats carry the same data exactly.
 */
public enum GraphFormat {
    /** Comma-separated edge table ({@link CsvReader}, {@link CsvWriter}). */
    CSV("csv"),
    /** Tab-separated edge table, as SNAP's files are ({@link CsvReader.Builder#tsv}). */
    TSV("tsv"),
    /** GraphML ({@link GraphmlReader}, {@link GraphmlWriter}). */
    GRAPHML("graphml"),
    /** NetworkX's node-link JSON ({@link NodeLinkReader}, {@link NodeLinkWriter}). */
    NODE_LINK_JSON("json"),
    /** Graphviz DOT, written only ({@link DotWriter}). */
    DOT("dot"),
    /** This library's binary snapshot ({@link SnapshotReader}, {@link SnapshotWriter}). */
    SNAPSHOT("gli");

    private static final String GZIP = ".gz";

    private final String token;

    GraphFormat(String token) {
        this.token = token;
    }

    /** The format's name: {@code csv, tsv, graphml, json, dot, gli}. */
    public String token() {
        return token;
    }

    /** The extensions it is recognized by, lower case, with their dot; the first is written. */
    public List<String> extensions() {
        return switch (this) {
            case CSV -> List.of(".csv");
            case TSV -> List.of(".tsv", ".tab");
            case GRAPHML -> List.of(".graphml");
            case NODE_LINK_JSON -> List.of(".json");
            case DOT -> List.of(".dot", ".gv");
            case SNAPSHOT -> List.of(".gli");
        };
    }

    /** Whether this module reads the format: every format but {@link #DOT}. */
    public boolean canRead() {
        return this != DOT;
    }

    /** Whether this module writes the format: every format. */
    public boolean canWrite() {
        return true;
    }

    /** The format's reader with its defaults. */
    public GraphReader reader() {
        return reader(ReadOptions.DEFAULT);
    }

    /**
     * The format's reader with its defaults and {@code options}. The CSV and TSV readers take an
     * edge table alone and create the nodes it names (see {@link CsvReader}); for a node table too,
     * or for other columns, build a {@link CsvReader} directly.
     *
     * @throws UnsupportedOperationException for {@link #DOT}, naming the formats that are read
     * @throws IllegalArgumentException for {@link #SNAPSHOT} with an {@code onDuplicate} other than
     *     {@code FAIL}: a snapshot's nodes and edges are distinct, and one read into a graph that
     *     holds some of them is an error
     */
    public GraphReader reader(ReadOptions options) {
        return switch (this) {
            case CSV, TSV -> {
                CsvReader.Builder builder = CsvReader.builder();
                if (this == TSV) {
                    builder.tsv();
                }
                yield builder.onDuplicate(options.onDuplicate())
                        .limits(options.limits())
                        .progress(options.progress())
                        .build();
            }
            case GRAPHML ->
                    GraphmlReader.builder()
                            .onDuplicate(options.onDuplicate())
                            .limits(options.limits())
                            .progress(options.progress())
                            .build();
            case NODE_LINK_JSON ->
                    NodeLinkReader.builder()
                            .onDuplicate(options.onDuplicate())
                            .limits(options.limits())
                            .progress(options.progress())
                            .build();
            case SNAPSHOT -> {
                if (options.onDuplicate() != io.gli.BulkLoad.OnDuplicate.FAIL) {
                    throw new IllegalArgumentException(
                            Failures.snapshotOnDuplicate(options.onDuplicate()));
                }
                yield SnapshotReader.builder()
                        .limits(options.limits())
                        .progress(options.progress())
                        .build();
            }
            case DOT ->
                    throw new UnsupportedOperationException(Failures.notReadable(this, readable()));
        };
    }

    /** The format's writer with its defaults. */
    public GraphWriter writer() {
        return switch (this) {
            case CSV -> CsvWriter.defaults();
            case TSV -> CsvWriter.builder().tsv().build();
            case GRAPHML -> GraphmlWriter.defaults();
            case NODE_LINK_JSON -> NodeLinkWriter.defaults();
            case DOT -> DotWriter.defaults();
            case SNAPSHOT -> SnapshotWriter.defaults();
        };
    }

    /** The formats this module reads, in declaration order. */
    public static List<GraphFormat> readable() {
        List<GraphFormat> formats = new ArrayList<>();
        for (GraphFormat format : values()) {
            if (format.canRead()) {
                formats.add(format);
            }
        }
        return List.copyOf(formats);
    }

    /**
     * The format a file name's extension names, ignoring case and a trailing {@code .gz}: {@code
     * web.graphml.gz} is GraphML; empty if no format has that extension.
     */
    public static Optional<GraphFormat> byFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(GZIP)) {
            name = name.substring(0, name.length() - GZIP.length());
        }
        for (GraphFormat format : values()) {
            for (String extension : format.extensions()) {
                if (name.endsWith(extension) && name.length() > extension.length()) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The format of {@code file}, by its name.
     *
     * @throws IllegalArgumentException naming the file and the extensions that are known
     */
    public static GraphFormat of(Path file) {
        Path name = file.getFileName();
        return byFileName(name == null ? "" : name.toString())
                .orElseThrow(() -> new IllegalArgumentException(Failures.unknownExtension(file)));
    }

    /**
     * The format called {@code name} ({@link #token()}), ignoring case.
     *
     * @throws IllegalArgumentException naming {@code name} and the formats there are
     */
    public static GraphFormat byName(String name) {
        for (GraphFormat format : values()) {
            if (format.token.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException(Failures.unknownFormat(name));
    }
}
