package org.migrationdialogue.pipeline.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Entry point of a worker process: parses the files {@link IsolatedExtractor} sends it, one at a time.
 * Arguments: max characters, max compression ratio, OCR enabled, OCR languages, OCR seconds per page. A crash, hang
 * or OutOfMemoryError ends only this process; the parent sees it and starts another. When the parent is gone (its
 * end of stdin closes, e.g. the service was killed), the worker kills its own children (Tesseract) and exits at
 * once, even in the middle of a parse whose result nobody would read.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {}

    public static void main(String[] args) throws InterruptedException {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // Parsers and libraries that print would corrupt the protocol: their output goes to stderr.
        System.setOut(System.err);
        long maxCompressionRatio = Long.parseLong(args[1]);
        OcrSettings ocr =
                new OcrSettings(Boolean.parseBoolean(args[2]), args[3], Duration.ofSeconds(Long.parseLong(args[4])));
        ExtractionSettings settings = ExtractionSettings.defaults()
                .withMaxChars(Integer.parseInt(args[0]))
                .withMaxCompressionRatio(maxCompressionRatio)
                .withOcr(ocr);
        // POI checks OOXML zip entries itself, before Tika sees any text; a process-wide setting, hence here.
        ZipSecureFile.setMinInflateRatio(1.0 / maxCompressionRatio);
        BlockingQueue<String> requests = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().name("requests").start(() -> readRequests(requests));
        ReportExtractor extractor = new ReportExtractor(settings);
        WarmUp.run(extractor);
        serve(extractor, requests, protocol);
    }

    private static void serve(ReportExtractor extractor, BlockingQueue<String> requests, PrintStream protocol)
            throws InterruptedException {
        protocol.println(WorkerProtocol.READY);
        while (true) {
            WorkerProtocol.Request request = read(requests.take());
            ExtractionResult result = extractor.extractFile(
                    Path.of(request.file()),
                    request.key(),
                    request.contentSha256(),
                    () -> protocol.println(WorkerProtocol.OCR_STARTING));
            protocol.println(WorkerProtocol.write(WorkerProtocol.Reply.of(result)));
        }
    }

    private static WorkerProtocol.Request read(String line) {
        try {
            return WorkerProtocol.read(line, WorkerProtocol.Request.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable request from the service: " + line, e);
        }
    }

    /** Queues each request line; at the end of stdin the parent is gone: stop Tesseract, and this JVM. */
    private static void readRequests(BlockingQueue<String> requests) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                requests.add(line);
            }
        } catch (IOException e) {
            System.err.println("extraction worker: cannot read requests: " + e);
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(0);
    }
}
