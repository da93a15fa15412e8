package org.migrationdialogue.pipeline.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.testing.S3ProxyServer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** {@code pipeline upload} into an S3 bucket (a real S3 API server, S3Proxy), as with BUCKET_TYPE=s3 in production. */
class UploadToS3IT {

    private S3ProxyServer server;
    private S3Client client;

    @BeforeEach
    void startServer() throws Exception {
        server = S3ProxyServer.start();
        client = server.client();
        client.createBucket(request -> request.bucket("reports"));
    }

    @AfterEach
    void stopServer() throws Exception {
        client.close();
        server.stop();
    }

    @Test
    void shouldUploadEveryFileIntoTheS3BucketWithProgress() throws Exception {
        // given two seed reports
        Path root = PipelineUnderTest.repoRootOfThisBuild();
        Path som = root.resolve("seeds/rabat-process-som-rabat-2014-06.txt");
        Path paris = root.resolve("seeds/rabat-process-thematic-meeting-crisis-paris-2014-04.txt");
        // when uploaded with the CLI under a prefix, with BUCKET_TYPE=s3
        String output = CliProcess.run(
                root,
                Map.of(
                        Settings.BUCKET_TYPE.variable(),
                        "s3",
                        Settings.S3_ENDPOINT.variable(),
                        server.endpoint(),
                        Settings.S3_ACCESS_KEY_ID.variable(),
                        S3ProxyServer.ACCESS_KEY,
                        Settings.S3_SECRET_ACCESS_KEY.variable(),
                        S3ProxyServer.SECRET_KEY,
                        Settings.UPLOAD_BUCKET.variable(),
                        "reports"),
                root.resolve("system-tests/target/logs"),
                "upload",
                "--prefix",
                "rabat/2014",
                som.toString(),
                paris.toString());
        // then both objects are in the bucket, byte for byte, and the CLI said so file by file
        assertTrue(output.contains("[1/2]") && output.contains("[2/2]"), output);
        assertTrue(output.contains("s3://reports/rabat/2014/" + som.getFileName()), output);
        assertObject("rabat/2014/" + som.getFileName(), som);
        assertObject("rabat/2014/" + paris.getFileName(), paris);
    }

    private void assertObject(String key, Path file) throws IOException {
        ResponseBytes<GetObjectResponse> object =
                client.getObjectAsBytes(request -> request.bucket("reports").key(key));
        assertArrayEquals(Files.readAllBytes(file), object.asByteArray(), key);
    }
}
