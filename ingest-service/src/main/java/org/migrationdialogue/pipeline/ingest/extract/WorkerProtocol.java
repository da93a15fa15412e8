package org.migrationdialogue.pipeline.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

/**
 * The line protocol between {@link IsolatedExtractor} and its {@link ExtractionWorker} processes: the worker
 * writes {@link #READY} once Tika is loaded, then answers each request line with one reply line, both JSON; while
 * it parses, it writes {@link #OCR_STARTING} before each page or image Tesseract reads, for which the parse deadline
 * grows.
 */
final class WorkerProtocol {

    static final String READY = "READY";
    static final String OCR_STARTING = "OCR";

    /**
     * The longest string a reply may carry, in characters: the most a record of {@code reports.extracted} can hold,
     * since every character takes at least one byte of it. Jackson's default (20 M) would be both too small (the
     * cleaned text of MAX_EXTRACTED_CHARS characters can be longer: ligatures expand) and more than can be published.
     */
    static final int MAX_REPLY_STRING_CHARS = Topic.MAX_MESSAGE_BYTES;

    /** Reads replies: the contract's mapping, with strings allowed up to {@link #MAX_REPLY_STRING_CHARS}. */
    private static final ObjectMapper REPLIES = replyMapper();

    private WorkerProtocol() {}

    /** Extract the spooled file {@code file}, which is the object {@code key}. */
    record Request(String file, String key, String contentSha256) {}

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
        return READY.equals(line) || OCR_STARTING.equals(line) || line.startsWith("{");
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

    /**
     * The result a reply line carries. A reply that cannot be read is that document's failure (its text is too long,
     * or it made the worker write something else), never the service's: the document is dead-lettered, the rest goes on.
     */
    static ExtractionResult readReply(String line) {
        try {
            return REPLIES.readValue(line, Reply.class).result();
        } catch (JsonProcessingException e) {
            return tooLong(e) instanceof StreamConstraintsException constraint
                    ? Failed.poison(
                            Stage.PARSE,
                            "extracted text is longer than " + MAX_REPLY_STRING_CHARS
                                    + " characters, more than one record of reports.extracted can hold ("
                                    + constraint.getOriginalMessage() + ")")
                    : Failed.poison(
                            Stage.WORKER, "unreadable reply from the extraction worker: " + e.getOriginalMessage());
        }
    }

    /** The constraint that was passed, which the data binding wraps in a mapping exception. */
    private static Throwable tooLong(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return cause;
            }
        }
        return failure;
    }

    private static ObjectMapper replyMapper() {
        ObjectMapper mapper = Json.mapper().copy();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_REPLY_STRING_CHARS)
                        .build());
        return mapper;
    }
}
