package org.migrationdialogue.pipeline.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the running ingest-service reads scans, as its {@code GET /health} says ({@code "ocr": "tesseract 5.3.0
 * (eng+fra)"}, or {@code "off: "} and why): the service, not this CLI, runs Tesseract, and may run elsewhere.
 */
final class IngestOcr {

    /** What to say next to an "off", once: what happens to scans, and how to read them later. */
    static final String WHEN_OFF = "scanned reports are indexed without their text, flagged text_missing "
            + "(./pipeline status lists them); install Tesseract, restart ./pipeline up, then ./pipeline reprocess";

    private IngestOcr() {}

    /** The OCR the ingest-service's health names. */
    static Optional<String> of(JsonNode health) {
        JsonNode ocr = health.path("ocr");
        return ocr.isTextual() ? Optional.of(ocr.asText()) : Optional.empty();
    }

    /** The OCR of the ingest-service answering on {@code port}, or empty while it does not answer. */
    static Optional<String> fetch(int port) throws InterruptedException {
        return ServiceHealth.fetch(port, Duration.ofSeconds(3))
                .map(ServiceHealth::json)
                .flatMap(IngestOcr::of);
    }

    static boolean isOff(String ocr) {
        return ocr.startsWith("off");
    }

    /** One line for people: "on: tesseract …" or "OFF: … ; what happens and what to do". */
    static String line(String ocr) {
        return isOff(ocr) ? "OFF: " + ocr.substring("off: ".length()) + "; " + WHEN_OFF : "on: " + ocr;
    }
}
