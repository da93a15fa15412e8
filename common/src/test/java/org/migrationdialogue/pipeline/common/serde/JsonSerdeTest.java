package org.migrationdialogue.pipeline.common.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.Meeting;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.events.S3EventNotification;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

class JsonSerdeTest {

    static Stream<Object> everyEvent() {
        return Stream.of(
                ContractSamples.uploaded(),
                ContractSamples.extracted(),
                ContractSamples.enriched(),
                ContractSamples.published(),
                ContractSamples.scanWithoutText(),
                ContractSamples.partlyScanned(),
                ContractSamples.enrichedScanWithoutText());
    }

    @ParameterizedTest
    @MethodSource("everyEvent")
    @SuppressWarnings("unchecked")
    void shouldRoundTripEveryContractEvent(Object event) {
        // given the serde of the event's type
        JsonSerde<Object> serde = (JsonSerde<Object>) JsonSerde.of(event.getClass());
        // when it is written and read back
        Object back = serde.deserialize("t", serde.serialize("t", event));
        // then nothing is lost
        assertEquals(event, back);
    }

    @Test
    void shouldWriteSnakeCaseFieldsAndIsoDates() {
        // given an extracted report
        ExtractedReport report = ContractSamples.extracted();
        // when written
        String json = new String(JsonSerde.of(ExtractedReport.class).serialize("t", report), StandardCharsets.UTF_8);
        // then fields are snake_case and instants ISO-8601
        assertTrue(json.contains("\"content_sha256\""), json);
        assertTrue(json.contains("\"page_count\":12"), json);
        assertTrue(json.contains("\"uploaded_at\":\"2026-11-26T10:15:30Z\""), json);
    }

    @Test
    void shouldWriteTheOcrFieldsOnlyWhereThereIsSomethingToSay() {
        // given a report with a text layer, a flagged scan and a partly scanned report
        String plain = json(ContractSamples.extracted());
        String flagged = json(ContractSamples.scanWithoutText());
        String partly = json(ContractSamples.partlyScanned());
        // then the plain report has none of them (old indices keep taking it), the others what they have
        assertFalse(plain.contains("ocr_pages") || plain.contains("text_missing"), plain);
        assertTrue(
                flagged.contains("\"text\":\"\"")
                        && flagged.contains("\"text_missing\":\"ocr_off\"")
                        && flagged.contains("\"text_missing_pages\":[1,2]")
                        && !flagged.contains("ocr_pages"),
                flagged);
        assertTrue(partly.contains("\"ocr_pages\":[2]") && !partly.contains("text_missing"), partly);
    }

    private static String json(ExtractedReport report) {
        return new String(JsonSerde.of(ExtractedReport.class).serialize("t", report), StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteEventKindAndMeetingDatesAsTheContractSays() {
        // given an upload and an enriched report
        String upload = new String(
                JsonSerde.of(UploadEvent.class).serialize("t", ContractSamples.uploaded()), StandardCharsets.UTF_8);
        String enriched = new String(
                JsonSerde.of(EnrichedReport.class).serialize("t", ContractSamples.enriched()), StandardCharsets.UTF_8);
        // then the kind is lower case and meeting dates are plain dates
        assertTrue(upload.contains("\"event\":\"created\""), upload);
        assertTrue(enriched.contains("\"start_date\":\"2014-06-26\""), enriched);
    }

    @Test
    void shouldTolerateUnknownFields() {
        // given a newer producer's event with a field this version does not know
        String json = "{\"event\":\"deleted\",\"bucket\":\"reports\",\"key\":\"a.pdf\",\"size\":0,"
                + "\"uploaded_at\":\"2026-11-26T10:15:30Z\",\"added_later\":{\"x\":1}}";
        // when read
        UploadEvent event = JsonSerde.of(UploadEvent.class).deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        // then the known fields are there
        assertEquals(UploadEvent.Kind.DELETED, event.event());
        assertEquals("a.pdf", event.key());
    }

    @Test
    void shouldGiveAClearErrorForMalformedJson() {
        // given bytes that are not JSON
        byte[] garbage = "{\"event\":\"created\", \"size\": oops".getBytes(StandardCharsets.UTF_8);
        // when read, then a SerializationException names the type and the topic
        SerializationException error = assertThrows(
                SerializationException.class,
                () -> JsonSerde.of(UploadEvent.class).deserialize("reports.uploaded", garbage));
        assertTrue(error.getMessage().contains("Malformed UploadEvent on topic reports.uploaded"), error.getMessage());
    }

    @Test
    void shouldGiveAClearErrorForAWrongFieldType() {
        // given a page count that is not a number
        byte[] wrong = "{\"id\":\"r-1\",\"page_count\":\"many\"}".getBytes(StandardCharsets.UTF_8);
        // when read, then the error says which type failed
        SerializationException error = assertThrows(
                SerializationException.class,
                () -> JsonSerde.of(ExtractedReport.class).deserialize("reports.extracted", wrong));
        assertTrue(
                error.getMessage().startsWith("Malformed ExtractedReport on topic reports.extracted"),
                error.getMessage());
    }

    @Test
    void shouldRejectAJsonNullValue() {
        // given the literal null (a tombstone is an absent value, not "null")
        byte[] literalNull = "null".getBytes(StandardCharsets.UTF_8);
        // when read, then it is malformed
        assertThrows(
                SerializationException.class,
                () -> JsonSerde.of(PublishedRecommendation.class).deserialize("t", literalNull));
    }

    @Test
    void shouldPassTombstonesThroughBothWays() {
        // given the serde of enriched reports
        JsonSerde<EnrichedReport> serde = JsonSerde.of(EnrichedReport.class);
        // then null stays null
        assertNull(serde.serialize("t", null));
        assertNull(serde.deserialize("t", null));
    }

    @Test
    void shouldFillDefaultsForMissingCollections() {
        // given an enriched report without enrichment fields
        byte[] bare = "{\"id\":\"r-1\",\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        // when read
        EnrichedReport report = JsonSerde.of(EnrichedReport.class).deserialize("t", bare);
        // then collections are empty, not null, and the meeting is "other"
        assertTrue(report.enrichment().countries().isEmpty());
        assertTrue(report.enrichment().recommendations().isEmpty());
        assertTrue(report.report().blocks().isEmpty());
        assertEquals(Meeting.OTHER, report.enrichment().meeting().type());
    }

    @Test
    void shouldReadAnS3EventNotificationAsMinioSendsIt() {
        // given a MinIO notification for an upload (keys are URL-encoded)
        String json = """
                {"EventName":"s3:ObjectCreated:Put","Key":"reports/new report.pdf","Records":[{"eventVersion":"2.0",
                "eventSource":"minio:s3","eventTime":"2026-11-26T10:15:30.000Z","eventName":"s3:ObjectCreated:Put",
                "s3":{"s3SchemaVersion":"1.0","bucket":{"name":"reports","arn":"arn:aws:s3:::reports"},
                "object":{"key":"new+report.pdf","size":1234,"eTag":"abc","contentType":"application/pdf","sequencer":"1"}}}]}
                """;
        // when read
        S3EventNotification notification = JsonSerde.of(S3EventNotification.class)
                .deserialize("reports.uploaded", json.getBytes(StandardCharsets.UTF_8));
        // then the record's bucket, key, size and event name are there
        S3EventNotification.S3Record record = notification.records().getFirst();
        assertEquals("s3:ObjectCreated:Put", record.eventName());
        assertEquals("reports", record.s3().bucket().name());
        assertEquals("new+report.pdf", record.s3().object().key());
        assertEquals(1234L, record.s3().object().size());
    }
}
