package org.migrationdialogue.pipeline.bench;

import org.migrationdialogue.pipeline.runtime.local.JvmFlags;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An extra instance of a service beside the ones {@code up} supervises: {@code java -Xmx512m -jar
 * <module>/target/<module>.jar} with the given environment, its output in a log file; stopped with SIGTERM.
 */
final class ServiceInstance implements AutoCloseable {

    private final Process process;

    private ServiceInstance(Process process) {
        this.process = process;
    }

    static ServiceInstance start(Path repoRoot, String module, Map<String, String> environment, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(LocalStack.java(), "-Xmx512m",
                "-Djava.io.tmpdir=" + log.getParent()));
        command.addAll(JvmFlags.allowLibraryInternals());
        command.addAll(List.of("-jar", repoRoot.resolve(module + "/target/" + module + ".jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repoRoot.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ServiceInstance(builder.start());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
