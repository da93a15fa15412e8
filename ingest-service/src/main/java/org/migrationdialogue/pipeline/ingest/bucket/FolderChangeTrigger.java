package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the scanner as soon as anything changes in the upload folder or its sub-folders, and says which files changed,
 * so that a scan looks at them only and costs the same in a folder of 20,000 reports as in an empty one. Watches the
 * real folder (the configured one may be a link to it). Whatever it cannot tell file by file (a folder created,
 * deleted or renamed, lost events, a name that is not UTF-8, the link pointing elsewhere) wakes the scanner for a
 * whole listing; the tree is then registered again, so that new sub-folders, and a folder that was missing and is
 * back, are watched. A time-out does not walk the tree: folders that come are announced by their parent's events.
 */
public final class FolderChangeTrigger implements ScanTrigger {

    /**
     * How long the scanner trusts the events before it lists the whole folder again: the safety net for what a
     * watch does not see (a file system without change events, a link that now points elsewhere). A whole listing of
     * 20,000 files costs about ten times what a minute of idling costs otherwise (docs/benchmarks.md).
     */
    public static final Duration RESCAN = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(FolderChangeTrigger.class);
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final FolderBucket folder;
    private final WatchService watcher;
    /** The key prefix ("" or "2024/") of each watched folder; null for a folder whose name is not UTF-8. */
    private final Map<Path, String> prefixes = new HashMap<>();

    private Path watchedRoot;

    public FolderChangeTrigger(FolderBucket folder) {
        this.folder = folder;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + folder.root(), e);
        }
        registerTree();
    }

    @Override
    public Optional<Wake> await(Duration atMost) throws InterruptedException {
        try {
            WatchKey first = watcher.poll(atMost.toMillis(), TimeUnit.MILLISECONDS);
            Wake wake = first == null ? Wake.timedOut() : drain(first);
            if (!Objects.equals(watchedRoot(), watchedRoot)) {
                registerTree();
                return Optional.of(Wake.anything());
            }
            if (wake.kind() == Wake.Kind.ANYTHING) {
                registerTree();
            }
            return Optional.of(wake);
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    /** The changes of this key and of every other that is ready now. */
    private Wake drain(WatchKey first) {
        Set<String> keys = new HashSet<>();
        boolean anything = false;
        for (WatchKey key = first; key != null; key = watcher.poll()) {
            Path directory = (Path) key.watchable();
            String prefix = prefixes.get(directory);
            for (WatchEvent<?> event : key.pollEvents()) {
                String changed = event.kind() == StandardWatchEventKinds.OVERFLOW || prefix == null
                        ? null
                        : fileKey(directory, prefix, (Path) event.context());
                if (changed == null) {
                    anything = true;
                } else {
                    keys.add(changed);
                }
            }
            if (!key.reset()) {
                prefixes.remove(directory);
                anything = true;
            }
        }
        return anything ? Wake.anything() : Wake.of(keys);
    }

    /** The key of a file that changed in a watched folder; null when it is, or was, a folder, or its name is not UTF-8. */
    private String fileKey(Path directory, String prefix, Path name) {
        Path child = directory.resolve(name);
        if (!ObjectKeys.isDecodable(name) || Files.isDirectory(child, NOFOLLOW) || prefixes.containsKey(child)) {
            return null;
        }
        return prefix + name;
    }

    private Path watchedRoot() {
        try {
            return folder.realRoot();
        } catch (IOException e) {
            return null;
        }
    }

    /** Registers every folder of the tree; registering one twice is harmless, new sub-folders are picked up. */
    private void registerTree() {
        Path root = watchedRoot();
        watchedRoot = root;
        if (root == null) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    register(directory, prefixOf(root, directory));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.debug("Cannot watch the upload folder: {}", e.getMessage());
        }
    }

    private static String prefixOf(Path root, Path directory) {
        StringBuilder prefix = new StringBuilder();
        for (Path segment : root.relativize(directory)) {
            if (segment.toString().isEmpty()) {
                continue;
            }
            if (!ObjectKeys.isDecodable(segment)) {
                return null;
            }
            prefix.append(segment).append('/');
        }
        return prefix.toString();
    }

    private void register(Path directory, String prefix) {
        try {
            directory.register(
                    watcher,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            prefixes.put(directory, prefix);
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.debug("Cannot watch {}: {}", directory, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("Closing the folder watch: {}", e.getMessage());
        }
    }
}
