package org.migrationdialogue.pipeline.runtime.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's restarts, with a real child process that crashes as soon as it starts. */
class ServiceProcessIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void shouldRestartACrashingServiceLaterAndLaterAndSaySo() throws IOException {
        // given a service whose jar has no main class: `java -jar` exits with code 1 at once, every time
        ServiceProcess service = new ServiceProcess(
                "crashing-service",
                jarWithoutMainClass(),
                folder,
                folder.resolve("logs/crashing-service.log"),
                Map.of(),
                "64m");
        service.start();
        try {
            // when the supervisor looks after it crashed
            Instant first = awaitDeath(service);
            ServiceProcess.Event crash = service.supervise(first).orElseThrow();
            // then it waits 2 s before the first restart, and says so
            ServiceProcess.Crashed crashed = assertInstanceOf(ServiceProcess.Crashed.class, crash);
            assertEquals(1, crashed.exitCode());
            assertEquals(Duration.ofSeconds(2), crashed.restartIn());
            assertEquals(
                    "crashing-service died (exit code 1); restarting in 2 s (crashed 1 time). See " + service.logFile()
                            + " or ./pipeline status",
                    crash.describe());
            assertEquals(Optional.empty(), service.supervise(first.plusSeconds(1)), "no restart before its time");
            assertInstanceOf(
                    ServiceProcess.Restarted.class,
                    service.supervise(first.plusSeconds(2)).orElseThrow());
            // and after the second crash it waits twice as long
            Instant second = awaitDeath(service);
            ServiceProcess.Crashed again = assertInstanceOf(
                    ServiceProcess.Crashed.class, service.supervise(second).orElseThrow());
            assertEquals(Duration.ofSeconds(4), again.restartIn());
            assertEquals(2, again.crashes());
            assertEquals(Optional.empty(), service.supervise(second.plusSeconds(3)));
            assertInstanceOf(
                    ServiceProcess.Restarted.class,
                    service.supervise(second.plusSeconds(4)).orElseThrow());
            assertEquals(2, service.restarts());
            // and what it printed is in its log, where `pipeline status` finds it
            assertTrue(Files.readString(service.logFile()).contains("no main manifest attribute"));
        } finally {
            service.close();
        }
    }

    private static Instant awaitDeath(ServiceProcess service) {
        await().atMost(PATIENCE).until(() -> !service.isAlive());
        return Instant.now();
    }

    private Path jarWithoutMainClass() throws IOException {
        Path jar = folder.resolve("crashing-service.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
