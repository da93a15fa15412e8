package org.migrationdialogue.pipeline.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback port checks, so a taken port gives a clear message instead of a bind stack trace. */
public final class Ports {

    private Ports() {}

    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Port " + port + " on 127.0.0.1, wanted by " + what
                            + ", is already in use. Stop what uses it or choose another port.",
                    e);
        }
    }

    /** A port the operating system says is free now (for tests that must not clash with a running pipeline). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
