package org.migrationdialogue.pipeline.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated meeting report: title, dateline, prose paragraphs and a numbered list of the co-chairs'
 * recommendations whose wording is unique to the report (it carries {@code marker}).
 */
record ReportText(String marker, String title, String dateline, List<String> paragraphs, List<String> recommendations) {

    static final String RECOMMENDATIONS_HEADING = "CONCLUSIONS AND RECOMMENDATIONS OF THE CO-CHAIRS";

    /** The report as blocks: title, dateline, paragraphs, heading, then one numbered item each. */
    List<String> blocks() {
        List<String> blocks = new ArrayList<>(List.of(title, dateline));
        blocks.addAll(paragraphs);
        blocks.add(RECOMMENDATIONS_HEADING);
        for (int i = 0; i < recommendations.size(); i++) {
            blocks.add((i + 1) + ". " + recommendations.get(i));
        }
        return blocks;
    }
}
