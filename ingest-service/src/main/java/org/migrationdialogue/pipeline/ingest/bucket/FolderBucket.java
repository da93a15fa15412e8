package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A local folder as the upload bucket: keys are relative paths with '/' separators.
 *
 * <p>The folder may itself be a symbolic link (to a mounted volume, say): it is resolved at every listing. Inside it,
 * nothing is read outside its real root: every file is reached from the root one folder at a time, relative to the
 * folder opened before ({@link SecureDirectoryStream}: openat and fstatat without following links), so a symbolic link
 * anywhere inside is never followed, not even one swapped in while the file is read. Such links are listed as
 * problems (dead-lettered, see {@link ListingProblem}), not as objects.
 */
public final class FolderBucket implements Bucket {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final String name;
    private final Path root;

    public FolderBucket(String name, Path root) {
        this.name = name;
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder as configured (UPLOAD_DIR); it may be a symbolic link to the real one. */
    public Path root() {
        return root;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Creates the folder when it is missing: only right for a bucket nothing was published from yet (a first start),
     * since otherwise a folder that went missing (an unmounted volume) would pass for one whose files were all deleted.
     */
    public void createIfMissing() throws IOException {
        if (!Files.exists(root)) {
            Files.createDirectories(root);
        }
    }

    /**
     * The real folder, symbolic links in the configured path resolved.
     *
     * @throws IOException saying what is wrong when it is missing or not a folder
     */
    public Path realRoot() throws IOException {
        Path real;
        try {
            real = root.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IOException(
                    "upload folder " + root + " does not exist"
                            + (Files.isSymbolicLink(root) ? " (it is a symbolic link to a missing folder)" : ""),
                    e);
        } catch (IOException e) {
            throw new IOException("upload folder " + root + " cannot be resolved: " + describe(e), e);
        }
        if (!Files.isDirectory(real, NOFOLLOW)) {
            throw new IOException("upload folder " + root + " is not a folder");
        }
        return real;
    }

    private SecureDirectoryStream<Path> openRoot() throws IOException {
        Path real = realRoot();
        DirectoryStream<Path> stream;
        try {
            stream = Files.newDirectoryStream(real);
        } catch (IOException e) {
            throw new IOException("upload folder " + root + " cannot be read: " + describe(e), e);
        }
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return secure;
        }
        stream.close();
        throw new IOException("upload folder " + root + " is on a file system that cannot open files relative to a "
                + "folder (no openat), so links inside it could not be kept from being followed");
    }

    @Override
    public Listing list() throws IOException {
        List<BucketObject> objects = new ArrayList<>();
        List<ListingProblem> problems = new ArrayList<>();
        try (SecureDirectoryStream<Path> top = openRoot()) {
            walk(top, "", true, objects, problems);
        } catch (DirectoryIteratorException e) {
            throw new IOException("upload folder " + root + " cannot be read: " + describe(e.getCause()), e.getCause());
        }
        return new Listing(objects, problems);
    }

    /**
     * Each key on its own, from the real root one folder at a time as {@link #open} reads it; a folder in place of a
     * file lists nothing for it (its files are found by a whole listing).
     */
    @Override
    public Optional<Listing> list(Collection<String> keys) throws IOException {
        realRoot();
        List<BucketObject> objects = new ArrayList<>();
        List<ListingProblem> problems = new ArrayList<>();
        for (String key : keys) {
            if (!ObjectKeys.isCandidate(key)) {
                continue;
            }
            try {
                inFolderOf(key, (folder, file) -> {
                    BasicFileAttributes attributes = folder.getFileAttributeView(
                                    file, BasicFileAttributeView.class, NOFOLLOW)
                            .readAttributes();
                    if (!attributes.isDirectory()) {
                        classify(key, true, attributes, objects, problems);
                    }
                    return null;
                });
            } catch (NoSuchFileException e) {
                // gone: the scan publishes its delete if it was published
            } catch (UnreadableObjectException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Listing(objects, problems));
    }

    /** Lists one folder, and the folders in it; a sub-folder that cannot be read is a problem, not a failed listing. */
    private void walk(
            SecureDirectoryStream<Path> folder,
            String prefix,
            boolean decodable,
            List<BucketObject> objects,
            List<ListingProblem> problems) {
        for (Path entry : folder) {
            Path entryName = entry.getFileName();
            String key = prefix + ObjectKeys.segmentOf(entry);
            boolean keyDecodable = decodable && ObjectKeys.isDecodable(entryName);
            BasicFileAttributes attributes;
            try {
                attributes = folder.getFileAttributeView(entryName, BasicFileAttributeView.class, NOFOLLOW)
                        .readAttributes();
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException e) {
                if (ObjectKeys.isCandidate(key)) {
                    problems.add(new ListingProblem(key, "unknown", "cannot read its attributes: " + describe(e)));
                }
                continue;
            }
            if (attributes.isDirectory()) {
                if (!ObjectKeys.isHiddenFolder(entryName.toString())) {
                    walkSubFolder(folder, entryName, key + "/", keyDecodable, attributes, objects, problems);
                }
            } else if (ObjectKeys.isCandidate(key)) {
                classify(key, keyDecodable, attributes, objects, problems);
            }
        }
    }

    private void walkSubFolder(
            SecureDirectoryStream<Path> parent,
            Path entryName,
            String key,
            boolean decodable,
            BasicFileAttributes attributes,
            List<BucketObject> objects,
            List<ListingProblem> problems) {
        try (SecureDirectoryStream<Path> sub = parent.newDirectoryStream(entryName, NOFOLLOW)) {
            walk(sub, key, decodable, objects, problems);
        } catch (NoSuchFileException e) {
            // removed while listed
        } catch (IOException e) {
            problems.add(folderProblem(key, attributes, e));
        } catch (DirectoryIteratorException e) {
            problems.add(folderProblem(key, attributes, e.getCause()));
        }
    }

    private static ListingProblem folderProblem(String key, BasicFileAttributes attributes, IOException e) {
        return new ListingProblem(
                key,
                version(attributes),
                "folder cannot be read (" + describe(e) + "): its files "
                        + "are not ingested, and nothing published from it is deleted, until it can be read");
    }

    private static void classify(
            String key,
            boolean decodable,
            BasicFileAttributes attributes,
            List<BucketObject> objects,
            List<ListingProblem> problems) {
        if (!decodable) {
            problems.add(new ListingProblem(
                    key,
                    version(attributes),
                    "file name is not valid UTF-8 (the bytes that are "
                            + "not are written %XX here): rename the file to ingest it"));
        } else if (attributes.isSymbolicLink()) {
            problems.add(new ListingProblem(
                    key,
                    version(attributes),
                    "is a symbolic link: links inside the bucket are "
                            + "not followed; put the file itself in the folder"));
        } else if (!attributes.isRegularFile()) {
            problems.add(
                    new ListingProblem(key, version(attributes), "is not a regular file (a device, pipe or socket)"));
        } else {
            objects.add(object(key, attributes));
        }
    }

    private static BucketObject object(String key, BasicFileAttributes attributes) {
        return new BucketObject(
                key,
                attributes.size(),
                "\"" + version(attributes) + "\"",
                null,
                attributes.lastModifiedTime().toInstant());
    }

    private static String version(BasicFileAttributes attributes) {
        return attributes.size() + "-" + attributes.lastModifiedTime().toMillis();
    }

    @Override
    public Optional<BucketObject> head(String key) throws IOException {
        try {
            return Optional.ofNullable(inFolderOf(key, (folder, file) -> {
                BasicFileAttributes attributes = regularFile(folder, file, key);
                return attributes == null ? null : object(key, attributes);
            }));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        InputStream in = inFolderOf(
                key,
                (folder, file) -> regularFile(folder, file, key) == null
                        ? null
                        : Channels.newInputStream(
                                folder.newByteChannel(file, Set.of(StandardOpenOption.READ, NOFOLLOW))));
        if (in == null) {
            throw new NoSuchFileException(key, null, "is a folder, not an object");
        }
        return in;
    }

    /** The attributes of a regular file; null for a folder (not an object); an error for anything else. */
    private static BasicFileAttributes regularFile(SecureDirectoryStream<Path> folder, Path file, String key)
            throws IOException {
        BasicFileAttributes attributes = folder.getFileAttributeView(file, BasicFileAttributeView.class, NOFOLLOW)
                .readAttributes();
        if (attributes.isSymbolicLink()) {
            throw new UnreadableObjectException(
                    key, "it is a symbolic link (links inside the bucket are not followed)", null);
        }
        if (attributes.isDirectory()) {
            return null;
        }
        if (!attributes.isRegularFile()) {
            throw new UnreadableObjectException(key, "it is not a regular file", null);
        }
        return attributes;
    }

    /** Something done to a file, given the folder that holds it, open. */
    @FunctionalInterface
    private interface InFolder<T> {
        T apply(SecureDirectoryStream<Path> folder, Path file) throws IOException;
    }

    /**
     * Opens the folders of a key one after the other from the real root, never following a link, and applies the action
     * to its file. The root's problems are the bucket's (an IOException); a problem on the way is the object's.
     *
     * @throws NoSuchFileException         when a folder on the way or the file does not exist
     * @throws UnreadableObjectException   when the way or the file cannot be read (a link, a file in place of a folder,
     *                                     permission denied, a name too long, ...)
     * @throws IllegalArgumentException    when the key is not a relative key inside the bucket
     */
    private <T> T inFolderOf(String key, InFolder<T> action) throws IOException {
        List<String> segments = ObjectKeys.segments(key);
        Deque<SecureDirectoryStream<Path>> opened = new ArrayDeque<>();
        try {
            opened.push(openRoot());
            try {
                for (String segment : segments.subList(0, segments.size() - 1)) {
                    opened.push(openFolder(opened.peek(), Path.of(segment), key));
                }
                return action.apply(opened.peek(), Path.of(segments.getLast()));
            } catch (NoSuchFileException | UnreadableObjectException e) {
                throw e;
            } catch (IOException e) {
                throw new UnreadableObjectException(key, describe(e), e);
            }
        } finally {
            for (SecureDirectoryStream<Path> folder : opened) {
                folder.close();
            }
        }
    }

    private static SecureDirectoryStream<Path> openFolder(SecureDirectoryStream<Path> parent, Path name, String key)
            throws IOException {
        BasicFileAttributes attributes = parent.getFileAttributeView(name, BasicFileAttributeView.class, NOFOLLOW)
                .readAttributes();
        if (attributes.isSymbolicLink()) {
            throw new UnreadableObjectException(
                    key,
                    "'" + name + "' on its path is a symbolic link (links inside the " + "bucket are not followed)",
                    null);
        }
        if (!attributes.isDirectory()) {
            throw new UnreadableObjectException(key, "'" + name + "' on its path is not a folder", null);
        }
        return parent.newDirectoryStream(name, NOFOLLOW);
    }

    /** A file-system error in words: "permission denied", "File name too long", ... */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Override
    public boolean needsSettling() {
        return true;
    }
}
