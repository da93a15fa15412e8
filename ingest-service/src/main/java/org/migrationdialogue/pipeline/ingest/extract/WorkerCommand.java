package org.migrationdialogue.pipeline.ingest.extract;

import java.util.List;

/** The command line of a worker process. */
final class WorkerCommand {

    private WorkerCommand() {
    }

    static List<String> of(ExtractionSettings settings) {
        return List.of(
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
                "-cp", System.getProperty("java.class.path"),
                ExtractionWorker.class.getName(),
                Integer.toString(settings.maxChars()),
                Long.toString(settings.maxCompressionRatio()));
    }
}
