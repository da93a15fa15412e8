package org.migrationdialogue.pipeline.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.serde.Json;

class IngestNoticesTest {

    @Test
    void shouldSayNothingWhenTheIngestServiceWatchesABucketItCanRead() throws IOException {
        // given the health of an ingest-service that is fine
        // when its notices are read, then there are none
        assertEquals(
                List.of(),
                IngestNotices.of(Json.mapper()
                        .readTree("{\"service\":\"ingest-service\",\"up\":true,\"scanner\":\"watching\"}")));
    }

    @Test
    void shouldTellABucketErrorAndHeldDeletesWithWhatToDo() throws IOException {
        // given the health of an ingest-service whose folder is gone, and which holds deletes
        String health = """
                {"service":"ingest-service","up":false,"scanner":"waiting for the bucket",
                 "bucket_error":"upload folder /srv/uploads does not exist",
                 "held_deletes":{"count":57,"published":60,"first_keys":["a.pdf","b.pdf"],"token":"0123456789abcdef",
                                 "confirm_file":"/srv/data/ingest/confirm-deletes-reports"}}""";
        // when its notices are read
        List<String> notices = IngestNotices.of(Json.mapper().readTree(health));
        // then one line says the folder is missing and nothing is deleted, one says how many deletes wait and how to
        // let them through
        assertEquals(2, notices.size());
        assertTrue(
                notices.get(0).contains("/srv/uploads does not exist")
                        && notices.get(0).contains("no delete"),
                notices.get(0));
        assertTrue(
                notices.get(1).contains("holds 57 deletes")
                        && notices.get(1).contains("of the 60 reports")
                        && notices.get(1).contains("a.pdf, b.pdf")
                        && notices.get(1).contains("./pipeline confirm-deletes"),
                notices.get(1));
    }

    @Test
    void shouldTellAStoppedScanner() throws IOException {
        // given the health of an ingest-service whose scanner died
        List<String> notices = IngestNotices.of(
                Json.mapper()
                        .readTree(
                                "{\"up\":false,\"scanner\":\"stopped: Cannot write the bucket checkpoint x: No space left on device\"}"));
        // then the line says it stopped, and why
        assertEquals(1, notices.size());
        assertTrue(notices.getFirst().contains("No space left on device"), notices.getFirst());
    }
}
