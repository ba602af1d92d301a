/**
 * Graph files in and out, on any backend: CSV and TSV edge and node tables, GraphML, NetworkX's
 * node-link JSON, DOT export for Graphviz, and GLI's own binary snapshot.
 *
 * <p>Every reader implements {@link io.gli.io.GraphReader} and every writer {@link
 * io.gli.io.GraphWriter}. A reader streams: it holds the graph it builds plus a bounded buffer of
 * rows, never the whole file, and it loads through {@link io.gli.Graph#bulkLoad}, so a load into an
 * existing graph is one atomic unit: a bad row anywhere leaves the graph exactly as it was. Every
 * error is a {@link io.gli.io.GraphFormatException} naming the file, the line (and column, where
 * the format has them) and what was expected there. Writers are deterministic: the same graph gives
 * the same bytes.
 *
 * <p>Values: the API's value types (Boolean, Long, Double, String, and lists and maps of them) are
 * typed in every format through {@link io.gli.io.ValueType}; a format that cannot hold a value
 * natively (a list in a CSV cell, say) carries it as JSON text in a column declared {@code json},
 * never drops it silently. Security: no reader resolves external entities or DTDs, and nesting
 * depth, string length and attribute count are bounded ({@link io.gli.io.ReadLimits}); nothing is
 * ever deserialized as Java objects.
 */
package io.gli.io;
