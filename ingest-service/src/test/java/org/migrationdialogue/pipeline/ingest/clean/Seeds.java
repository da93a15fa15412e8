package org.migrationdialogue.pipeline.ingest.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The two seed reports, as extracted from their PDFs, copied from /seeds into the test resources. */
public enum Seeds {
    SOM_RABAT_2014("rabat-process-som-rabat-2014-06", "Senior Officials Meeting"),
    CRISIS_PARIS_2014("rabat-process-thematic-meeting-crisis-paris-2014-04", "SUMMARY OF DEBATES");

    private final String name;
    private final String firstHeading;

    Seeds(String name, String firstHeading) {
        this.name = name;
        this.firstHeading = firstHeading;
    }

    public String fileName() {
        return name;
    }

    public String firstHeading() {
        return firstHeading;
    }

    public String text() {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
