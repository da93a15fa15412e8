package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * One Aho-Corasick automaton ({@link PhraseDfa}: a dense DFA of our own, see there for the design and why it
 * replaced the {@code org.ahocorasick} library) over every phrase of every kind (countries, organisations, theme
 * terms, honorifics, meeting types, cities, ministries): a document's folded text is scanned once, in the scan form
 * of {@link TextNormaliser#foldForScan} (punctuation made spaces, so phrases only start at word starts and
 * "Guinea-Bissau" reads like "Guinea Bissau"); matches are kept only when they also end a word and their term's
 * flags allow, then each layer keeps its leftmost-longest matches. A match never covers the punctuation that ends a
 * phrase ("Mr" of "Mr."). A country's name may also end where a page's extraction glued the next capitalised word to
 * it ("Location: Adelaide, AustraliaDate: …"): a lower-case letter then a capital that starts a word.
 */
public final class PhraseAutomaton {

    private final PhraseDfa dfa;
    private final Term[][] meanings;
    private final MatchFilter filter = new MatchFilter();

    private PhraseAutomaton(PhraseDfa dfa, Term[][] meanings) {
        this.dfa = dfa;
        this.meanings = meanings;
    }

    public static Builder builder(TextNormaliser normaliser) {
        return new Builder(normaliser);
    }

    public Matches scan(Document document) {
        Collector collector = new Collector(document);
        dfa.scan(document.scanForm(), collector);
        Map<Layer, List<Match>> resolved = new EnumMap<>(Layer.class);
        collector.byLayer.forEach((layer, matches) -> resolved.put(layer, LongestMatchResolver.resolve(matches)));
        return new Matches(resolved);
    }

    /**
     * Receives the automaton's raw hits and keeps the acceptable ones, per layer. A hit at scan-form offsets
     * {@code [first, last]} covers the folded text's {@code [first, last)}: the scan form has one leading space and
     * every phrase starts with a space, so the phrase's first letter sits at folded offset {@code first}.
     */
    private final class Collector implements PhraseDfa.Hits {
        private final Document document;
        private final Map<Layer, List<Match>> byLayer = new EnumMap<>(Layer.class);

        Collector(Document document) {
            this.document = document;
            for (Layer layer : Layer.values()) {
                byLayer.put(layer, new ArrayList<>());
            }
        }

        @Override
        public boolean wantsEndAt(int last) {
            return endsWord(document.folded(), last) || gluedEnd(document.text(), last);
        }

        @Override
        public void found(int phrase, int first, int last) {
            boolean glued = !endsWord(document.folded(), last);
            for (Term term : meanings[phrase]) {
                if (glued && term.kind().layer() != Layer.COUNTRY) {
                    continue;
                }
                if (filter.accepts(document, first, last, term.flags())) {
                    byLayer.get(term.kind().layer()).add(new Match(first, last, term));
                }
            }
        }
    }

    /** The start of a word is guaranteed by the scan form; its end is checked here. */
    private static boolean endsWord(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** "AustraliaDate": a word's lower-case letter glued to the capital that starts the next word ("Date"). */
    private static boolean gluedEnd(String text, int end) {
        return end > 0
                && end + 1 < text.length()
                && Character.isLowerCase(text.charAt(end - 1))
                && Character.isUpperCase(text.charAt(end))
                && Character.isLowerCase(text.charAt(end + 1));
    }

    /** Collects phrases, folding them and grouping the meanings of identical folded phrases. */
    public static final class Builder {
        private final TextNormaliser normaliser;
        private final Map<String, List<Term>> meanings = new LinkedHashMap<>();

        private Builder(TextNormaliser normaliser) {
            this.normaliser = normaliser;
        }

        public Builder add(String phrase, Term term) {
            String folded = normaliser.phraseScanForm(phrase.strip());
            if (!folded.isBlank()) {
                List<Term> terms = meanings.computeIfAbsent(folded, key -> new ArrayList<>());
                if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
            return this;
        }

        public PhraseAutomaton build() {
            Term[][] terms = meanings.values().stream()
                    .map(list -> list.toArray(Term[]::new))
                    .toArray(Term[][]::new);
            return new PhraseAutomaton(PhraseDfa.of(List.copyOf(meanings.keySet())), terms);
        }
    }
}
