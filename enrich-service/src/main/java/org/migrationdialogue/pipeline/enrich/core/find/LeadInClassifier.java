package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.List;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * Tells what a folded lead-in or heading announces ({@code list-lead-ins.tsv}): a "not" phrase (agenda,
 * objectives, contents) wins over a recommendation phrase, which wins over a conclusion phrase; null when it says
 * nothing.
 */
final class LeadInClassifier {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:]+$");
    /** The particle between a verb and its run-in items: "to", "that", "de", "d'", "à", "que". */
    private static final Pattern TRAILING_PARTICLE = Pattern.compile("\\s*(?:\\b(?:to|that|de|a|que)|\\bd')$");

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

    /**
     * What the words right before a run-in list announce: the lead-in must end with a recommendation or conclusion
     * phrase, perhaps followed by a particle ("… préconisent de :", "… agreed to:", "… recomiendan que:"), the verb
     * that governs the items. A noun further back says what the sentence is about, not that the items are
     * recommendations ("the recommendations aim to: …", "the actions are geared towards: …"). Null otherwise.
     */
    ListKind kindOfEnding(String folded) {
        if (folded == null || containsAny(folded, notPhrases)) {
            return null;
        }
        String ending = TRAILING_PUNCTUATION.matcher(folded).replaceFirst("");
        String bare = TRAILING_PARTICLE.matcher(ending).replaceFirst("");
        for (String candidate : List.of(ending, bare)) {
            if (endsWithAny(candidate, recommendationPhrases)) {
                return ListKind.RECOMMENDATION;
            }
            if (endsWithAny(candidate, conclusionPhrases)) {
                return ListKind.CONCLUSION;
            }
        }
        return null;
    }

    private static boolean endsWithAny(String folded, List<String> phrases) {
        for (String phrase : phrases) {
            int at = folded.length() - phrase.length();
            if (folded.endsWith(phrase) && (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
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
