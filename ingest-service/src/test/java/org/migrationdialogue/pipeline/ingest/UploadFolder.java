package org.migrationdialogue.pipeline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An upload folder as a test fills it: each file written under a hidden temporary name, then renamed. */
public record UploadFolder(Path root) {

    /** The seed report a test drops when it needs a good one. */
    public static byte[] seedReport() throws IOException {
        return Files.readAllBytes(Path.of("..", "seeds", "rabat-process-som-rabat-2014-06.txt"));
    }

    public Path drop(String key, byte[] content) throws IOException {
        return drop(key, new ByteArrayInputStream(content));
    }

    /** Writes a file under a hidden temporary name, then renames it: the way uploads should arrive. */
    public Path drop(String key, InputStream content) throws IOException {
        Path target = root.resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
