package io.gli.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.csv.CSVExporter;
import org.jgrapht.nio.csv.CSVFormat;
import org.jgrapht.nio.csv.CSVImporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.nio.json.JSONExporter;
import org.jgrapht.nio.json.JSONImporter;

/**
 * jgrapht-io's importers and exporters as their users write them, on the graph the bench's JGraphT
 * peer uses, with the weight where JGraphT keeps one: a {@link DefaultDirectedWeightedGraph} of
 * String vertices (the file's IDs, by the identity vertex factory) and {@link
 * DefaultWeightedEdge}s. Readers and writers get buffered UTF-8 streams of 64 KiB, as GLI's own do.
 * JGraphT has no binary snapshot and GLI no DOT reader, so neither is run here.
 */
final class JGraphTLoadingSubject implements LoadingSubject {
    private static final int BUFFER = 1 << 16;

    private Graph<String, DefaultWeightedEdge> held;

    private static Graph<String, DefaultWeightedEdge> newGraph() {
        return new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    }

    @Override
    public Object read(LoadingFormat format, Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> graph = newGraph();
        try (BufferedReader in = reader(file, format == LoadingFormat.CSV_GZIP)) {
            switch (format) {
                case CSV, CSV_GZIP -> {
                    CSVImporter<String, DefaultWeightedEdge> importer =
                            new CSVImporter<>(CSVFormat.EDGE_LIST, ',');
                    importer.setParameter(CSVFormat.Parameter.EDGE_WEIGHTS, true);
                    importer.setVertexFactory(Function.identity());
                    // CSVImporter reads every line as an edge; the header would become one.
                    in.readLine();
                    importer.importGraph(graph, in);
                }
                case GRAPHML -> {
                    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
                    importer.setSchemaValidation(false);
                    importer.setVertexFactory(Function.identity());
                    importer.importGraph(graph, in);
                }
                case NODE_LINK -> {
                    JSONImporter<String, DefaultWeightedEdge> importer = new JSONImporter<>();
                    importer.setVertexFactory(Function.identity());
                    importer.importGraph(graph, in);
                }
                default -> throw new UnsupportedOperationException("JGraphT cannot read " + format);
            }
        }
        return graph;
    }

    @Override
    public void hold(LoadingData data) {
        Graph<String, DefaultWeightedEdge> graph = newGraph();
        for (int v = 0; v < data.nodeCount(); v++) {
            graph.addVertex(data.id(v));
        }
        for (int e = 0; e < data.edgeCount(); e++) {
            DefaultWeightedEdge edge = graph.addEdge(data.sourceId(e), data.targetId(e));
            graph.setEdgeWeight(edge, data.weight(e));
        }
        held = graph;
    }

    @Override
    public void write(LoadingFormat format, Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> graph = held;
        if (graph == null) {
            throw new IllegalStateException("no graph held to write " + format);
        }
        Function<DefaultWeightedEdge, Map<String, Attribute>> weight =
                e ->
                        Map.of(
                                LoadingData.WEIGHT,
                                DefaultAttribute.createAttribute(graph.getEdgeWeight(e)));
        try (Writer out = writer(file, format == LoadingFormat.CSV_GZIP)) {
            switch (format) {
                case CSV, CSV_GZIP -> {
                    CSVExporter<String, DefaultWeightedEdge> exporter =
                            new CSVExporter<>(Function.identity(), CSVFormat.EDGE_LIST, ',');
                    exporter.setParameter(CSVFormat.Parameter.EDGE_WEIGHTS, true);
                    exporter.exportGraph(graph, out);
                }
                case GRAPHML -> {
                    GraphMLExporter<String, DefaultWeightedEdge> exporter =
                            new GraphMLExporter<>(Function.identity());
                    exporter.setExportEdgeWeights(true);
                    exporter.exportGraph(graph, out);
                }
                case NODE_LINK -> {
                    JSONExporter<String, DefaultWeightedEdge> exporter =
                            new JSONExporter<>(Function.identity());
                    exporter.setEdgeAttributeProvider(weight);
                    exporter.exportGraph(graph, out);
                }
                case DOT -> {
                    DOTExporter<String, DefaultWeightedEdge> exporter =
                            new DOTExporter<>(Function.identity());
                    exporter.setEdgeAttributeProvider(weight);
                    exporter.exportGraph(graph, out);
                }
                default ->
                        throw new UnsupportedOperationException("JGraphT cannot write " + format);
            }
        }
    }

    private static BufferedReader reader(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (gzip) {
            in = new GZIPInputStream(in, BUFFER);
        }
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
        return new BufferedReader(text, BUFFER);
    }

    private static Writer writer(Path file, boolean gzip) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (gzip) {
            out = new GZIPOutputStream(out, BUFFER);
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }
}
