package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether extraction reads scans on this host: the Tesseract it runs and the languages it reads, or why not (then
 * scans are extracted without their text and flagged).
 *
 * @param engine    "tesseract 5.3.0", null when off
 * @param languages the languages OCR reads, joined by '+', null when off
 * @param offReason why OCR is off, for people; null when on
 */
public record OcrStatus(String engine, String languages, String offReason) {

    /** What to install on Debian or Ubuntu for the default languages. */
    public static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra";

    /** What {@code settings} give on this host, looking for Tesseract on the PATH as Tika does. */
    public static OcrStatus detect(OcrSettings settings) {
        return detect(settings, System.getenv("PATH"));
    }

    /** What {@code settings} give with the executables of {@code path}. */
    static OcrStatus detect(OcrSettings settings, String path) {
        if (!settings.enabled()) {
            return off("OCR is disabled (OCR_ENABLED=false)");
        }
        Optional<Path> executable = Tesseract.find(path);
        if (executable.isEmpty()) {
            return off("Tesseract is not installed (" + INSTALL + ")");
        }
        try {
            List<String> installed = Tesseract.languages(executable.get());
            List<String> wanted = Arrays.asList(settings.languages().split("\\+"));
            List<String> usable = wanted.stream().filter(installed::contains).toList();
            if (usable.isEmpty()) {
                return off("Tesseract has none of the languages " + settings.languages() + " (install "
                        + wanted.stream().map(code -> "tesseract-ocr-" + code).collect(Collectors.joining(" ")) + ")");
            }
            return new OcrStatus(Tesseract.version(executable.get()), String.join("+", usable), null);
        } catch (IOException e) {
            return off("Tesseract does not run: " + e.getMessage());
        }
    }

    static OcrStatus off(String reason) {
        return new OcrStatus(null, null, reason);
    }

    public boolean on() {
        return offReason == null;
    }

    /** "tesseract 5.3.0 (eng+fra)", or "off: " and the reason. */
    public String describe() {
        return on() ? engine + " (" + languages + ")" : "off: " + offReason;
    }
}
