package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the scanner as soon as anything changes in the upload folder or its sub-folders. Watches the real folder (the
 * configured one may be a link to it), and registers the tree again after every wait, so that new sub-folders, and a
 * folder that was missing and is back, are watched.
 */
public final class FolderChangeTrigger implements ScanTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(FolderChangeTrigger.class);

    private final FolderBucket folder;
    private final WatchService watcher;

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
    public boolean await(Duration atMost) throws InterruptedException {
        try {
            WatchKey key = watcher.poll(atMost.toMillis(), TimeUnit.MILLISECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
            registerTree();
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Registers every folder of the tree; registering one twice is harmless, new sub-folders are picked up. */
    private void registerTree() {
        try {
            Files.walkFileTree(folder.realRoot(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    register(directory);
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

    private void register(Path directory) {
        try {
            directory.register(
                    watcher,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
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
