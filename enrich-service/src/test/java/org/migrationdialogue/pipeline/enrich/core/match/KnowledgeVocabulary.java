package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.enrich.core.knowledge.CountryGazetteer;
import org.migrationdialogue.pipeline.enrich.core.knowledge.Knowledge;
import org.migrationdialogue.pipeline.enrich.core.knowledge.OrganisationRegistry;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;

/** Every phrase of the shipped knowledge base with its meaning, in the order {@link AutomatonFactory} adds them. */
final class KnowledgeVocabulary {

    private KnowledgeVocabulary() {}

    /** A phrase as written in the knowledge files, and what it means. */
    record Entry(String phrase, Term term) {}

    static List<Entry> entries(Knowledge knowledge) {
        List<Entry> entries = new ArrayList<>();
        for (TermSpec spec : knowledge.countries().terms()) {
            boolean blocker = CountryGazetteer.BLOCK.equals(spec.key());
            add(entries, List.of(spec), blocker ? TermKind.COUNTRY_BLOCKER : TermKind.COUNTRY);
        }
        for (TermSpec spec : knowledge.organisations().terms()) {
            boolean blocker = OrganisationRegistry.NOT_AN_ORGANISATION.equals(spec.key());
            add(entries, List.of(spec), blocker ? TermKind.ORGANISATION_BLOCKER : TermKind.ORGANISATION);
        }
        add(entries, knowledge.themes().terms(), TermKind.THEME);
        add(entries, knowledge.honorifics(), TermKind.HONORIFIC);
        add(entries, knowledge.meetingTypes(), TermKind.MEETING_TYPE);
        add(entries, knowledge.cities(), TermKind.CITY);
        add(entries, knowledge.ministryWords(), TermKind.MINISTRY);
        return entries;
    }

    private static void add(List<Entry> entries, List<TermSpec> specs, TermKind kind) {
        for (TermSpec spec : specs) {
            entries.add(new Entry(spec.phrase(), new Term(kind, spec.key(), spec.weight(), spec.flags())));
        }
    }
}
