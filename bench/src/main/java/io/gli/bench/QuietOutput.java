package io.gli.bench;

import java.io.PrintStream;
import java.util.Collection;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output reduced to what the report's reader needs: nothing while a benchmark runs (the
 * report prints its own progress line), but every message from a failing fork, in full.
 */
final class QuietOutput implements OutputFormat {
    private final PrintStream errors;

    QuietOutput(PrintStream errors) {
        this.errors = errors;
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {}

    @Override
    public void iterationResult(
            BenchmarkParams benchParams,
            IterationParams params,
            int iteration,
            IterationResult data) {}

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {}

    @Override
    public void endBenchmark(BenchmarkResult result) {}

    @Override
    public void startRun() {}

    @Override
    public void endRun(Collection<RunResult> result) {}

    @Override
    public void print(String s) {}

    @Override
    public void println(String s) {
        // JMH reports a fork's exception and its stderr through println; keep those.
        if (s.contains("Exception")
                || s.contains("Error")
                || s.startsWith("<failure>")
                || s.startsWith("\t")) {
            errors.println(s);
        }
    }

    @Override
    public void flush() {
        errors.flush();
    }

    @Override
    public void close() {}

    @Override
    public void verbosePrintln(String s) {}

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b) {}
}
