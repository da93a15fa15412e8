package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.List;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * Tells what a folded lead-in or heading announces ({@code list-lead-ins.tsv}): a "not" phrase (agenda,
 * objectives, contents) wins over a recommendation phrase, which wins over a conclusion phrase; null when it says
 * nothing.
 */
final class LeadInClassifier {

    private final List<String> recommendationPhrases;
    private final List<String> conclusionPhrases;
    private final List<String> notPhrases;

    LeadInClassifier(List<TermSpec> leadIns, TextNormaliser normaliser) {
        this.recommendationPhrases = phrasesOf(leadIns, "recommendation", normaliser);
        this.conclusionPhrases = phrasesOf(leadIns, "conclusion", normaliser);
        this.notPhrases = phrasesOf(leadIns, "not", normaliser);
    }

    private static List<String> phrasesOf(List<TermSpec> leadIns, String kind, TextNormaliser normaliser) {
        return leadIns.stream()
                .filter(spec -> spec.key().equals(kind))
                .map(spec -> normaliser.fold(spec.phrase()))
                .toList();
    }

    ListKind kindOf(String folded) {
        if (folded == null || folded.isEmpty()) {
            return null;
        }
        if (containsAny(folded, notPhrases)) {
            return ListKind.NOT_A_RECOMMENDATION;
        }
        if (containsAny(folded, recommendationPhrases)) {
            return ListKind.RECOMMENDATION;
        }
        return containsAny(folded, conclusionPhrases) ? ListKind.CONCLUSION : null;
    }

    static boolean containsWord(String folded, String phrase) {
        for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
            boolean leftFree = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
            int end = at + phrase.length();
            boolean rightFree = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (leftFree && rightFree) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String folded, List<String> phrases) {
        for (String phrase : phrases) {
            if (containsWord(folded, phrase)) {
                return true;
            }
        }
        return false;
    }
}
