package org.migrationdialogue.pipeline.ingest.extract;

import java.time.Duration;
import java.util.Map;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;

/**
 * How extraction reads scans.
 *
 * @param enabled     false: Tesseract is never run, even where it is installed; scans are then extracted without
 *                    their text and flagged (see {@link OcrOutcome})
 * @param languages   the Tesseract languages to read, joined by '+' ("eng+fra"); those not installed are left out
 * @param pageTimeout how much longer a parse may take for each page or image it reads by OCR
 */
public record OcrSettings(boolean enabled, String languages, Duration pageTimeout) {

    public OcrSettings {
        if (languages == null || !languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException(
                    "OCR languages are Tesseract codes joined by '+', e.g. eng+fra: " + languages);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("the OCR page timeout must be positive: " + pageTimeout);
        }
    }

    /** OCR_ENABLED, OCR_LANGUAGES and OCR_PAGE_TIMEOUT_SECONDS of a configuration, with the defaults of {@link Settings}. */
    public static OcrSettings from(Config config) {
        return new OcrSettings(
                config.getBoolean(Settings.OCR_ENABLED),
                config.get(Settings.OCR_LANGUAGES),
                Duration.ofSeconds(config.getInt(Settings.OCR_PAGE_TIMEOUT_SECONDS)));
    }

    /** The local defaults of {@link Settings}. */
    public static OcrSettings defaults() {
        return from(new Config(Map.of()));
    }

    /** The same settings with OCR disabled. */
    public OcrSettings disabled() {
        return new OcrSettings(false, languages, pageTimeout);
    }
}
