package io.gli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a report ran on: the JVM, the machine, the JMH fork settings. */
final class Machine {
    private Machine() {}

    static Map<String, String> describe(Settings settings) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(
                "JVM",
                System.getProperty("java.vm.name")
                        + " "
                        + System.getProperty("java.vm.version")
                        + " ("
                        + System.getProperty("java.vm.vendor")
                        + ")");
        facts.put("Java", System.getProperty("java.version"));
        facts.put(
                "OS",
                System.getProperty("os.name")
                        + " "
                        + System.getProperty("os.version")
                        + " "
                        + System.getProperty("os.arch"));
        facts.put("CPU", cpuModel());
        facts.put("Cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("Memory", memory());
        String heap =
                settings.forkHeap().equals(settings.largeHeap())
                        ? settings.forkHeap()
                        : settings.forkHeap()
                                + " ("
                                + settings.largeHeap()
                                + " above "
                                + Format.count(settings.tableNodes())
                                + " nodes)";
        facts.put(
                "JMH forks",
                settings.forks()
                        + " per configuration, -Xms/-Xmx"
                        + heap
                        + " -Xmn"
                        + Report.YOUNG_GENERATION
                        + "; "
                        + Report.PRE_TOUCH
                        + " for the creation rows");
        facts.put(
                "Iterations",
                settings.warmupIterations()
                        + " warmup ("
                        + settings.warmupMillis()
                        + " ms) + "
                        + settings.measurementIterations()
                        + " measured ("
                        + settings.iterationMillis()
                        + " ms); single shots for the creation rows, after "
                        + settings.warmupShots()
                        + " warmup shots, both repeated for"
                        + " smaller builds until they make up "
                        + Format.count(settings.tableNodes())
                        + " elements; the algorithm rows at most "
                        + Settings.ALGORITHM_WARMUPS
                        + " + "
                        + Settings.ALGORITHM_MEASUREMENTS
                        + ", on the "
                        + settings.largeHeap()
                        + " heap");
        facts.put("Mode", settings.name());
        return facts;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the architecture above has to do.
        }
        return "unknown";
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux.
        }
        return "unknown";
    }
}
