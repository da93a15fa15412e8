package org.migrationdialogue.pipeline.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a worker process is started: its command line, and an environment holding only what parsing needs. The
 * service's environment carries secrets (S3 keys, the Elasticsearch password) that a parser, which runs on untrusted
 * files, must never be able to read or pass to Tesseract.
 *
 * @param line        the command line
 * @param environment the whole environment of the worker, nothing inherited besides
 */
record WorkerCommand(List<String> line, Map<String, String> environment) {

    /** Variables a worker keeps from the service: where programs are (Tesseract), the locale, the temporary folder. */
    static final Set<String> INHERITED =
            Set.of("PATH", "HOME", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ", "TESSDATA_PREFIX");
    /**
     * One thread per Tesseract: a worker runs one Tesseract at a time, so the host runs at most as many Tesseract
     * threads as there are workers. Tesseract's own OpenMP threads would compete for the same cores and, measured on
     * this host under load, made a page take 3 times longer (46.9 s against 16.1 s).
     */
    static final Map<String, String> SET = Map.of("OMP_THREAD_LIMIT", "1");

    WorkerCommand {
        line = List.copyOf(line);
        environment = Map.copyOf(environment);
    }

    static WorkerCommand of(ExtractionSettings settings, Map<String, String> serviceEnvironment) {
        return new WorkerCommand(
                List.of(
                        settings.javaCommand().toString(),
                        // A small, bounded heap: a document that needs more is poison, not a reason to grow.
                        "-Xmx" + settings.workerHeap(),
                        // After an OutOfMemoryError a JVM is in an unknown state; exit so the parent replaces it.
                        "-XX:+ExitOnOutOfMemoryError",
                        // One parse at a time in a small heap: the serial collector has the least overhead.
                        "-XX:+UseSerialGC",
                        // PDFBox and POI touch AWT for fonts and images; there is no display.
                        "-Djava.awt.headless=true",
                        // Log to stderr only: stdout carries the protocol.
                        "-Dlogback.configurationFile=extract/logback-worker.xml",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExtractionWorker.class.getName(),
                        Integer.toString(settings.maxChars()),
                        Long.toString(settings.maxCompressionRatio()),
                        Boolean.toString(settings.ocr().enabled()),
                        settings.ocr().languages(),
                        Long.toString(settings.ocr().pageTimeout().toSeconds())),
                environment(serviceEnvironment));
    }

    /** The worker's environment: {@link #INHERITED} from the service where set, plus {@link #SET}. */
    static Map<String, String> environment(Map<String, String> serviceEnvironment) {
        Map<String, String> environment = new HashMap<>();
        serviceEnvironment.forEach((name, value) -> {
            if (INHERITED.contains(name)) {
                environment.put(name, value);
            }
        });
        environment.putAll(SET);
        return environment;
    }
}
