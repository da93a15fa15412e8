package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.time.Duration;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A place in the worker pool: holds a worker process, replacing it when it has died or was killed.
 * Used by one thread at a time.
 */
final class WorkerSlot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerSlot.class);

    private WorkerProcess worker;
    private boolean ready;

    private WorkerSlot(WorkerProcess worker) {
        this.worker = worker;
    }

    /** A slot whose worker starts now; a failed launch shows on first use. */
    static WorkerSlot launching(WorkerCommand command) {
        return new WorkerSlot(launch(command));
    }

    ExtractionResult extract(
            WorkerProtocol.Request request,
            WorkerCommand command,
            Duration startTimeout,
            Duration parseTimeout,
            Duration perOcrRun) {
        try {
            if (!ensureReady(command, startTimeout)) {
                close();
                return Failed.fatal(
                        Stage.WORKER, "extraction worker did not start: " + String.join(" ", command.line()));
            }
            return worker.extract(request, parseTimeout, perOcrRun);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return Failed.retriable(Stage.WORKER, "interrupted while extracting");
        }
    }

    private boolean ensureReady(WorkerCommand command, Duration startTimeout) throws InterruptedException {
        if (worker != null && ready && worker.isAlive()) {
            return true;
        }
        if (worker == null || !worker.isAlive()) {
            close();
            worker = launch(command);
        }
        ready = worker != null && worker.awaitReady(startTimeout);
        return ready;
    }

    /** The new worker, or null when the JVM cannot even be launched (reported as FATAL on use). */
    private static WorkerProcess launch(WorkerCommand command) {
        try {
            return WorkerProcess.launch(command);
        } catch (IOException e) {
            LOG.error("cannot launch extraction worker {}", command.line(), e);
            return null;
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
        worker = null;
        ready = false;
    }
}
