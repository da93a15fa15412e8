package org.migrationdialogue.pipeline.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.runtime.local.JvmFlags;

/** Runs a {@code pipeline} subcommand the way the script does, and returns what it printed (it must succeed). */
final class CliProcess {

    private CliProcess() {}

    static String run(Path repoRoot, Map<String, String> environment, Path logs, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Dpipeline.home=" + repoRoot,
                "-Dlogback.configurationFile=pipeline-cli-logback.xml",
                "-Dpipeline.logs=" + logs));
        command.addAll(JvmFlags.allowLibraryInternals());
        command.addAll(List.of(
                "-jar",
                repoRoot.resolve("pipeline-runtime/target/pipeline-runtime.jar").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
