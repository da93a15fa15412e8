package org.migrationdialogue.pipeline.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path folder;

    @Test
    void shouldShowTheLastMessagesOfALogWithoutItsStackFrames() throws IOException {
        // given the log of a service that failed, a long history before it
        Path log = folder.resolve("index-service.log");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("2026-12-01T10:00:00.000Z INFO  [index-loop] o.m.p.index - indexed batch ")
                    .append(i)
                    .append('\n');
        }
        text.append("""
                2026-12-01T10:05:00.000Z ERROR [index-loop] o.m.p.common.service.ServiceLoop - index-loop died: Cannot publish
                java.lang.IllegalStateException: Cannot publish the dead letter of r-1\u001B[2J
                \tat org.migrationdialogue.pipeline.common.topics.DeadLetterSender.send(DeadLetterSender.java:36)
                \tat java.base/java.lang.Thread.run(Thread.java:1474)
                \t... 3 more
                2026-12-01T10:05:01.000Z ERROR [main] o.m.p.common.service.ServiceRunner - index-service failed; exiting with code 3
                """);
        Files.writeString(log, text);
        // when its last four lines are asked for
        List<String> lines = LogTail.of(log, 4);
        // then they are the last messages, frames left out and control characters escaped
        assertEquals(
                List.of(
                        "2026-12-01T10:00:00.000Z INFO  [index-loop] o.m.p.index - indexed batch 4999",
                        "2026-12-01T10:05:00.000Z ERROR [index-loop] o.m.p.common.service.ServiceLoop - index-loop died: Cannot publish",
                        "java.lang.IllegalStateException: Cannot publish the dead letter of r-1\\u001B[2J",
                        "2026-12-01T10:05:01.000Z ERROR [main] o.m.p.common.service.ServiceRunner - index-service failed; exiting with code 3"),
                lines);
    }

    @Test
    void shouldShowNothingForALogThatDoesNotExist() {
        assertEquals(List.of(), LogTail.of(folder.resolve("missing.log"), 8));
    }
}
