package io.gli.cli;

import io.gli.GraphBuilder;
import io.gli.io.GraphFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code gli} command: global options and the subcommands, and what becomes of a failure.
 *
 * <p>Exit codes: 0 on success; 1 on bad input (a file that does not parse, a backend or node that
 * does not exist, an option value the work refuses), with one line naming the file, line and
 * problem on standard error and no stack trace unless {@code --verbose}; 2 on a usage error, with
 * picocli's usage text. Results go to standard output, everything else (progress, timings, errors)
 * to standard error, so that output pipes cleanly.
 */
@Command(
        name = "gli",
        mixinStandardHelpOptions = true,
        versionProvider = Gli.Version.class,
        description = "Inspect, convert and analyse graph files on any GLI backend.",
        subcommands = {
            InfoCommand.class,
            ConvertCommand.class,
            RunCommand.class,
            BackendsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Gli {
    /** Bad input: the file, a value or the work refused. */
    static final int BAD_INPUT = 1;

    /** A usage error (picocli's own code for one). */
    static final int USAGE = 2;

    @Option(
            names = "--backend",
            scope = ScopeType.INHERIT,
            paramLabel = "NAME",
            description =
                    "The backend to load graphs on (see `gli backends`); default: the highest"
                            + " priority.")
    String backend;

    @Option(
            names = "--directed",
            scope = ScopeType.INHERIT,
            description = "Read files that do not say their direction as directed (the default).")
    boolean directed;

    @Option(
            names = "--undirected",
            scope = ScopeType.INHERIT,
            description = "Read files that do not say their direction as undirected.")
    boolean undirected;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "No progress and no timings on standard error.")
    boolean quiet;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace too.")
    boolean verbose;

    @Option(
            names = "--format",
            scope = ScopeType.INHERIT,
            paramLabel = "text|json",
            description = "Output of info, run and backends: text (default) or json.")
    OutputFormat format = OutputFormat.text;

    /** What {@code --format} chooses. */
    enum OutputFormat {
        text,
        json
    }

    /** The builder every loaded graph is opened from: the backend and direction asked for. */
    GraphBuilder builder() {
        if (directed && undirected) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), CliMessages.bothDirections());
        }
        GraphBuilder builder = io.gli.Graph.builder();
        if (backend != null) {
            builder.backend(backend);
        }
        return undirected ? builder.undirected() : builder.directed();
    }

    boolean json() {
        return format == OutputFormat.json;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line {@code args}; its exit code. */
    static int run(String... args) {
        Gli gli = new Gli();
        CommandLine line = new CommandLine(gli);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> failed(gli, e, commandLine.getErr()));
        return line.execute(args);
    }

    /** Reports a failure of the work on standard error; its exit code. */
    private static int failed(Gli gli, Exception e, PrintWriter err) {
        Throwable shown = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (shown instanceof CommandLine.ParameterException p) {
            err.println("gli: " + p.getMessage());
            p.getCommandLine().usage(err);
            return USAGE;
        }
        err.println("gli: " + CliMessages.describe(shown));
        if (gli.verbose) {
            shown.printStackTrace(err);
        } else if (!isInputProblem(shown)) {
            err.println("(run with --verbose for the stack trace)");
        }
        err.flush();
        return BAD_INPUT;
    }

    private static boolean isInputProblem(Throwable e) {
        return e instanceof GraphFormatException
                || e instanceof IllegalArgumentException // UnknownBackendException among them
                || e instanceof CancellationException
                || e instanceof IOException;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Gli.class.getPackage().getImplementationVersion();
            return new String[] {"gli " + (version == null ? "(development build)" : version)};
        }
    }
}
