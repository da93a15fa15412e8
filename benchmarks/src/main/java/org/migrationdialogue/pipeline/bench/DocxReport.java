package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes a report as a real DOCX (Apache POI): one Word paragraph per block, the title in the properties. */
final class DocxReport {

    private DocxReport() {}

    static void write(ReportText report, Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            docx.getProperties().getCoreProperties().setTitle(report.title());
            for (String block : report.blocks()) {
                docx.createParagraph().createRun().setText(block);
            }
            docx.write(out);
        }
    }
}
