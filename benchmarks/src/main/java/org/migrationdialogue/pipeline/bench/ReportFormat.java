package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationdialogue.pipeline.testing.PdfReport;

/** The file formats of the corpus, each with its writer. */
enum ReportFormat {
    PDF("pdf") {
        @Override
        void write(ReportText report, Path file) throws IOException {
            PdfReport.write(file, report.title(), PdfReport.lines(report.blocks()));
        }
    },
    DOCX("docx") {
        @Override
        void write(ReportText report, Path file) throws IOException {
            DocxReport.write(report, file);
        }
    },
    TXT("txt") {
        @Override
        void write(ReportText report, Path file) throws IOException {
            Files.writeString(file, String.join("\n\n", report.blocks()) + "\n");
        }
    };

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    abstract void write(ReportText report, Path file) throws IOException;

    /** Half PDF, three in ten DOCX, two in ten text, from a draw in [0, 10). */
    static ReportFormat ofDraw(int draw) {
        if (draw < 5) {
            return PDF;
        }
        return draw < 8 ? DOCX : TXT;
    }
}
