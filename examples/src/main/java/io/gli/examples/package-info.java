/**
 * Runnable examples of the API, each a {@code main} class that the README shows with its output.
 */
package io.gli.examples;
