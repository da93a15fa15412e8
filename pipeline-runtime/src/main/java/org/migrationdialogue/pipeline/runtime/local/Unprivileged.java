package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Elasticsearch refuses to run as root: as root, child servers run as {@code nobody} through setpriv. */
final class Unprivileged {

    static final String USER = "nobody";
    static final String GROUP = "nogroup";

    private Unprivileged() {}

    static boolean needed() {
        return "root".equals(System.getProperty("user.name"));
    }

    static List<String> prefix() {
        return needed() ? List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups") : List.of();
    }

    /**
     * As root, checks that the unprivileged user can run the server and write its data: every folder on the way
     * must be searchable by others (a clone under /root is not), which the server itself reports only obscurely.
     */
    static void requireAccess(Path executable, Path writableFolder) {
        if (!needed()) {
            return;
        }
        List<String> command = new ArrayList<>(prefix());
        command.addAll(List.of("test", "-x", executable.toString(), "-a", "-w", writableFolder.toString()));
        try {
            if (new ProcessBuilder(command).start().waitFor() != 0) {
                throw new IllegalStateException("Elasticsearch runs as '" + USER + "' (it refuses root), and '" + USER
                        + "' cannot reach " + executable + " or write " + writableFolder + ". Let others search the "
                        + "folders on the way (e.g. chmod o+x on each parent folder) or move the clone.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run setpriv to start Elasticsearch as '" + USER + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking access for '" + USER + "'", e);
        }
    }
}
