package org.migrationdialogue.pipeline.system.faults;

import org.migrationdialogue.pipeline.system.ReportPdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Bad uploads, built by code, each with the words its dead letter's reason must contain (the reasons of
 * ingest-service's {@code BadInputCorpus}).
 */
final class BadFiles {

    private static final long SEED = 20140626L;

    private BadFiles() {
    }

    /** Writes the bad files under {@code faults/<batch>/bad/}; returns key to expected reason. */
    static Map<String, String> write(Path uploads, String batch) throws IOException {
        String prefix = FaultCorpus.prefix(batch) + "bad/";
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put(write(uploads, prefix + "empty.pdf", new byte[0]), "empty");
        reasons.put(write(uploads, prefix + "truncated.pdf", truncatedPdf(uploads)), "corrupt");
        reasons.put(write(uploads, prefix + "garbage.pdf", randomBytes()), "unsupported type application/octet-stream");
        reasons.put(write(uploads, prefix + "blank.txt", "   \n\n \t \n".getBytes(StandardCharsets.UTF_8)), "no text");
        reasons.put(write(uploads, prefix + "notes.txt.gz", gzip("Meeting notes, compressed.")), "unsupported type application/gzip");
        return reasons;
    }

    private static String write(Path uploads, String key, byte[] content) throws IOException {
        Path target = uploads.resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.write(partial, content);
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    private static byte[] truncatedPdf(Path uploads) throws IOException {
        Path whole = uploads.resolveSibling("whole.pdf");
        ReportPdf.write(whole, "Truncated report", List.of("A report that will lose its end.", "", "Page text."));
        byte[] pdf = Files.readAllBytes(whole);
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[64 * 1024];
        new Random(SEED).nextBytes(bytes);
        return bytes;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
