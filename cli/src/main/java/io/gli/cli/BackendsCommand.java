package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.BackendInfo;
import io.gli.Backends;
import io.gli.Capability;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code gli backends}: the backends on the class path, highest priority first. */
@Command(
        name = "backends",
        mixinStandardHelpOptions = true,
        description = "List the backends on the class path with their priorities and capabilities.")
final class BackendsCommand implements Callable<Integer> {
    @ParentCommand Gli gli;

    @Override
    public Integer call() throws IOException {
        List<BackendInfo> backends = new ArrayList<>(Backends.available());
        backends.sort(Comparator.comparingInt(BackendInfo::priority).reversed());
        PrintStream out = System.out;
        if (gli.json()) {
            try (JsonOut doc = JsonOut.to(out)) {
                JsonGenerator json = doc.json;
                json.writeStartArray();
                for (BackendInfo backend : backends) {
                    json.writeStartObject();
                    json.writeStringField("name", backend.name());
                    json.writeNumberField("priority", backend.priority());
                    json.writeStringField("description", backend.description());
                    json.writeArrayFieldStart("capabilities");
                    for (Capability capability : sorted(backend)) {
                        json.writeString(capability.name());
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
        } else {
            for (BackendInfo backend : backends) {
                out.printf(
                        Locale.ROOT,
                        "%-10s priority %3d  %s%n           capabilities: %s%n",
                        backend.name(),
                        backend.priority(),
                        backend.description(),
                        sorted(backend));
            }
        }
        out.flush();
        return 0;
    }

    private static List<Capability> sorted(BackendInfo backend) {
        List<Capability> capabilities = new ArrayList<>(backend.capabilities());
        capabilities.sort(Comparator.naturalOrder());
        return capabilities;
    }
}
