package org.migrationdialogue.pipeline.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time used by each part of a running stack, read from the process tree of {@code pipeline up} (the broker runs
 * in that process; Elasticsearch, the services and their extraction workers are its descendants). A snapshot before
 * and one after a phase tell where that phase's CPU went.
 */
final class CpuAccount {

    private final Map<String, Duration> byPart;

    private CpuAccount(Map<String, Duration> byPart) {
        this.byPart = byPart;
    }

    static CpuAccount of(ProcessHandle up) {
        Map<String, Duration> byPart = new TreeMap<>();
        add(byPart, "pipeline up + Kafka broker", up);
        up.descendants().forEach(process -> add(byPart, part(process), process));
        return new CpuAccount(byPart);
    }

    private static void add(Map<String, Duration> byPart, String part, ProcessHandle process) {
        process.info().totalCpuDuration().ifPresent(cpu -> byPart.merge(part, cpu, Duration::plus));
    }

    private static String part(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        if (command.contains("ExtractionWorker")) {
            return "extraction workers";
        }
        for (String service : new String[] {"ingest-service", "enrich-service", "index-service"}) {
            if (command.contains(service + ".jar")) {
                return service;
            }
        }
        return command.contains("elasticsearch") ? "elasticsearch" : "other";
    }

    /** The CPU used since {@code before}, by part, in seconds and as a share of all cores over {@code wall}. */
    String since(CpuAccount before, Duration wall) {
        double capacity = wall.toMillis() / 1000.0 * Runtime.getRuntime().availableProcessors();
        Map<String, Double> used = secondsSince(before);
        double total = used.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format("%.1f s of %.1f s available (%.0f%%): ", total, capacity, 100 * total / capacity)
                + used.entrySet().stream()
                        .map(entry -> String.format(
                                "%s %.1f s (%.0f%%)", entry.getKey(), entry.getValue(), 100 * entry.getValue() / total))
                        .collect(Collectors.joining(", "));
    }

    /** Seconds of CPU each part used since {@code before}. */
    Map<String, Double> secondsSince(CpuAccount before) {
        Map<String, Double> used = new TreeMap<>();
        byPart.forEach((part, cpu) -> used.put(
                part, cpu.minus(before.byPart.getOrDefault(part, Duration.ZERO)).toMillis() / 1000.0));
        return used;
    }
}
