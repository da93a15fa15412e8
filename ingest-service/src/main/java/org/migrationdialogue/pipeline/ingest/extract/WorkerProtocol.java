package org.migrationdialogue.pipeline.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

/**
 * The line protocol between {@link IsolatedExtractor} and its {@link ExtractionWorker} processes: the worker
 * writes {@link #READY} once Tika is loaded, then answers each request line with one reply line, both JSON.
 */
final class WorkerProtocol {

    static final String READY = "READY";

    private WorkerProtocol() {
    }

    /** Extract the spooled file {@code file}, which is the object {@code key}. */
    record Request(String file, String key, String contentSha256) {
    }

    /** Exactly one of the two is set. */
    record Reply(Extracted extracted, Failed failed) {

        static Reply of(ExtractionResult result) {
            return switch (result) {
                case Extracted extracted -> new Reply(extracted, null);
                case Failed failed -> new Reply(null, failed);
            };
        }

        ExtractionResult result() {
            return extracted != null ? extracted : failed;
        }
    }

    /** Whether a line of worker output is a protocol message rather than something the JVM printed. */
    static boolean isMessage(String line) {
        return READY.equals(line) || line.startsWith("{");
    }

    static String write(Object message) {
        try {
            return Json.mapper().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("protocol messages are plain records", e);
        }
    }

    static <T> T read(String line, Class<T> type) throws JsonProcessingException {
        return Json.mapper().readValue(line, type);
    }
}
