package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Recommendation;

/**
 * Names the list a recommendation belongs to from its lead-in and the working-group section it sits in:
 * "co-chairs' conclusions and recommendations", "working group 2 conclusions", "working group 1 pilot initiatives",
 * "points emphasised by participants".
 */
final class GroupNamer {

    /** How a folded block opening a working-group section starts. */
    static final String SECTION_START = "working group";

    private static final Pattern GROUP_NUMBER = Pattern.compile("\\b(?:working )?group (\\d+)\\b");

    /** The working-group number a folded heading opens, or null. */
    String sectionOf(String foldedBlock) {
        Matcher matcher = GROUP_NUMBER.matcher(foldedBlock);
        return foldedBlock.startsWith(SECTION_START) && matcher.lookingAt() ? matcher.group(1) : null;
    }

    String name(String foldedLeadIn, String kind, String section) {
        String label = label(foldedLeadIn, kind);
        if (foldedLeadIn.contains("co-chair")) {
            return "co-chairs' " + label;
        }
        Matcher matcher = GROUP_NUMBER.matcher(foldedLeadIn);
        String group = matcher.find() ? matcher.group(1) : section;
        if (group != null) {
            return "working group " + group + " " + label;
        }
        if (foldedLeadIn.contains("participants") && LeadInClassifier.containsWord(foldedLeadIn, "emphasised")) {
            return "points emphasised by participants";
        }
        return label;
    }

    private static String label(String folded, String kind) {
        if (folded.contains("pilot initiative")) {
            return "pilot initiatives";
        }
        boolean conclusions = folded.contains("conclusion");
        boolean recommendations = folded.contains("recommend") || folded.contains("recommand");
        if (conclusions && recommendations) {
            return "conclusions and recommendations";
        }
        return Recommendation.RECOMMENDATION.equals(kind) ? "recommendations" : "conclusions";
    }
}
