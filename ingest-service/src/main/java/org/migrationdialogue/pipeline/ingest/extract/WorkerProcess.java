package org.migrationdialogue.pipeline.ingest.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker JVM, seen from the service: sends it requests, waits for replies with a deadline, kills it (and the
 * Tesseract it may be running) when the deadline passes. Used by one thread at a time.
 */
final class WorkerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    /** What the reply pump queues when the worker's stdout ends: the worker is gone. */
    private static final Optional<String> END = Optional.empty();
    /** JVM exit code after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final Process process;
    private final BufferedWriter requests;
    private final BlockingQueue<Optional<String>> replies = new LinkedBlockingQueue<>();
    private volatile boolean killed;

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread.ofPlatform().daemon().name("extract-worker-" + process.pid()).start(new ReplyPump(process, replies));
    }

    /** Launches the JVM; it loads Tika in the background, {@link #awaitReady} waits for that. */
    static WorkerProcess launch(WorkerCommand command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command.line()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(command.environment());
        Process process = builder.start();
        LOG.info("started extraction worker pid {}", process.pid());
        return new WorkerProcess(process);
    }

    /** Whether the worker said it is ready within {@code timeout}. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        Optional<String> line = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return line != null && line.filter(WorkerProtocol.READY::equals).isPresent();
    }

    boolean isAlive() {
        return !killed && process.isAlive();
    }

    /**
     * Extracts within {@code timeout}, plus {@code perOcrRun} for each page or image the worker says Tesseract is
     * about to read: a 40-page scan gets 40 times more time than a text PDF, a text PDF no more for OCR existing.
     */
    ExtractionResult extract(WorkerProtocol.Request request, Duration timeout, Duration perOcrRun)
            throws InterruptedException {
        try {
            requests.write(WorkerProtocol.write(request));
            requests.newLine();
            requests.flush();
        } catch (IOException e) {
            return diedWhileParsing();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        int ocrRuns = 0;
        while (true) {
            Optional<String> reply = replies.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (reply == null) {
                close();
                long allowed = timeout.plus(perOcrRun.multipliedBy(ocrRuns)).toMillis();
                return Failed.poison(
                        Stage.PARSE,
                        "parse timed out after " + allowed + " ms"
                                + (ocrRuns == 0 ? "" : " (" + ocrRuns + " pages or images read by OCR)")
                                + "; worker killed");
            }
            if (reply.filter(WorkerProtocol.OCR_STARTING::equals).isEmpty()) {
                return reply.map(WorkerProtocol::readReply).orElseGet(this::diedWhileParsing);
            }
            ocrRuns++;
            deadline += perOcrRun.toNanos();
        }
    }

    private ExtractionResult diedWhileParsing() {
        int exit = exitCode();
        String cause = exit == OUT_OF_MEMORY_EXIT ? "out of memory" : "crashed";
        LOG.warn("extraction worker pid {} {} (exit code {})", process.pid(), cause, exit);
        return Failed.poison(Stage.PARSE, "parser " + cause + " (worker exit code " + exit + ")");
    }

    private int exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Kills the worker and what it runs: Tesseract is a child of the worker, and would go on reading its page for
     * nobody once the worker is gone (its children are listed first: a dead worker's children are no longer its
     * descendants).
     */
    @Override
    public void close() {
        killed = true;
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            requests.close();
        } catch (IOException e) {
            LOG.debug("closing the requests of worker pid {}", process.pid(), e);
        }
    }

    /**
     * Moves the worker's reply lines into a queue, so the service can wait for them with a deadline. The JVM
     * itself writes to the same stdout ("Terminating due to java.lang.OutOfMemoryError"); such lines are
     * logged, not queued.
     */
    private record ReplyPump(Process process, BlockingQueue<Optional<String>> replies) implements Runnable {

        @Override
        public void run() {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(this::accept);
            } catch (IOException | UncheckedIOException e) {
                LOG.debug("reply stream of worker pid {} ended", process.pid(), e);
            } finally {
                replies.add(END);
            }
        }

        private void accept(String line) {
            if (WorkerProtocol.isMessage(line)) {
                replies.add(Optional.of(line));
            } else {
                LOG.warn("extraction worker pid {}: {}", process.pid(), line);
            }
        }
    }
}
