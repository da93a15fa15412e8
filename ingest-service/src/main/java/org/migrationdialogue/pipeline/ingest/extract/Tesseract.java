package org.migrationdialogue.pipeline.ingest.extract;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract OCR engine as installed on this host: Tika's TesseractOCRParser runs the {@code tesseract} it finds
 * on the PATH, so this looks there too, and asks it its version and languages.
 */
final class Tesseract {

    /** `tesseract --version` and `--list-langs` answer in milliseconds; longer means it is broken. */
    private static final long ANSWER_SECONDS = 20;

    private Tesseract() {}

    /** The {@code tesseract} executable in the first folder of {@code path} that has one. */
    static Optional<Path> find(String path) {
        return Arrays.stream(Optional.ofNullable(path).orElse("").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "tesseract"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** "tesseract 5.3.0": the first line of {@code tesseract --version}. */
    static String version(Path executable) throws IOException {
        return run(executable, "--version").stream()
                .filter(line -> line.startsWith("tesseract"))
                .findFirst()
                .orElseThrow(() -> new IOException(executable + " --version does not name a version"));
    }

    /** The installed language codes ("eng", "fra", "osd"), from {@code tesseract --list-langs}. */
    static List<String> languages(Path executable) throws IOException {
        return run(executable, "--list-langs").stream()
                .filter(line -> line.matches("[A-Za-z_]+"))
                .toList();
    }

    private static List<String> run(Path executable, String option) throws IOException {
        Process process = new ProcessBuilder(executable.toString(), option)
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(executable + " " + option + " failed: " + output.strip());
            }
            return output.lines().map(String::strip).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + executable, e);
        } finally {
            process.destroyForcibly();
        }
    }
}
