package org.migrationdialogue.pipeline.runtime.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.migrationdialogue.pipeline.common.text.ControlCharacters;

/**
 * The last lines of a service's log, as {@code status} shows them for a service that is down: the stack frames
 * left out (the error lines say what happened, and a trace would push them off the screen), control characters
 * escaped. Reads only the end of the file, however long the log has grown.
 */
final class LogTail {

    /** The end of the log that is read: enough for many lines of messages, a trifle for a log of any size. */
    private static final int TAIL_BYTES = 64 * 1024;

    private LogTail() {}

    /** At most {@code count} last lines of the file; none if it does not exist or cannot be read. */
    static List<String> of(Path log, int count) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            List<String> lines =
                    new ArrayList<>(Arrays.asList(new String(tail, StandardCharsets.UTF_8).split("\r?\n")));
            if (start > 0 && !lines.isEmpty()) {
                lines.removeFirst();
            }
            return last(lines, count);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The last {@code count} lines that are not blank and not stack frames, escaped. */
    static List<String> last(List<String> lines, int count) {
        List<String> kept = lines.stream()
                .filter(line -> !line.isBlank() && !isStackFrame(line))
                .map(ControlCharacters::escape)
                .toList();
        return kept.subList(Math.max(0, kept.size() - count), kept.size());
    }

    private static boolean isStackFrame(String line) {
        String stripped = line.strip();
        return (Character.isWhitespace(line.charAt(0)) && stripped.startsWith("at "))
                || stripped.matches("\\.\\.\\. \\d+ (more|common frames omitted)");
    }
}
