package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An object to extract: its key, the content type its uploader declared, its size, and how to read it.
 *
 * @param key                 the object key; its extension is only a hint, the type is detected from content
 * @param declaredContentType the bucket's content type, or null
 * @param size                size in bytes as the bucket reports it, or -1 when unknown
 * @param source              opens the bytes; called once
 */
public record ObjectContent(String key, String declaredContentType, long size, Source source) {

    /** Opens an object's bytes, e.g. a bucket GET. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** A local file, sized without reading it. */
    public static ObjectContent ofPath(Path file, String key, String declaredContentType) throws IOException {
        return new ObjectContent(key, declaredContentType, Files.size(file), () -> Files.newInputStream(file));
    }
}
