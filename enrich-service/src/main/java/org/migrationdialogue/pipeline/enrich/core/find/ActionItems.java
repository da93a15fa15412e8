package org.migrationdialogue.pipeline.enrich.core.find;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * Tells an action ("Strengthen ...", "Organizing ...", "Renforcer ...", "The AAP team should ...") from a name, a
 * topic or a fact, by the item's first word ({@code action-verbs.tsv}) or a modal verb in it. A list whose lead-in
 * says nothing is read as recommendations when most of its items are actions.
 */
final class ActionItems {

    /** English -ing words of this length or more open an action ("Creating", "Investing"); "Ring" does not. */
    private static final int MIN_GERUND_LENGTH = 6;

    private static final Pattern MODAL = Pattern.compile(
            "\\b(?:should|must|shall|will|need to|needs to|ought to|devrait|devraient|doit|doivent|devront|"
                    + "deberia|deberian|debe|deben)\\b");
    /**
     * The Spanish future, which says what an actor will do as "will" does ("proporcionarán", "anunciará"): a
     * lower-case word ending in an accented "-rá" or "-rán", read before folding (folded, it is a past subjunctive).
     */
    private static final Pattern SPANISH_FUTURE = Pattern.compile("(?<!\\p{L})\\p{Ll}\\p{L}+r(?:á|án)(?!\\p{L})");

    private static final Pattern LABEL = Pattern.compile("^[^:.;]{2,80}:\\s+");

    /** French and Spanish infinitives of this length or more are verbs by their ending ("Renforcer", "Adoptar"). */
    private static final int MIN_INFINITIVE_LENGTH = 6;

    private static final Pattern INFINITIVE = Pattern.compile("\\p{L}+(?:er|ir|re|ar)");

    private final Set<String> verbs = new HashSet<>();
    private final Set<String> notVerbs = new HashSet<>();
    private final TextNormaliser normaliser;

    ActionItems(List<TermSpec> actionVerbs, TextNormaliser normaliser) {
        this.normaliser = normaliser;
        for (TermSpec verb : actionVerbs) {
            (verb.key().equals("not") ? notVerbs : verbs).add(normaliser.fold(verb.phrase()));
        }
    }

    /** Whether the share of actions among these item texts is at least one half. */
    boolean mostlyActions(List<String> items) {
        if (items.isEmpty()) {
            return false;
        }
        long actions = items.stream().filter(this::isAction).count();
        return actions * 2 >= items.size();
    }

    boolean isAction(String item) {
        String folded = normaliser.fold(item.strip());
        if (MODAL.matcher(folded).find()
                || SPANISH_FUTURE
                        .matcher(Normalizer.normalize(item, Normalizer.Form.NFC))
                        .find()) {
            return true;
        }
        String label = labelOf(folded);
        return startsWithVerb(label != null ? label : folded) || label != null && startsWithVerb(afterLabel(folded));
    }

    /** Whether the text's first word is an action verb (after an optional "to"). */
    boolean startsWithVerb(String folded) {
        String[] words = folded.strip().split("[^\\p{L}'-]+", 3);
        int first = words.length > 1 && words[0].isEmpty() ? 1 : 0;
        if (words.length <= first) {
            return false;
        }
        String word = words[first];
        if (word.equals("to") && words.length > first + 1) {
            word = words[first + 1];
        }
        return isVerb(word.toLowerCase(Locale.ROOT));
    }

    private boolean isVerb(String word) {
        if (verbs.contains(word)) {
            return true;
        }
        if (notVerbs.contains(word)) {
            return false;
        }
        if (word.length() >= MIN_INFINITIVE_LENGTH && INFINITIVE.matcher(word).matches()) {
            return true;
        }
        if (word.length() >= MIN_GERUND_LENGTH && word.endsWith("ing")) {
            return true;
        }
        return word.endsWith("s")
                && (verbs.contains(word.substring(0, word.length() - 1))
                        || word.endsWith("es") && verbs.contains(word.substring(0, word.length() - 2)));
    }

    private static String labelOf(String folded) {
        var matcher = LABEL.matcher(folded);
        return matcher.find() ? folded.substring(0, matcher.end()) : null;
    }

    private static String afterLabel(String folded) {
        var matcher = LABEL.matcher(folded);
        return matcher.find() ? folded.substring(matcher.end()) : folded;
    }
}
