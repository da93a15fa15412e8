package org.migrationdialogue.pipeline.system.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.testing.PdfReport;

/**
 * Good reports for a fault scenario, dropped into the upload folder of the pipeline under test: real PDFs under
 * {@code faults/<batch>/}, each with {@link #RECOMMENDATIONS} recommendations worded for it alone (they carry the
 * batch name and the report number), so each must appear on {@code reports.recommendations} exactly once.
 */
final class FaultCorpus {

    static final int RECOMMENDATIONS = 3;

    private final Path uploads;

    FaultCorpus(Path uploads) {
        this.uploads = uploads;
    }

    /** The key prefix of a batch's objects. */
    static String prefix(String batch) {
        return "faults/" + batch + "/";
    }

    /** Writes {@code count} reports of a batch; returns their object keys. */
    List<String> write(String batch, int count) throws IOException {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String key = prefix(batch) + String.format("report-%02d.pdf", i);
            PdfReport.drop(uploads.resolve(key), "Fault scenario report " + batch + " " + i, report(batch + "n" + i));
            keys.add(key);
        }
        return keys;
    }

    private static List<String> report(String marker) {
        List<String> lines = new ArrayList<>(List.of(
                "Thematic Meeting on Migration and Development",
                "Summary of debates - 3 and 4 March 2025, Dakar, Senegal",
                ""));
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            lines.addAll(List.of(
                    "Delegations from Senegal, Mali, Morocco and France, the Economic Community of West African",
                    "States (ECOWAS) and the International Organization for Migration (IOM) discussed the",
                    "contribution of the diaspora to development, remittances and the protection of migrants.",
                    ""));
        }
        lines.addAll(List.of(
                "CONCLUSIONS AND RECOMMENDATIONS OF THE CO-CHAIRS",
                "",
                "1. Strengthen the exchange of data on migration flows between Senegal and Mali (" + marker + ");",
                "2. Support diaspora investment in local development through ECOWAS (" + marker + ");",
                "3. Train consular staff in the protection of migrants in crisis situations (" + marker + ")."));
        return lines;
    }
}
