package org.migrationdialogue.pipeline.ingest.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Whether the Tesseract OCR engine, which Tika's TesseractOCRParser runs, is on the PATH. */
final class Tesseract {

    private Tesseract() {
    }

    static boolean isInstalled() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "tesseract"))
                .anyMatch(Files::isExecutable);
    }
}
