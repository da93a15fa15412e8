package org.migrationdialogue.pipeline.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

class UploadEventsTest {

    private static final String TOPIC = "reports.uploaded";

    @Test
    void shouldDecodeTheKeyOfAMinioCreatedNotification() {
        // given MinIO's notification of a put under a key with a folder, spaces, an accent and a plus sign
        MinioNotification put = new MinioNotification(
                "reports", "2014/Réunion de Paris+annexe.html", "2014%2FR%C3%A9union+de+Paris%2Bannexe.html");
        // when it is parsed
        List<UploadEvent> events =
                UploadEvents.parse(TOPIC, put.created(1234, "\"9b2cf535f27731c974343645a3985328\"", "text/html"));
        // then it is one created event for the decoded key, with the object's size, ETag and type
        assertEquals(
                List.of(UploadEvent.created(
                        "reports",
                        "2014/Réunion de Paris+annexe.html",
                        1234,
                        "9b2cf535f27731c974343645a3985328",
                        "text/html",
                        events.getFirst().uploadedAt())),
                events);
    }

    @Test
    void shouldReadAMinioRemovedNotificationAsADelete() {
        // given MinIO's notification of a delete
        MinioNotification delete = new MinioNotification("reports", "2014/som rabat.txt", "2014%2Fsom+rabat.txt");
        // when it is parsed, then it is one deleted event for the decoded key
        UploadEvent event = UploadEvents.parse(TOPIC, delete.removed()).getFirst();
        assertEquals(UploadEvent.Kind.DELETED, event.event());
        assertEquals("2014/som rabat.txt", event.key());
    }

    @Test
    void shouldRejectANotificationWhoseKeyIsNotValidUrlEncodingAsMalformed() {
        // given a notification whose key has a bad percent escape
        byte[] value =
                new MinioNotification("reports", "2014/bad%zz.txt", "2014%2Fbad%zz.txt").created(1, "e", "text/plain");
        // when it is parsed, then it is a serialization error naming the key (a dead letter), not a crash
        SerializationException error =
                assertThrows(SerializationException.class, () -> UploadEvents.parse(TOPIC, value));
        assertTrue(error.getMessage().contains("2014%2Fbad%zz.txt"), error.getMessage());
    }

    @Test
    void shouldRejectANotificationRecordWithoutAnObjectKeyAsMalformed() {
        // given a notification record whose object has no key, and one whose key is empty
        for (String object : List.of("{\"size\":1}", "{\"key\":\"\",\"size\":1}")) {
            byte[] value =
                    ("{\"Records\":[{\"eventName\":\"s3:ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"reports\"},"
                                    + "\"object\":" + object + "}}]}")
                            .getBytes(StandardCharsets.UTF_8);
            // when it is parsed, then it is a serialization error (a dead letter), not a crash
            assertThrows(SerializationException.class, () -> UploadEvents.parse(TOPIC, value), object);
        }
    }

    @Test
    void shouldRejectAnUploadEventWithAnEmptyKeyAsMalformed() {
        // given one of our own upload events whose key is empty
        byte[] value = "{\"event\":\"created\",\"bucket\":\"reports\",\"key\":\"\",\"size\":1}"
                .getBytes(StandardCharsets.UTF_8);
        // when it is parsed, then it is a serialization error (a dead letter), not a bucket failure
        assertThrows(SerializationException.class, () -> UploadEvents.parse(TOPIC, value));
    }

    @Test
    void shouldGiveNoEventForNotificationsAboutHiddenOrTemporaryObjectsOrFolderMarkers() {
        // given MinIO's notifications of a hidden object, an unfinished upload and a folder marker
        for (MinioNotification notification : List.of(
                new MinioNotification("reports", "2014/.DS_Store", "2014%2F.DS_Store"),
                new MinioNotification("reports", "2014/som-rabat.pdf.part", "2014%2Fsom-rabat.pdf.part"),
                new MinioNotification("reports", "2014/", "2014%2F"))) {
            // when they are parsed, then they are no uploads, as the bucket's listing would not show them either
            assertEquals(
                    List.of(),
                    UploadEvents.parse(TOPIC, notification.created(0, "e", "text/plain")),
                    notification.key());
            assertEquals(List.of(), UploadEvents.parse(TOPIC, notification.removed()), notification.key());
        }
    }
}
