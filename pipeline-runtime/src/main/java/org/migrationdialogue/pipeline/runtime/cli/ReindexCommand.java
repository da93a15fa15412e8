package org.migrationdialogue.pipeline.runtime.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.migrationdialogue.pipeline.runtime.local.JvmFlags;
import picocli.CommandLine.Command;

/** {@code pipeline reindex}: runs the index-service's reindex (new index version, atomic alias swap). */
@Command(
        name = "reindex",
        description = "Rebuild the Elasticsearch indices into a new version by replaying "
                + "reports.enriched, then swap the aliases atomically; searches keep working meanwhile.")
final class ReindexCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Path jar = PipelineHome.current().serviceJar("index-service");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No index-service at " + jar + ": build it with ./mvnw -q package -DskipTests");
        }
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(JvmFlags.allowLibraryInternals());
        command.addAll(List.of("-jar", jar.toString(), "reindex"));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
