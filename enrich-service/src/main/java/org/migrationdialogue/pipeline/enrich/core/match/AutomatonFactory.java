package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.List;
import org.migrationdialogue.pipeline.enrich.core.knowledge.CountryGazetteer;
import org.migrationdialogue.pipeline.enrich.core.knowledge.Knowledge;
import org.migrationdialogue.pipeline.enrich.core.knowledge.OrganisationRegistry;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/** Puts every phrase of the knowledge base into one automaton, each with its kind. */
public final class AutomatonFactory {

    private AutomatonFactory() {}

    public static PhraseAutomaton build(Knowledge knowledge, TextNormaliser normaliser) {
        PhraseAutomaton.Builder builder = PhraseAutomaton.builder(normaliser);
        for (TermSpec spec : knowledge.countries().terms()) {
            TermKind kind = CountryGazetteer.BLOCK.equals(spec.key()) ? TermKind.COUNTRY_BLOCKER : TermKind.COUNTRY;
            add(builder, spec, kind);
        }
        for (TermSpec spec : knowledge.organisations().terms()) {
            add(
                    builder,
                    spec,
                    OrganisationRegistry.NOT_AN_ORGANISATION.equals(spec.key())
                            ? TermKind.ORGANISATION_BLOCKER
                            : TermKind.ORGANISATION);
        }
        addAll(builder, knowledge.themes().terms(), TermKind.THEME);
        addAll(builder, knowledge.honorifics(), TermKind.HONORIFIC);
        addAll(builder, knowledge.meetingTypes(), TermKind.MEETING_TYPE);
        addAll(builder, knowledge.cities(), TermKind.CITY);
        addAll(builder, knowledge.ministryWords(), TermKind.MINISTRY);
        return builder.build();
    }

    private static void addAll(PhraseAutomaton.Builder builder, List<TermSpec> specs, TermKind kind) {
        for (TermSpec spec : specs) {
            add(builder, spec, kind);
        }
    }

    private static void add(PhraseAutomaton.Builder builder, TermSpec spec, TermKind kind) {
        builder.add(spec.phrase(), new Term(kind, spec.key(), spec.weight(), spec.flags()));
    }
}
