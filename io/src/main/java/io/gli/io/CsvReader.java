package io.gli.io;

import io.gli.BulkLoad;
import io.gli.Graph;
import io.gli.GraphBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads CSV and TSV tables: an edge table (a source column, a target column, attribute columns)
 * alone, or a node table (an ID column, attribute columns) with an edge table, both into one atomic
 * {@link Graph#bulkLoad}: the nodes first, then the edges.
 *
 * <p>Syntax: RFC 4180 over UTF-8 (strict: malformed bytes are an error), with the delimiter chosen
 * (comma by default; {@link Builder#tsv()} is a tab with the same quoting); a field holding the
 * delimiter, a quote or a line break is enclosed in double quotes, its quotes doubled. Lines
 * starting with the comment character ({@code #} by default) and blank lines are skipped; a byte
 * order mark at the start is skipped; a gzip file is recognized by its first bytes.
 *
 * <p>Header: the ID columns are the fields named exactly as set ({@code source}, {@code target},
 * {@code id} by default); every other field is an attribute column {@code key} or {@code key:type}
 * (the type after the last colon: {@code boolean, long, double, string, json} or an alias {@link
 * ValueType#byName} knows). Without a header, the first two columns (or, in a node table, the
 * first) are the IDs and the others are named {@code column3}, {@code column4} and so on. A type
 * set by {@link Builder#column} overrides the header's; a column without a type has the one
 * inferred from the first 65,536 rows (long, then double, then boolean, else string), or string
 * when inference is off.
 *
 * <p>Cells: an empty unquoted cell is no attribute for that row; a quoted empty cell {@code ""} is
 * the empty string. An ID cell must not be an empty unquoted cell. Every row has as many fields as
 * the header (or the first row).
 *
 * <p>Edge tables create the nodes they name, in order of first appearance, unless told not to
 * ({@link Builder#createMissingNodes}): by default they do when read alone and do not when read
 * with a node table, where an edge to a node the table lacks is an error naming its line.
 */
public final class CsvReader implements GraphReader {
    private final char delimiter;
    private final boolean header;
    private final int comment;
    private final String sourceColumn;
    private final String targetColumn;
    private final String idColumn;
    private final Map<String, ValueType> declared;
    private final boolean inferTypes;
    private final Boolean createMissingNodes;
    private final BulkLoad.OnDuplicate onDuplicate;
    private final ReadLimits limits;
    private final ProgressListener progress;

    private CsvReader(Builder builder) {
        this.delimiter = builder.delimiter;
        this.header = builder.header;
        this.comment = builder.comment;
        this.sourceColumn = builder.sourceColumn;
        this.targetColumn = builder.targetColumn;
        this.idColumn = builder.idColumn;
        this.declared = Map.copyOf(builder.declared);
        this.inferTypes = builder.inferTypes;
        this.createMissingNodes = builder.createMissingNodes;
        this.onDuplicate = builder.onDuplicate;
        this.limits = builder.limits;
        this.progress = builder.progress;
    }

    /** A builder with the defaults: comma, a header, {@code #} comments, types inferred. */
    public static Builder builder() {
        return new Builder();
    }

    /** A reader with the defaults. */
    public static CsvReader defaults() {
        return builder().build();
    }

    /** Reads the edge table {@code file} alone. */
    @Override
    public Graph read(Path file, GraphBuilder target) throws IOException {
        Graph graph = target.open();
        readInto(file, graph);
        return graph;
    }

    /** Reads the edge table {@code file} alone into {@code graph}. */
    @Override
    public void readInto(Path file, Graph graph) throws IOException {
        graph.bulkLoad(
                load -> {
                    try (Input edges = Input.open(file)) {
                        loadEdges(load, edges, createsMissing(false), new Totals());
                    }
                });
    }

    /** Reads an edge table alone from {@code in}. */
    @Override
    public Graph read(InputStream in, String name, GraphBuilder target) throws IOException {
        Graph graph = target.open();
        readInto(in, name, graph);
        return graph;
    }

    /** Reads an edge table alone from {@code in} into {@code graph}. */
    @Override
    public void readInto(InputStream in, String name, Graph graph) throws IOException {
        graph.bulkLoad(
                load -> {
                    try (Input edges = Input.of(in, name)) {
                        loadEdges(load, edges, createsMissing(false), new Totals());
                    }
                });
    }

    /**
     * Reads the node table {@code nodes}, then the edge table {@code edges}, into a new graph
     * opened from {@code target}; on failure no graph is returned.
     *
     * @throws GraphFormatException naming the file, line and column, and what was expected there
     */
    public Graph read(Path edges, Path nodes, GraphBuilder target) throws IOException {
        Graph graph = target.open();
        readInto(edges, nodes, graph);
        return graph;
    }

    /**
     * Reads the node table {@code nodes}, then the edge table {@code edges}, into {@code graph} as
     * one atomic load: all of both, or, throwing, nothing.
     *
     * @throws GraphFormatException naming the file, line and column, and what was expected there
     */
    public void readInto(Path edges, Path nodes, Graph graph) throws IOException {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(nodes, "nodes");
        graph.bulkLoad(
                load -> {
                    Totals totals = new Totals();
                    try (Input nodeInput = Input.open(nodes)) {
                        CsvTable table =
                                table(nodeInput, CsvTable.Kind.NODES, totals.listener(nodeInput));
                        table.load(load, header, idColumn, null, onDuplicate, false);
                        totals.finish(nodeInput);
                    }
                    try (Input edgeInput = Input.open(edges)) {
                        loadEdges(load, edgeInput, createsMissing(true), totals);
                    }
                });
    }

    private boolean createsMissing(boolean withNodeTable) {
        return createMissingNodes != null ? createMissingNodes : !withNodeTable;
    }

    private void loadEdges(BulkLoad load, Input input, boolean createEndpoints, Totals totals)
            throws IOException {
        CsvTable table = table(input, CsvTable.Kind.EDGES, totals.listener(input));
        table.load(load, header, sourceColumn, targetColumn, onDuplicate, createEndpoints);
    }

    private CsvTable table(Input input, CsvTable.Kind kind, Progress rows) {
        CsvParser parser =
                new CsvParser(
                        input.stream(),
                        input.name(),
                        delimiter,
                        comment,
                        limits.maxStringLength(),
                        limits.maxAttributes() + 3);
        return new CsvTable(parser, input.name(), kind, declared, inferTypes, limits, rows);
    }

    /** Progress over both files of a read: the second file's counts continue the first's. */
    private final class Totals {
        private long bytes;
        private long rows;
        private Progress current;

        Progress listener(Input input) {
            long bytesBefore = bytes;
            long rowsBefore = rows;
            current =
                    new Progress(
                            (b, r) -> progress.progress(bytesBefore + b, rowsBefore + r), input);
            return current;
        }

        void finish(Input input) {
            bytes += input.bytesRead();
            rows += current.rows();
        }
    }

    /** Options of a {@link CsvReader}; each setter returns this builder. */
    public static final class Builder {
        private char delimiter = ',';
        private boolean header = true;
        private int comment = '#';
        private String sourceColumn = "source";
        private String targetColumn = "target";
        private String idColumn = "id";
        private final Map<String, ValueType> declared = new LinkedHashMap<>();
        private boolean inferTypes = true;
        private Boolean createMissingNodes;
        private BulkLoad.OnDuplicate onDuplicate = BulkLoad.OnDuplicate.FAIL;
        private ReadLimits limits = ReadLimits.DEFAULT;
        private ProgressListener progress = (bytes, rows) -> {};

        private Builder() {}

        /**
         * The field delimiter (default comma): an ASCII character other than a quote, CR, LF or the
         * comment character, which {@link #build()} checks.
         */
        public Builder delimiter(char delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /** Tab-separated, with the same quoting as CSV. */
        public Builder tsv() {
            return delimiter('\t');
        }

        /** Whether the first record of each table names its columns (default true). */
        public Builder header(boolean header) {
            this.header = header;
            return this;
        }

        /**
         * Lines starting with {@code comment} are skipped (default {@code #}); an ASCII character
         * other than a quote, CR, LF or the delimiter, which {@link #build()} checks.
         */
        public Builder comment(char comment) {
            this.comment = comment;
            return this;
        }

        /** No comment lines: every line is data. */
        public Builder noComments() {
            this.comment = -1;
            return this;
        }

        /** The header name of the edge table's source column (default {@code source}). */
        public Builder sourceColumn(String name) {
            this.sourceColumn = Objects.requireNonNull(name, "sourceColumn");
            return this;
        }

        /** The header name of the edge table's target column (default {@code target}). */
        public Builder targetColumn(String name) {
            this.targetColumn = Objects.requireNonNull(name, "targetColumn");
            return this;
        }

        /** The header name of the node table's ID column (default {@code id}). */
        public Builder idColumn(String name) {
            this.idColumn = Objects.requireNonNull(name, "idColumn");
            return this;
        }

        /**
         * Attribute column {@code name} (in either table) has {@code type}, whatever the header
         * says.
         */
        public Builder column(String name, ValueType type) {
            declared.put(
                    Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"));
            return this;
        }

        /** Whether untyped columns get an inferred type (default) or are strings. */
        public Builder inferTypes(boolean infer) {
            this.inferTypes = infer;
            return this;
        }

        /**
         * Whether the edge table may name nodes the graph and node table lack, which are then added
         * (without attributes, in order of first appearance). Default: true for an edge table read
         * alone, false with a node table.
         */
        public Builder createMissingNodes(boolean create) {
            this.createMissingNodes = create;
            return this;
        }

        /** What a node or edge that is already there does (default {@code FAIL}: an error). */
        public Builder onDuplicate(BulkLoad.OnDuplicate onDuplicate) {
            this.onDuplicate = Objects.requireNonNull(onDuplicate, "onDuplicate");
            return this;
        }

        /** The bounds files are held to; a record may be up to {@code maxStringLength} long. */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Who hears how far a read has come. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The reader.
         *
         * @throws IllegalArgumentException if the delimiter or the comment character is not
         *     allowed, naming it
         */
        public CsvReader build() {
            CsvSyntax.check(delimiter, comment);
            return new CsvReader(this);
        }
    }
}
