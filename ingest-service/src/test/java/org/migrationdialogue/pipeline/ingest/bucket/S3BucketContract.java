package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.bucket.S3Clients;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the ingest-service needs of an S3-compatible server through {@link S3Bucket}, checked against a real server
 * (S3Proxy in the test JVM, MinIO in a container). Each test works in a bucket of its own.
 */
abstract class S3BucketContract {

    private static final String REPORT_KEY = "2014/Réunion de Paris+annexe.html";
    private static final byte[] REPORT =
            "<html><head><title>Réunion</title></head><body>Paris</body></html>".getBytes(StandardCharsets.UTF_8);

    /** A client of the server under test, made by {@link S3Clients} as the ingest-service makes it. */
    protected abstract S3Client client();

    @Test
    void shouldListOnlyCandidateReportsAndIgnoreHiddenAndTemporaryKeys() throws IOException {
        // given a bucket with two reports next to hidden objects, unfinished uploads and a folder marker
        TestBucket bucket = TestBucket.create(client());
        String textEtag = bucket.put("som-rabat-2014.txt", "Senior Officials Meeting");
        String htmlEtag = bucket.put(REPORT_KEY, REPORT, "text/html");
        for (String ignored : List.of(
                ".hidden.txt",
                "drafts/.report.txt",
                ".trash/old.pdf",
                "report.pdf.part",
                "~$report.docx",
                "upload.tmp")) {
            bucket.put(ignored, "not a report");
        }
        bucket.put("2015/", new byte[0], "application/x-directory");
        // when the bucket is listed
        Map<String, BucketObject> listed = new S3Bucket(client(), bucket.name())
                .list().objects().stream().collect(Collectors.toMap(BucketObject::key, Function.identity()));
        // then only the two reports are listed, with their size, ETag and modification time
        assertEquals(
                Map.of("som-rabat-2014.txt", textEtag, REPORT_KEY, htmlEtag),
                listed.values().stream().collect(Collectors.toMap(BucketObject::key, BucketObject::etag)));
        assertEquals(REPORT.length, listed.get(REPORT_KEY).size());
        assertNotNull(listed.get(REPORT_KEY).lastModified());
    }

    @Test
    void shouldHeadAnObjectWithTheSizeEtagAndContentTypeItWasPutWith() throws IOException {
        // given a report put under a key with a folder, spaces, an accent and a plus sign
        TestBucket bucket = TestBucket.create(client());
        String etag = bucket.put(REPORT_KEY, REPORT, "text/html");
        S3Bucket s3 = new S3Bucket(client(), bucket.name());
        // when its head is read
        BucketObject head = s3.head(REPORT_KEY).orElseThrow();
        // then it has the key, size, content type, and the same ETag as the upload and the listing
        assertEquals(REPORT_KEY, head.key());
        assertEquals(REPORT.length, head.size());
        assertEquals(etag, head.etag());
        assertEquals(s3.list().objects().getFirst().etag(), head.etag());
        assertTrue(head.contentType().startsWith("text/html"), head.contentType());
        assertNotNull(head.lastModified());
    }

    @Test
    void shouldGiveNoHeadForAKeyThatIsNotInTheBucket() throws IOException {
        // given a bucket holding one report
        TestBucket bucket = TestBucket.create(client());
        bucket.put(REPORT_KEY, REPORT, "text/html");
        // when a key it does not hold is looked up
        Optional<BucketObject> head = new S3Bucket(client(), bucket.name()).head("2014/gone.pdf");
        // then there is no head (the object is gone), not an error
        assertTrue(head.isEmpty());
    }

    @Test
    void shouldFailToHeadAnObjectOfAMissingBucketRatherThanCallTheObjectGone() {
        // given a bucket name the server does not know (a wrong UPLOAD_BUCKET or S3_ENDPOINT)
        S3Bucket missing = new S3Bucket(
                client(), "it-missing-" + UUID.randomUUID().toString().substring(0, 8));
        // when an object of it is looked up, then the error says the bucket does not exist
        IOException error = assertThrows(IOException.class, () -> missing.head("2014/som-rabat-2014.pdf"));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    @Test
    void shouldOpenAnObjectWithItsExactBytes() throws IOException {
        // given a report put under a key with a folder, spaces, an accent and a plus sign
        TestBucket bucket = TestBucket.create(client());
        bucket.put(REPORT_KEY, REPORT, "text/html");
        // when it is opened
        try (InputStream in = new S3Bucket(client(), bucket.name()).open(REPORT_KEY)) {
            // then its bytes are the ones put
            assertArrayEquals(REPORT, in.readAllBytes());
        }
    }

    @Test
    void shouldFailToOpenAMissingObjectWithAnIOException() {
        // given an empty bucket
        TestBucket bucket = TestBucket.create(client());
        S3Bucket s3 = new S3Bucket(client(), bucket.name());
        // when a missing key is opened, then the error is an IOException naming the object
        IOException error = assertThrows(IOException.class, () -> s3.open("2014/gone.pdf"));
        assertTrue(error.getMessage().contains(bucket.name() + "/2014/gone.pdf"), error.getMessage());
    }
}
