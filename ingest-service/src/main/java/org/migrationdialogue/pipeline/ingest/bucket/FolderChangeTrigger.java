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
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 *
 * <p>What no event announced is caught at a time-out, at the cost of one stat a folder rather than a whole listing: a
 * folder whose modification time is not the one seen with its last events (a file added, deleted or renamed on a file
 * system that sends no change events, such as a network mount) wakes the scanner for a whole listing. Only a file
 * rewritten in place on such a file system leaves its folder's time alone: the whole folder is listed once every
 * {@link #WHOLE_LISTING} for it.
 */
public final class FolderChangeTrigger implements ScanTrigger {

    /**
     * How long the scanner waits for an event before it compares the folders' modification times with those seen
     * (one stat a folder: a folder of 20,000 reports in 20 sub-folders costs 21 stats).
     */
    public static final Duration RESCAN = Duration.ofSeconds(60);

    /**
     * How long the events and the folders' times are trusted before the whole folder is listed again, for a file
     * rewritten in place by another host on a network mount (this host's watch sends no event for it, and its folder's
     * time does not change). A whole listing of 20,000 files costs about 190 ms of CPU (docs/benchmarks.md): once a
     * minute, that was 100 times what an idle empty folder costs; once every 6 hours, 0.5 ms a minute.
     */
    public static final Duration WHOLE_LISTING = Duration.ofHours(6);

    private static final Logger LOG = LoggerFactory.getLogger(FolderChangeTrigger.class);
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final FolderBucket folder;
    private final Clock clock;
    private final WatchService watcher;
    /** Each watched folder. */
    private final Map<Path, Watched> watched = new HashMap<>();

    private Path watchedRoot;
    private Instant wholeListingDue;

    /**
     * A watched folder.
     *
     * @param prefix its key prefix ("" or "2024/"); null for a folder whose name is not UTF-8
     * @param modified its modification time when it was registered, or when its last events were taken
     */
    private record Watched(String prefix, FileTime modified) {}

    public FolderChangeTrigger(FolderBucket folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
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
            Wake wake = first == null ? quiet() : drain(first);
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

    /**
     * No event came: nothing changed, unless a folder's modification time says otherwise (a file system without
     * change events), or the whole listing is due.
     */
    private Wake quiet() {
        if (!clock.instant().isBefore(wholeListingDue) || changedUnannounced()) {
            return Wake.anything();
        }
        return Wake.none();
    }

    private boolean changedUnannounced() {
        for (Map.Entry<Path, Watched> entry : watched.entrySet()) {
            if (!entry.getValue().modified().equals(modified(entry.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** A folder's modification time now; null when it cannot be read (it is gone). */
    private static FileTime modified(Path directory) {
        try {
            return Files.getLastModifiedTime(directory, NOFOLLOW);
        } catch (IOException e) {
            return null;
        }
    }

    /** The changes of this key and of every other that is ready now. */
    private Wake drain(WatchKey first) {
        Set<String> keys = new HashSet<>();
        boolean anything = false;
        for (WatchKey key = first; key != null; key = watcher.poll()) {
            Path directory = (Path) key.watchable();
            Watched known = watched.get(directory);
            String prefix = known == null ? null : known.prefix();
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
                watched.remove(directory);
                anything = true;
            } else if (known != null) {
                // after its events were taken: a change after this stat sends events of its own
                watched.put(directory, new Watched(prefix, modified(directory)));
            }
        }
        return anything ? Wake.anything() : Wake.of(keys);
    }

    /** The key of a file that changed in a watched folder; null when it is, or was, a folder, or its name is not UTF-8. */
    private String fileKey(Path directory, String prefix, Path name) {
        Path child = directory.resolve(name);
        if (!ObjectKeys.isDecodable(name) || Files.isDirectory(child, NOFOLLOW) || watched.containsKey(child)) {
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

    /**
     * Registers every folder of the tree with its time now; registering one twice is harmless, new sub-folders are
     * picked up, folders that are gone are forgotten.
     */
    private void registerTree() {
        Path root = watchedRoot();
        watchedRoot = root;
        // the scanner lists the whole folder now: at start, and after each wake that asks for it
        wholeListingDue = clock.instant().plus(WHOLE_LISTING);
        watched.clear();
        if (root == null) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    register(directory, new Watched(prefixOf(root, directory), attributes.lastModifiedTime()));
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

    private void register(Path directory, Watched folder) {
        try {
            directory.register(
                    watcher,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            watched.put(directory, folder);
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
