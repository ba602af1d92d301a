package io.gli.bench;

/**
 * A file format of the Loading table: the file it is held in, which of the settings' two loading
 * graphs it holds, and its read and write rows.
 */
enum LoadingFormat {
    CSV("edges.csv", false, Operation.READ_CSV, Operation.WRITE_CSV),
    CSV_GZIP("edges.csv.gz", false, Operation.READ_CSV_GZIP, Operation.WRITE_CSV_GZIP),
    GRAPHML("graph.graphml", true, Operation.READ_GRAPHML, Operation.WRITE_GRAPHML),
    NODE_LINK("graph.json", true, Operation.READ_NODE_LINK, Operation.WRITE_NODE_LINK),
    /** Export only: GLI has no DOT reader, so it has no read row. */
    DOT("graph.dot", true, null, Operation.WRITE_DOT),
    SNAPSHOT("graph.gli", false, Operation.READ_SNAPSHOT, Operation.WRITE_SNAPSHOT);

    /** The data file's name in the loading directory. */
    final String fileName;

    /**
     * Whether the format holds the smaller {@link Settings#markupGraph}: GraphML, node-link JSON
     * and DOT spend several times an edge list's bytes on an edge, and the issue measures them at a
     * tenth of its edges.
     */
    final boolean markup;

    /** The read row; null for an export-only format. */
    final Operation read;

    final Operation write;

    LoadingFormat(String fileName, boolean markup, Operation read, Operation write) {
        this.fileName = fileName;
        this.markup = markup;
        this.read = read;
        this.write = write;
    }

    /** The loading graph this format's rows run on. */
    GraphSpec graph(Settings settings) {
        return markup ? settings.markupGraph() : settings.loadingGraph();
    }

    /** The name of the file {@code subject}'s write row writes, beside the data files. */
    String outputName(String subject) {
        return "written-" + subject.replaceAll("[^A-Za-z0-9]", "_") + "-" + fileName;
    }

    /** The format a read or write row measures; null for any other row. */
    static LoadingFormat of(Operation operation) {
        for (LoadingFormat format : values()) {
            if (format.read == operation || format.write == operation) {
                return format;
            }
        }
        return null;
    }
}
