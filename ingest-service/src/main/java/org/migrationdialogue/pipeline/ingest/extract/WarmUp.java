package org.migrationdialogue.pipeline.ingest.extract;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.List;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts one small sample of each supported format once, before a worker says it is ready. Otherwise the first
 * document of each format pays for loading and compiling its parser (about a second for the first DOCX of a
 * worker), and that document may well be a user's lone upload waiting to become searchable.
 */
final class WarmUp {

    static final List<String> SAMPLES =
            List.of("sample.pdf", "sample.docx", "sample.odt", "sample.rtf", "sample.html", "sample.txt");
    private static final String FOLDER = "/extract/warm-up/";
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {}

    /** Extracts every sample, returning what each gave; a failure is logged, never thrown: it only costs speed. */
    static List<ExtractionResult> run(Extractor extractor) {
        return SAMPLES.stream().map(sample -> extract(extractor, sample)).toList();
    }

    private static ExtractionResult extract(Extractor extractor, String sample) {
        ExtractionResult result =
                extractor.extract(new ObjectContent("warm-up/" + sample, null, -1, () -> open(sample)));
        if (result instanceof Failed failed) {
            LOG.warn(
                    "Warm-up sample {} failed ({}): the first document of its type will be slower",
                    sample,
                    failed.reason());
        }
        return result;
    }

    private static InputStream open(String sample) throws FileNotFoundException {
        InputStream stream = WarmUp.class.getResourceAsStream(FOLDER + sample);
        if (stream == null) {
            throw new FileNotFoundException("resource " + FOLDER + sample);
        }
        return stream;
    }
}
