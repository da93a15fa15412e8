package org.migrationdialogue.pipeline.common.service;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One loop of a service on a thread of its own. The loop is meant to run until it is stopped; if it ends any other
 * way (an error escaped it, or it returned on its own) it is dead, {@link #failure()} says why, and the service
 * reports it as its own failure so that {@link ServiceRunner} exits and the supervisor restarts the process.
 */
public final class ServiceLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLoop.class);

    private final String name;
    private final Runnable stop;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile Throwable error;

    /**
     * @param body the loop; it runs until {@code stop} makes it return
     * @param stop asks the loop to return (from another thread)
     */
    public ServiceLoop(String name, Runnable body, Runnable stop) {
        this.name = name;
        this.stop = stop;
        this.thread = Thread.ofPlatform().name(name).unstarted(() -> run(body));
    }

    private void run(Runnable body) {
        try {
            body.run();
            if (!stopping) {
                LOG.error("{} ended without being asked to stop", name);
            }
        } catch (RuntimeException | Error e) {
            error = e;
            LOG.error("{} died: {}", name, e.getMessage(), e);
        }
    }

    public void start() {
        thread.start();
    }

    /** Asks the loop to stop and waits until it has, at most {@code timeout}. */
    public void stop(Duration timeout) {
        stopping = true;
        if (thread.getState() == Thread.State.NEW) {
            return;
        }
        stop.run();
        try {
            thread.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("{} did not stop within {} s", name, timeout.toSeconds());
        }
    }

    /** Why the loop is dead, if it is. */
    public Optional<String> failure() {
        if (error != null) {
            return Optional.of(name + " died: " + error.getMessage());
        }
        if (!stopping && thread.getState() == Thread.State.TERMINATED) {
            return Optional.of(name + " ended without being asked to stop");
        }
        return Optional.empty();
    }

    public boolean isAlive() {
        return thread.isAlive();
    }
}
