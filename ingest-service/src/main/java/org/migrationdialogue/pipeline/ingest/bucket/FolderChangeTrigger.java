package org.migrationdialogue.pipeline.ingest.bucket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Wakes the scanner as soon as anything changes in the upload folder or its sub-folders. */
public final class FolderChangeTrigger implements ScanTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(FolderChangeTrigger.class);

    private final Path root;
    private final WatchService watcher;

    public FolderChangeTrigger(Path root) {
        this.root = root;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + root, e);
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
                registerTree();
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Registers every folder of the tree; registering one twice is harmless, new sub-folders are picked up. */
    private void registerTree() {
        try (Stream<Path> folders = Files.walk(root)) {
            folders.filter(Files::isDirectory).forEach(this::register);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Folder tree changed while registering watches: {}", e.getMessage());
        }
    }

    private void register(Path folder) {
        try {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.debug("Cannot watch {}: {}", folder, e.getMessage());
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
