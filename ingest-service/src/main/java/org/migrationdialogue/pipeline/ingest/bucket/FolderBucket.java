package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A local folder as the upload bucket: keys are relative paths; symbolic links are not followed. */
public final class FolderBucket implements Bucket {

    private final String name;
    private final Path root;

    public FolderBucket(String name, Path root) {
        this.name = name;
        this.root = root.toAbsolutePath().normalize();
    }

    /** Creates the folder when it is missing. */
    public static FolderBucket create(String name, Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload folder " + root.toAbsolutePath(), e);
        }
        return new FolderBucket(name, root);
    }

    public Path root() {
        return root;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<BucketObject> list() throws IOException {
        List<BucketObject> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                String key = ObjectKeys.keyOf(root, file);
                if (!file.equals(root) && ObjectKeys.isCandidate(key)) {
                    stat(file, key).ifPresent(objects::add);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return objects;
    }

    @Override
    public Optional<BucketObject> head(String key) throws IOException {
        return stat(ObjectKeys.resolveInside(root, key), key);
    }

    private static Optional<BucketObject> stat(Path file, String key) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            String etag = "\"" + attributes.size() + "-" + attributes.lastModifiedTime().toMillis() + "\"";
            return Optional.of(new BucketObject(key, attributes.size(), etag, null,
                    attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(ObjectKeys.resolveInside(root, key), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public boolean needsSettling() {
        return true;
    }
}
