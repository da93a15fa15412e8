package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a figure was measured on: cores, memory, JVM, load average. */
final class Machine {

    private Machine() {}

    static String describe() {
        return String.format(
                "machine: %d cores, %s, Java %s (%s), load average %s",
                Runtime.getRuntime().availableProcessors(),
                memory(),
                Runtime.version(),
                System.getProperty("java.vm.vendor"),
                loadAverage());
    }

    static String loadAverage() {
        return firstLine(Path.of("/proc/loadavg")).replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    }

    private static String memory() {
        return firstLine(Path.of("/proc/meminfo")).replaceAll("MemTotal:\\s+(\\d+) kB", "$1 kB RAM");
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).getFirst();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
