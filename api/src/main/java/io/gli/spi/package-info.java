/**
 * The service-provider interface a backend implements: a {@link io.gli.spi.GraphBackend} found by
 * {@link java.util.ServiceLoader} opens a {@link io.gli.spi.GraphStore}, which only stores. The API
 * layer checks arguments, produces every error message, runs batches and takes the locks ({@link
 * io.gli.spi.Synchronizer}), so a store cannot drift from the contract.
 */
package io.gli.spi;
