package org.migrationdialogue.pipeline.common.bucket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where uploads go (the {@code pipeline upload} command and the search page's drop zone): the upload folder, or the
 * S3 bucket when BUCKET_TYPE=s3. Either way an object appears whole or not at all.
 */
public interface UploadTarget extends AutoCloseable {

    /** Puts one file under a key; returns where it went, for people. */
    String put(Path file, String key) throws IOException;

    /** The bucket's name, as the pipeline's events carry it. */
    String bucket();

    @Override
    default void close() {
        // nothing to release by default
    }

    /** The configured bucket; {@code uploadFolder} is the folder bucket of the local default. */
    static UploadTarget of(Config config, Path uploadFolder) {
        return "s3".equals(config.get(Settings.BUCKET_TYPE))
                ? new S3Target(config)
                : new FolderTarget(uploadFolder, config.get(Settings.UPLOAD_BUCKET));
    }

    /** The local folder bucket; a file is copied under a hidden name and renamed, so it is never seen half-written. */
    record FolderTarget(Path folder, String bucket) implements UploadTarget {

        public FolderTarget {
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("The upload folder " + folder + " does not exist: start the pipeline "
                        + "with ./pipeline up (it creates it), or set UPLOAD_DIR to an existing folder.");
            }
        }

        @Override
        public String put(Path file, String key) throws IOException {
            Path target = folder.resolve(key).normalize();
            if (!target.startsWith(folder) || target.equals(folder)) {
                throw new IllegalArgumentException("The key '" + key + "' would leave the upload folder");
            }
            BucketFiles.copyAtomically(file, target);
            return folder.relativize(target).toString();
        }
    }

    /** An S3-compatible bucket (MinIO, AWS S3): one PUT per file, which S3 makes visible whole. */
    final class S3Target implements UploadTarget {

        private final S3Client client;
        private final String bucket;

        S3Target(Config config) {
            this.client = S3Clients.create(
                    config.get(Settings.S3_ENDPOINT),
                    config.get(Settings.S3_REGION),
                    config.get(Settings.S3_ACCESS_KEY_ID),
                    config.get(Settings.S3_SECRET_ACCESS_KEY));
            this.bucket = config.get(Settings.UPLOAD_BUCKET);
        }

        @Override
        public String put(Path file, String key) throws IOException {
            try {
                client.putObject(request -> request.bucket(bucket).key(key), file);
                return "s3://" + bucket + "/" + key;
            } catch (SdkException e) {
                throw new IOException(
                        "Cannot upload " + file + " to s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String bucket() {
            return bucket;
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
