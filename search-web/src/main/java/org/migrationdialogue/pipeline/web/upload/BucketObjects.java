package org.migrationdialogue.pipeline.web.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.bucket.S3Clients;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/** Reads an object of the upload bucket back, for the report page's link to the original file. */
public interface BucketObjects extends AutoCloseable {

    /** The object's bytes, or empty when it is no longer there. */
    Optional<InputStream> open(String key) throws IOException;

    @Override
    default void close() {
        // nothing to release by default
    }

    static BucketObjects of(Config config, Path uploadFolder) {
        if ("s3".equals(config.get(Settings.BUCKET_TYPE))) {
            S3Client client = S3Clients.create(
                    config.get(Settings.S3_ENDPOINT),
                    config.get(Settings.S3_REGION),
                    config.get(Settings.S3_ACCESS_KEY_ID),
                    config.get(Settings.S3_SECRET_ACCESS_KEY));
            String bucket = config.get(Settings.UPLOAD_BUCKET);
            return new BucketObjects() {
                @Override
                public Optional<InputStream> open(String key) throws IOException {
                    try {
                        return Optional.of(client.getObject(
                                request -> request.bucket(bucket).key(key)));
                    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
                        return Optional.empty();
                    } catch (SdkException e) {
                        throw new IOException("Cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
                    }
                }

                @Override
                public void close() {
                    client.close();
                }
            };
        }
        Path folder = uploadFolder.toAbsolutePath().normalize();
        return key -> {
            Path file = folder.resolve(key).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(Files.newInputStream(file));
        };
    }
}
