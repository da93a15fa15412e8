package org.migrationdialogue.pipeline.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Entry point of a worker process: parses the files {@link IsolatedExtractor} sends it, one at a time.
 * Arguments: max characters, max compression ratio. A crash, hang or OutOfMemoryError ends only this
 * process; the parent sees it and starts another.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // Parsers and libraries that print would corrupt the protocol: their output goes to stderr.
        System.setOut(System.err);
        long maxCompressionRatio = Long.parseLong(args[1]);
        ExtractionSettings settings = ExtractionSettings.defaults().withMaxChars(Integer.parseInt(args[0]))
                .withMaxCompressionRatio(maxCompressionRatio);
        // POI checks OOXML zip entries itself, before Tika sees any text; a process-wide setting, hence here.
        ZipSecureFile.setMinInflateRatio(1.0 / maxCompressionRatio);
        ReportExtractor extractor = new ReportExtractor(settings);
        WarmUp.run(extractor);
        serve(extractor, protocol);
    }

    private static void serve(ReportExtractor extractor, PrintStream protocol) throws IOException {
        protocol.println(WorkerProtocol.READY);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            WorkerProtocol.Request request = WorkerProtocol.read(line, WorkerProtocol.Request.class);
            ExtractionResult result = extractor.extractFile(Path.of(request.file()), request.key(),
                    request.contentSha256());
            protocol.println(WorkerProtocol.write(WorkerProtocol.Reply.of(result)));
        }
    }
}
