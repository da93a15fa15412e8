package org.migrationdialogue.pipeline.ingest.bucket;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.net.URI;

/** Builds the S3 client: AWS by default, or an S3-compatible endpoint such as MinIO. */
public final class S3Clients {

    private S3Clients() {
    }

    public static S3Client create(String endpoint, String region, String accessKey, String secretKey) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(region));
        if (endpoint != null && !endpoint.isBlank()) {
            // MinIO and other S3-compatible servers address buckets by path, not by host name.
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        builder.credentialsProvider(accessKey == null || accessKey.isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        return builder.build();
    }
}
