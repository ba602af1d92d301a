/**
 * The public API of GLI: {@link io.gli.Graph}, the property graph application code is written
 * against, how one is opened ({@link io.gli.Graph#open()}, {@link io.gli.GraphBuilder}), and the
 * values it hands out (nodes, edges, columns, memory profiles) and the exceptions it raises.
 *
 * <p>The contract every backend keeps is the class javadoc of {@link io.gli.Graph}; the
 * compatibility test kit ({@code gli-tck}) checks it. A decorator extends {@link
 * io.gli.ForwardingGraph}.
 */
package io.gli;
