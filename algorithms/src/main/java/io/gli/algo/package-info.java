/**
 * Graph algorithms on any backend: traversal, shortest paths, components, topological order,
 * ranking, clustering, cores, communities, spanning forests and betweenness, all running on a
 * {@link io.gli.Topology}, the int-indexed snapshot a graph hands out ({@link
 * io.gli.Graph#topology()}). Results are the same on every backend: they depend only on the
 * snapshot, whose node and list orders are the graph's.
 *
 * <p>Results keyed by node are {@link io.gli.algo.NodeValues}: by ID, by index, as a node-order
 * column, and written back into the graph as a node attribute in one atomic batch.
 *
 * <p>Long runs check their thread's interrupt flag: an interrupted run stops promptly with a {@link
 * java.util.concurrent.CancellationException}, the flag set again. Nothing in the graph changes
 * unless a result is written back.
 *
 * <p>PageRank, label propagation, Louvain and betweenness can report how far they are to an {@link
 * io.gli.algo.AlgorithmProgress}, on the calling thread, for a progress display.
 */
package io.gli.algo;
