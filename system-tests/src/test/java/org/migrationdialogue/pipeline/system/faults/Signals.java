package org.migrationdialogue.pipeline.system.faults;

import java.io.IOException;
import java.util.List;

/** POSIX signals to processes the test did not start itself (children of {@code pipeline up}). */
final class Signals {

    private Signals() {}

    static void send(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        for (ProcessHandle process : processes) {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited with " + exit);
            }
        }
    }
}
