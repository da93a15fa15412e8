package org.migrationdialogue.pipeline.system;

import org.migrationdialogue.pipeline.bench.PdfReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a small report as a real PDF, one line of text per line, as a user would upload it. */
public final class ReportPdf {

    private ReportPdf() {
    }

    /** Writes under a hidden name, then renames, so the folder watcher sees the file complete. */
    public static void write(Path target, String title, List<String> lines) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        PdfReport.write(partial, title, lines);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
