/**
 * The comparative benchmark report: JMH and JOL measurements of every backend on the class path and
 * of peer libraries, printed as the reference guide's tables ({@link io.gli.bench.Report} is the
 * entry point).
 */
package io.gli.bench;
