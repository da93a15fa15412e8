package org.migrationdialogue.pipeline.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.migrationdialogue.pipeline.common.bucket.BucketFiles;

/** On the first {@code up}, the seed reports go into the upload folder like any upload. */
final class SeedLoader {

    private static final String MARKER = "seeds-loaded";

    private SeedLoader() {}

    static void loadOnFirstStart(PipelineHome home, boolean skip, PrintStream out) {
        Path marker = home.dataDir().resolve(MARKER);
        if (skip || Files.exists(marker)) {
            return;
        }
        try (Stream<Path> files = Files.list(home.seedsDir())) {
            List<Path> seeds = files.filter(Files::isRegularFile).sorted().toList();
            for (Path seed : seeds) {
                BucketFiles.copyAtomically(
                        seed,
                        home.uploadDir()
                                .resolve("seeds")
                                .resolve(seed.getFileName().toString()));
            }
            Files.writeString(marker, "seeds copied to " + home.uploadDir().resolve("seeds") + "\n");
            out.println("Ingesting the " + seeds.size() + " seed reports (copied to "
                    + home.uploadDir().resolve("seeds") + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the seeds from " + home.seedsDir(), e);
        }
    }
}
