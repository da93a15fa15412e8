package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.bucket.S3Clients;
import org.migrationdialogue.pipeline.testing.ContainerImages;
import org.migrationdialogue.pipeline.testing.RequiresDocker;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The MinIO users of docker-compose, created by deploy/minio/users.sh in a real MinIO: the ingest-service's lists and
 * reads the upload bucket through {@link S3Bucket}, and can neither write nor delete there nor read another bucket;
 * the search page's puts uploads and reads them, and can delete nothing. Skipped, saying why, where no Docker engine
 * answers.
 */
@RequiresDocker
class MinioUsersIT {

    private static final String ROOT_PASSWORD = "minio-root-it-secret";
    private static final String INGEST_USER = "ingest-service";
    private static final String INGEST_SECRET = "minio-ingest-it-secret";
    private static final String SEARCH_WEB_USER = "search-web";
    private static final String SEARCH_WEB_SECRET = "minio-search-web-it-secret";
    private static final byte[] REPORT = "Report of the meeting".getBytes(StandardCharsets.UTF_8);

    private static MinIOContainer minio;
    private static S3Client root;
    private static S3Client ingest;
    private static S3Client searchWeb;

    @BeforeAll
    static void startMinioAndCreateTheIngestUser() throws Exception {
        minio = new MinIOContainer(ContainerImages.minio())
                .withUserName("minio-root-it")
                .withPassword(ROOT_PASSWORD)
                .withCopyFileToContainer(
                        MountableFile.forHostPath(Path.of("..", "deploy", "minio", "users.sh"), 0755),
                        "/deploy/users.sh");
        minio.start();
        exec("mc", "alias", "set", "local", "http://localhost:9000", "minio-root-it", ROOT_PASSWORD);
        exec("mc", "mb", "local/reports");
        exec("mc", "mb", "local/other");
        // Twice: the docker-compose job runs it at every start.
        for (int run = 0; run < 2; run++) {
            exec(
                    "env",
                    "UPLOAD_BUCKET=reports",
                    "MINIO_INGEST_ACCESS_KEY=" + INGEST_USER,
                    "MINIO_INGEST_SECRET_KEY=" + INGEST_SECRET,
                    "MINIO_SEARCH_WEB_ACCESS_KEY=" + SEARCH_WEB_USER,
                    "MINIO_SEARCH_WEB_SECRET_KEY=" + SEARCH_WEB_SECRET,
                    "sh",
                    "/deploy/users.sh");
        }
        root = S3Clients.create(minio.getS3URL(), "us-east-1", "minio-root-it", ROOT_PASSWORD);
        ingest = S3Clients.create(minio.getS3URL(), "us-east-1", INGEST_USER, INGEST_SECRET);
        searchWeb = S3Clients.create(minio.getS3URL(), "us-east-1", SEARCH_WEB_USER, SEARCH_WEB_SECRET);
        for (String bucket : new String[] {"reports", "other"}) {
            root.putObject(request -> request.bucket(bucket).key("2014/report.txt"), RequestBody.fromBytes(REPORT));
        }
    }

    @AfterAll
    static void stop() {
        if (minio != null) {
            root.close();
            ingest.close();
            searchWeb.close();
            minio.stop();
        }
    }

    @Test
    void shouldListAndReadTheUploadBucket() throws IOException {
        // given the upload bucket, read with the ingest-service's credentials
        S3Bucket bucket = new S3Bucket(ingest, "reports");
        // when it is listed and its report read
        // then the service sees the report and its bytes
        assertTrue(
                bucket.list().objects().stream().anyMatch(object -> object.key().equals("2014/report.txt")));
        assertTrue(bucket.head("2014/report.txt").isPresent());
        try (InputStream in = bucket.open("2014/report.txt")) {
            assertArrayEquals(REPORT, in.readAllBytes());
        }
    }

    @Test
    void shouldNeitherWriteNorDeleteNorReadAnotherBucket() {
        // given the ingest-service's credentials
        // when they write or delete in the upload bucket, or list another bucket
        S3Exception put = assertThrows(
                S3Exception.class,
                () -> ingest.putObject(
                        request -> request.bucket("reports").key("2014/forged.txt"), RequestBody.fromString("forged")));
        S3Exception delete = assertThrows(
                S3Exception.class,
                () -> ingest.deleteObject(request -> request.bucket("reports").key("2014/report.txt")));
        // then MinIO refuses each
        assertEquals(403, put.statusCode());
        assertEquals(403, delete.statusCode());
        assertThrows(IOException.class, () -> new S3Bucket(ingest, "other").list());
    }

    @Test
    void shouldLetTheSearchPagePutAnUploadAndReadItButDeleteNothing() throws IOException {
        // given the search page's credentials
        // when it uploads a report and reads it back, then deletes it
        searchWeb.putObject(
                request -> request.bucket("reports").key("2026/uploaded.txt"), RequestBody.fromBytes(REPORT));
        try (InputStream in =
                searchWeb.getObject(request -> request.bucket("reports").key("2026/uploaded.txt"))) {
            assertArrayEquals(REPORT, in.readAllBytes());
        }
        S3Exception delete = assertThrows(
                S3Exception.class,
                () -> searchWeb.deleteObject(
                        request -> request.bucket("reports").key("2026/uploaded.txt")));
        S3Exception other = assertThrows(
                S3Exception.class,
                () -> searchWeb.putObject(
                        request -> request.bucket("other").key("forged.txt"), RequestBody.fromString("forged")));
        // then the upload and the read work, the delete and another bucket are refused
        assertEquals(403, delete.statusCode());
        assertEquals(403, other.statusCode());
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Container.ExecResult result = minio.execInContainer(command);
        assertEquals(
                0, result.getExitCode(), String.join(" ", command) + ": " + result.getStdout() + result.getStderr());
    }
}
