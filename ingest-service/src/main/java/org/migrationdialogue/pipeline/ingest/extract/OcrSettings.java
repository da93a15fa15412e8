package org.migrationdialogue.pipeline.ingest.extract;

import java.time.Duration;

/**
 * How extraction reads scans.
 *
 * @param enabled     false: Tesseract is never run, even where it is installed; scans are then extracted without
 *                    their text and flagged (see {@link OcrOutcome})
 * @param languages   the Tesseract languages to read, joined by '+' ("eng+fra"); those not installed are left out
 * @param pageTimeout how much longer a parse may take for each page or image it reads by OCR
 */
public record OcrSettings(boolean enabled, String languages, Duration pageTimeout) {

    /** English and French: the languages of the Rabat Process and of most migration dialogues' reports. */
    public static final String DEFAULT_LANGUAGES = "eng+fra";
    /**
     * One minute: Tesseract reads an A4 page at 300 dpi in about 4 s of CPU; a minute covers a dense page on a host
     * whose two cores are shared with the rest of the stack, and still kills a page that hangs.
     */
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(60);

    public OcrSettings {
        if (languages == null || !languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("OCR languages are Tesseract codes joined by '+', e.g. eng+fra: "
                    + languages);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("the OCR page timeout must be positive: " + pageTimeout);
        }
    }

    public static OcrSettings defaults() {
        return new OcrSettings(true, DEFAULT_LANGUAGES, DEFAULT_PAGE_TIMEOUT);
    }

    /** The same settings with OCR disabled. */
    public OcrSettings disabled() {
        return new OcrSettings(false, languages, pageTimeout);
    }
}
