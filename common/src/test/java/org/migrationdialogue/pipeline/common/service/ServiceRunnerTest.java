package org.migrationdialogue.pipeline.common.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServiceRunnerTest {

    private static final long PATIENCE_SECONDS = 20;

    @Test
    void shouldCloseTheServiceAndAskForARestartWhenItsLoopDies() throws Exception {
        // given a service whose loop dies of an error once it runs
        CountDownLatch die = new CountDownLatch(1);
        OneLoopService service = new OneLoopService(() -> {
            block(die);
            throw new IllegalStateException("Cannot publish the dead letter of r-1");
        });
        // when the runner runs it and the loop dies
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(new ServiceRunner(service, 0)::runUntilStopped);
        die.countDown();
        // then the runner closes the service and returns the failure exit code
        assertEquals(ServiceRunner.FAILURE_EXIT_CODE, exit.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(service.closed.get(), "the service (and its clients) closed");
        assertTrue(service.failure().orElseThrow().contains("Cannot publish the dead letter of r-1"));
    }

    @Test
    void shouldAskForARestartWhenALoopReturnsWithoutBeingStopped() throws Exception {
        // given a service whose loop returns on its own
        OneLoopService service = new OneLoopService(() -> {});
        // when the runner runs it
        int exit = CompletableFuture.supplyAsync(new ServiceRunner(service, 0)::runUntilStopped)
                .get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        // then that is a failure too
        assertEquals(ServiceRunner.FAILURE_EXIT_CODE, exit);
        assertTrue(service.closed.get());
    }

    @Test
    void shouldStopCleanlyWithExitCodeZeroWhenAskedToStop() throws Exception {
        // given a healthy service running
        CountDownLatch stopLoop = new CountDownLatch(1);
        OneLoopService service = new OneLoopService(() -> block(stopLoop), stopLoop::countDown);
        ServiceRunner runner = new ServiceRunner(service, 0);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        await().atMost(Duration.ofSeconds(PATIENCE_SECONDS)).until(service.loop::isAlive);
        // when it is asked to stop (what the SIGTERM hook does)
        runner.stop();
        // then it was closed before stop() returned, and the process would exit 0
        assertTrue(service.closed.get());
        assertEquals(0, exit.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(service.failure().isEmpty());
    }

    @Test
    void shouldAskForARestartWhenTheServiceCannotStart() throws Exception {
        // given a service whose start fails (a broker that refuses it, a taken port)
        OneLoopService service = new OneLoopService(() -> {}) {
            @Override
            public void start() {
                throw new IllegalStateException("cannot start");
            }
        };
        // when the runner runs it, then it closes what was opened and fails
        assertEquals(
                ServiceRunner.FAILURE_EXIT_CODE,
                CompletableFuture.supplyAsync(new ServiceRunner(service, 0)::runUntilStopped)
                        .get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(service.closed.get());
    }

    private static void block(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A service with one loop, as the ingest- and index-service have. */
    private static class OneLoopService implements Service {
        final ServiceLoop loop;
        final AtomicBoolean closed = new AtomicBoolean();

        OneLoopService(Runnable body) {
            this(body, () -> {});
        }

        OneLoopService(Runnable body, Runnable stop) {
            loop = new ServiceLoop("test-loop", body, stop);
        }

        @Override
        public String name() {
            return "test-service";
        }

        @Override
        public void start() {
            loop.start();
        }

        @Override
        public Health health() {
            return new Health(loop.isAlive(), Map.of());
        }

        @Override
        public Optional<String> failure() {
            return loop.failure();
        }

        @Override
        public void close() {
            loop.stop(Duration.ofSeconds(5));
            closed.set(true);
        }
    }
}
