package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

/**
 * Copies an object to a local spool file, enforcing the size limit and hashing the bytes on the way.
 * A declared size over the limit is rejected before anything is read; a stream that turns out longer than
 * the limit is cut off as soon as it passes it.
 */
final class ContentSpooler {

    /** 64 kB: large enough that a bucket stream is copied in few reads, small enough to hold per thread. */
    private static final int BUFFER_SIZE = 64 * 1024;

    private final long maxBytes;
    private final Path directory;

    ContentSpooler(long maxBytes, Path directory) {
        this.maxBytes = maxBytes;
        this.directory = directory;
    }

    /** Either a {@link SpooledObject} or a {@link Failed}. */
    sealed interface Outcome {
        record Spooled(SpooledObject object) implements Outcome {}

        record Rejected(Failed failure) implements Outcome {}
    }

    Outcome spool(ObjectContent content) {
        if (content.size() == 0) {
            return rejected(Failed.poison(Stage.READ, "empty object (0 bytes)"));
        }
        if (content.size() > maxBytes) {
            return rejected(tooBig("declared size " + content.size() + " bytes"));
        }
        try {
            return copy(content);
        } catch (IOException e) {
            return rejected(Failed.retriable(Stage.READ, "cannot read object " + content.key() + ": " + e));
        }
    }

    private Outcome copy(ObjectContent content) throws IOException {
        Path file = Files.createTempFile(directory, "extract-", ".bin");
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(content.source().open(), digest);
                OutputStream out = Files.newOutputStream(file)) {
            size = copyBounded(in, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (size > maxBytes || size == 0) {
            Files.deleteIfExists(file);
            return rejected(
                    size == 0
                            ? Failed.poison(Stage.READ, "empty object (0 bytes)")
                            : tooBig("more than " + maxBytes + " bytes read"));
        }
        return new Outcome.Spooled(new SpooledObject(file, size, HexFormat.of().formatHex(digest.digest())));
    }

    /** Copies at most one byte more than the limit, enough to know the limit is passed. */
    private long copyBounded(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        int read;
        while (total <= maxBytes && (read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private Failed tooBig(String size) {
        return Failed.poison(Stage.READ, "object too big: " + size + "; the limit is " + maxBytes + " bytes");
    }

    private static Outcome rejected(Failed failure) {
        return new Outcome.Rejected(failure);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
