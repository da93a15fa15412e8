package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void shouldListTheNamedFilesOnlyWithTheirProblemsAndWithoutTheGoneOnes() throws IOException {
        // given a report, a link and a folder in a sub-folder, and a key that is gone
        Path year = Files.createDirectories(scratch.resolve("2024"));
        Files.writeString(year.resolve("report.txt"), "a report");
        Files.writeString(scratch.resolve("other.txt"), "not asked for");
        Files.createSymbolicLink(year.resolve("link.txt"), year.resolve("report.txt"));
        Files.createDirectories(year.resolve("folder.txt"));
        // when the bucket lists these keys
        Listing listing = new FolderBucket("reports", scratch)
                .list(List.of("2024/report.txt", "2024/link.txt", "2024/folder.txt", "2024/gone.txt", ".hidden.txt"))
                .orElseThrow();
        // then it lists the report, the link as a problem, and nothing for the folder, the gone key or a hidden one
        assertEquals(
                List.of("2024/report.txt"),
                listing.objects().stream().map(BucketObject::key).toList());
        assertEquals(
                List.of("2024/link.txt"),
                listing.problems().stream().map(ListingProblem::key).toList());
        assertEquals(
                new FolderBucket("reports", scratch)
                        .list().objects().stream()
                                .filter(object -> object.key().equals("2024/report.txt"))
                                .toList(),
                listing.objects());
    }

    @Test
    void shouldLeaveKeysItCannotReachOneByOneToAWholeListing() throws IOException {
        // given a key whose way from the root goes through a symbolic link to a folder
        Path real = Files.createDirectories(scratch.resolve("real"));
        Files.writeString(real.resolve("report.txt"), "a report");
        Path uploads = Files.createDirectories(scratch.resolve("uploads"));
        Files.createSymbolicLink(uploads.resolve("linked"), real);
        // when the bucket lists that key, then it cannot say by itself (a whole listing reports the link)
        assertTrue(new FolderBucket("reports", uploads)
                .list(List.of("linked/report.txt"))
                .isEmpty());
    }
}
