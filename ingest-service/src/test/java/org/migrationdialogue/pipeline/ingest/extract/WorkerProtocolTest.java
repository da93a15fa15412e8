package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

class WorkerProtocolTest {

    /** Jackson's default StreamReadConstraints.maxStringLength. */
    private static final int JACKSON_DEFAULT_MAX_STRING = 20_000_000;

    @Test
    void shouldMakeAReplyLongerThanARecordCanHoldThatDocumentsFailureNotTheServices() {
        // given a worker's reply whose clean text passes Jackson's default limit (cleaning expanded the ligatures of a
        // text within MAX_EXTRACTED_CHARS)
        String line = reply("fi".repeat(JACKSON_DEFAULT_MAX_STRING / 2 + 1));
        // when the service reads it
        ExtractionResult result = WorkerProtocol.readReply(line);
        // then the document fails on its own (dead-lettered, the service goes on), saying its text is too long
        Failed failed = assertInstanceOf(Failed.class, result);
        assertEquals(FailureKind.POISON, failed.kind());
        assertTrue(failed.reason().contains("longer than " + Topic.MAX_MESSAGE_BYTES + " characters"), failed.reason());
    }

    @Test
    void shouldReadAReplyWithAsLongATextAsARecordCanHold() {
        // given a reply whose clean text is as long as a record of reports.extracted could hold
        String text = "a".repeat(WorkerProtocol.MAX_REPLY_STRING_CHARS);
        // when the service reads it, then the text is there whole
        Extracted extracted = assertInstanceOf(Extracted.class, WorkerProtocol.readReply(reply(text)));
        assertEquals(text.length(), extracted.cleanText().length());
    }

    @Test
    void shouldMakeAnUnreadableReplyThatDocumentsFailure() {
        // given a reply line the worker cut short
        // when the service reads it, then that document fails, not the service
        Failed failed = assertInstanceOf(Failed.class, WorkerProtocol.readReply("{\"extracted\":{\"title\":\"x"));
        assertEquals(FailureKind.POISON, failed.kind());
    }

    private static String reply(String cleanText) {
        return WorkerProtocol.write(WorkerProtocol.Reply.of(
                new Extracted("Title", "en", 1, Map.of(), cleanText, List.of(), "00", OcrOutcome.NONE)));
    }
}
