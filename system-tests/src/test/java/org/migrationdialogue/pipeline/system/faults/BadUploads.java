package org.migrationdialogue.pipeline.system.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.migrationdialogue.pipeline.ingest.extract.BadInput;
import org.migrationdialogue.pipeline.ingest.extract.BadInputCorpus;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;

/**
 * The ingest-service's bad-input corpus ({@link BadInputCorpus}) as files in the upload folder of the pipeline under
 * test: each case under {@code faults/<batch>/bad/} with the file name of its object. A case built as a stream, or
 * with a declared size, becomes a plain file of its bytes.
 */
final class BadUploads {

    private static final int BLOCK = 64 * 1024;

    private final Path uploads;
    private final Path scratch;

    /** @param scratch where the corpus builds the cases that are files (kept out of the upload folder) */
    BadUploads(Path uploads, Path scratch) {
        this.uploads = uploads;
        this.scratch = scratch;
    }

    /** Writes every case of the corpus; returns object key to case, in the corpus's order. */
    Map<String, BadInput> write(String batch) throws IOException {
        Map<String, BadInput> byKey = new LinkedHashMap<>();
        for (BadInput input : BadInputCorpus.all()) {
            ObjectContent content = input.maker().make(scratch);
            String key =
                    FaultCorpus.prefix(batch) + "bad/" + Path.of(content.key()).getFileName();
            if (byKey.putIfAbsent(key, input) != null) {
                throw new IllegalStateException("Two cases of the corpus are named " + key);
            }
            write(key, content);
        }
        return byKey;
    }

    /** Under a hidden temporary name, then renamed: the bucket sees the whole file at once. */
    private void write(String key, ObjectContent content) throws IOException {
        Path target = uploads.resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (InputStream in = content.source().open()) {
            copySparse(in, partial);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies the bytes, seeking over blocks of zeros instead of writing them: the 101 MB of zeros take no disk. */
    private static void copySparse(InputStream in, Path file) throws IOException {
        byte[] block = new byte[BLOCK];
        byte[] zeros = new byte[BLOCK];
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            long length = 0;
            int read;
            while ((read = in.readNBytes(block, 0, BLOCK)) > 0) {
                if (Arrays.mismatch(block, 0, read, zeros, 0, read) >= 0) {
                    out.seek(length);
                    out.write(block, 0, read);
                }
                length += read;
            }
            out.setLength(length);
        }
    }
}
