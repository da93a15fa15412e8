package org.migrationdialogue.pipeline.runtime.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pipeline service run as its own process ({@code java -jar <module>/target/<module>.jar}), its output appended
 * to a log file. Stopped with SIGTERM, the way the services stop gracefully.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);

    private final String name;
    private final Path jar;
    private final Path workingDir;
    private final Path logFile;
    private final Map<String, String> environment;
    private final String heap;
    private Process process;
    private int restarts;
    private Instant startedAt;

    public ServiceProcess(String name, Path jar, Path workingDir, Path logFile, Map<String, String> environment,
                          String heap) {
        this.name = name;
        this.jar = jar;
        this.workingDir = workingDir;
        this.logFile = logFile;
        this.environment = Map.copyOf(environment);
        this.heap = heap;
    }

    public String name() {
        return name;
    }

    public synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + name + " at " + jar + ": build it with ./mvnw -q package -DskipTests");
        }
        try {
            Files.createDirectories(logFile.getParent());
            List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx" + heap,
                    "-Djava.io.tmpdir=" + logFile.getParent()));
            command.addAll(JvmFlags.allowLibraryInternals());
            command.addAll(JvmFlags.compileHugeMethods());
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            startedAt = Instant.now();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Restarts the process if it died; returns its exit code when it did. */
    public synchronized Integer restartIfDead() {
        if (process == null || process.isAlive()) {
            return null;
        }
        int exit = process.exitValue();
        restarts++;
        LOG.warn("{} exited with code {}; restarting it (restart {}). Its log: {}", name, exit, restarts, logFile);
        start();
        return exit;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized int restarts() {
        return restarts;
    }

    public synchronized Instant startedAt() {
        return startedAt;
    }

    public Path logFile() {
        return logFile;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Sends SIGTERM and waits for a graceful stop; kills the process only if it does not stop in time. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        GracefulStop.stop(process, STOP_TIMEOUT, name);
        process = null;
    }

    /** The modules started as services, in start order: the search page last, once there is something to show. */
    public static List<String> serviceModules() {
        return List.of("index-service", "enrich-service", "ingest-service", SEARCH_WEB);
    }

    /** The search page's module: a service like the others, started unless SEARCH_WEB_PORT is 0. */
    public static final String SEARCH_WEB = "search-web";
}
