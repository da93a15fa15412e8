package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder bucket's root on a real file system: what it lists through a link, and what it refuses to list. */
class FolderBucketTest {

    @TempDir
    Path scratch;

    @Test
    void shouldListTheFolderALinkedRootPointsTo() throws IOException {
        // given a folder with a report, and the upload folder a symbolic link to it
        Path real = Files.createDirectories(scratch.resolve("volume/2014"));
        Files.writeString(real.resolve("som.txt"), "Senior Officials Meeting");
        Path link = Files.createSymbolicLink(scratch.resolve("uploads"), scratch.resolve("volume"));
        // when the bucket is listed, then the report is there under its key
        Listing listing = new FolderBucket("reports", link).list();
        assertEquals("2014/som.txt", listing.objects().getFirst().key());
        assertEquals(1, listing.objects().size());
    }

    @Test
    void shouldRefuseToListAMissingRootRatherThanCallItEmpty() {
        // given an upload folder that does not exist (an unmounted volume)
        FolderBucket missing = new FolderBucket("reports", scratch.resolve("unmounted"));
        // when they are listed, then the listing fails saying so (an empty listing would delete every report)
        IOException error = assertThrows(IOException.class, missing::list);
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    @Test
    void shouldRefuseToListADanglingLinkOrAFile() throws IOException {
        // given an upload folder that is a link to nothing, and one that is a file
        Path dangling = Files.createSymbolicLink(scratch.resolve("dangling"), scratch.resolve("nothing"));
        Path file = Files.writeString(scratch.resolve("file"), "not a folder");
        // when they are listed, then each listing fails with what is wrong
        IOException noTarget = assertThrows(IOException.class, () -> new FolderBucket("reports", dangling).list());
        assertTrue(noTarget.getMessage().contains("symbolic link to a missing folder"), noTarget.getMessage());
        IOException notFolder = assertThrows(IOException.class, () -> new FolderBucket("reports", file).list());
        assertTrue(notFolder.getMessage().contains("is not a folder"), notFolder.getMessage());
    }

    @Test
    void shouldNotListHiddenFolders() throws IOException {
        // given a report next to a hidden folder (a trash, a version-control folder) holding files
        Files.writeString(scratch.resolve("report.txt"), "a report");
        Files.createDirectories(scratch.resolve(".Trash-1000/files"));
        Files.writeString(scratch.resolve(".Trash-1000/files/old.txt"), "an old report");
        // when the bucket is listed, then only the report is there, and no problem either
        Listing listing = new FolderBucket("reports", scratch).list();
        assertEquals(1, listing.objects().size());
        assertEquals(0, listing.problems().size());
    }
}
