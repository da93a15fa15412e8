package org.migrationdialogue.pipeline.ingest.bucket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.migrationdialogue.pipeline.common.bucket.S3Clients;
import org.migrationdialogue.pipeline.testing.ContainerImages;
import org.migrationdialogue.pipeline.testing.RequiresDocker;
import org.testcontainers.containers.MinIOContainer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link S3Bucket} against MinIO, the S3 server of docker-compose, in a container: the same checks as against
 * S3Proxy. Skipped, saying why, where no Docker engine answers.
 */
@RequiresDocker
class MinioBucketIT extends S3BucketContract {

    private static MinIOContainer minio;
    private static S3Client client;

    @BeforeAll
    static void startMinio() {
        minio = new MinIOContainer(ContainerImages.minio())
                .withUserName("minio-it")
                .withPassword("minio-it-secret");
        minio.start();
        client = S3Clients.create(minio.getS3URL(), "us-east-1", minio.getUserName(), minio.getPassword());
    }

    @AfterAll
    static void stopMinio() {
        client.close();
        minio.stop();
    }

    @Override
    protected S3Client client() {
        return client;
    }
}
