package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pipeline service run as its own process ({@code java -jar <module>/target/<module>.jar}), its output appended
 * to a log file. Stopped with SIGTERM, the way the services stop gracefully. When it dies, {@link #supervise} starts
 * it again after a {@link RestartBackoff}.
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
    private final RestartBackoff backoff = new RestartBackoff();
    private Process process;
    private int restarts;
    private Instant startedAt;
    private Instant restartAt;

    /** What {@link #supervise} saw or did. */
    public sealed interface Event {
        ServiceProcess service();

        /** One line for a person watching the supervisor, e.g. the progress of {@code pipeline up}. */
        String describe();
    }

    /** The process had died; it starts again in {@code restartIn}. */
    public record Crashed(ServiceProcess service, int exitCode, int crashes, Duration restartIn) implements Event {
        @Override
        public String describe() {
            return service.name() + " died (exit code " + exitCode + "); restarting in " + restartIn.toSeconds()
                    + " s (crashed " + times(crashes) + "). See " + service.logFile() + " or ./pipeline status";
        }
    }

    /** The process was started again after a crash. */
    public record Restarted(ServiceProcess service, int crashes) implements Event {
        @Override
        public String describe() {
            return "Restarted " + service.name() + " (pid " + service.pid() + ", crashed " + times(crashes) + ")";
        }
    }

    private static String times(int count) {
        return count == 1 ? "1 time" : count + " times";
    }

    public ServiceProcess(
            String name, Path jar, Path workingDir, Path logFile, Map<String, String> environment, String heap) {
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
            throw new IllegalStateException(
                    "No " + name + " at " + jar + ": build it with ./mvnw -q package -DskipTests");
        }
        try {
            Files.createDirectories(logFile.getParent());
            List<String> command =
                    new ArrayList<>(List.of(javaCommand(), "-Xmx" + heap, "-Djava.io.tmpdir=" + logFile.getParent()));
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
            restartAt = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /**
     * One round of supervision at {@code now}: a process found dead is given a restart time by the backoff
     * ({@link Crashed}); once that time has come it is started again ({@link Restarted}).
     */
    public synchronized Optional<Event> supervise(Instant now) {
        if (process == null || process.isAlive()) {
            return Optional.empty();
        }
        if (restartAt == null) {
            int exit = process.exitValue();
            Duration wait = backoff.crashed(Duration.between(startedAt, now));
            restartAt = now.plus(wait);
            LOG.info(
                    "{} exited with code {} (crash {}); restarting it in {} s. Its log: {}",
                    name,
                    exit,
                    backoff.crashes(),
                    wait.toSeconds(),
                    logFile);
            return Optional.of(new Crashed(this, exit, backoff.crashes(), wait));
        }
        if (now.isBefore(restartAt)) {
            return Optional.empty();
        }
        restarts++;
        start();
        return Optional.of(new Restarted(this, backoff.crashes()));
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
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
