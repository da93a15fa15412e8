package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.util.List;
import java.util.Set;

/**
 * Everything the enricher knows, loaded once from the versioned files under {@code /knowledge/}.
 *
 * @param countries          ISO countries, CLDR names, variants and demonyms
 * @param organisations      the organisation registry
 * @param themes             the theme taxonomy and vocabulary
 * @param cities             meeting venues with their country codes
 * @param meetingTypes       phrases naming each meeting type
 * @param honorifics         titles that introduce a person's name
 * @param ministryWords      words that head a national ministry's name
 * @param portfolios         ministry portfolio keywords, keyed by slug, in priority order
 * @param listLeadIns        phrases announcing recommendation or conclusion lists, keyed by kind
 * @param organisationHeads  head words of organisation names
 * @param actionVerbs        verbs that open the items of an action list, keyed by language
 * @param bodyListWords      nouns, intros and company titles that tell a list of named bodies, keyed by kind
 * @param ministryAcronyms   acronyms of ministries ("MFA"), keyed by portfolio slug
 * @param nameTitles         words of the titles before a person's name, keyed by kind (honorific, title)
 * @param meetingStatements  words of statements about a meeting or a dialogue, keyed by kind (future, met-…, defined)
 */
public record Knowledge(
        CountryGazetteer countries,
        OrganisationRegistry organisations,
        ThemeTaxonomy themes,
        List<TermSpec> cities,
        List<TermSpec> meetingTypes,
        List<TermSpec> honorifics,
        List<TermSpec> ministryWords,
        List<TermSpec> portfolios,
        List<TermSpec> listLeadIns,
        Set<String> organisationHeads,
        List<TermSpec> actionVerbs,
        List<TermSpec> bodyListWords,
        List<TermSpec> ministryAcronyms,
        List<TermSpec> nameTitles,
        List<TermSpec> meetingStatements) {

    public static Knowledge fromResources() {
        return new Knowledge(
                CountryGazetteer.fromResources(),
                OrganisationRegistry.fromResources(),
                ThemeTaxonomy.fromResources(),
                KeyedPhrases.namesThenKey("cities.tsv"),
                KeyedPhrases.keyThenPhrase("meeting-types.tsv"),
                KeyedPhrases.phrases("honorifics.tsv"),
                KeyedPhrases.phrases("ministry-words.tsv"),
                KeyedPhrases.keyThenPhrase("ministry-portfolios.tsv"),
                KeyedPhrases.keyThenPhrase("list-lead-ins.tsv"),
                Set.copyOf(ResourceTable.lines("organisation-heads.txt")),
                KeyedPhrases.keyThenPhrase("action-verbs.tsv"),
                KeyedPhrases.keyThenPhrase("body-lists.tsv"),
                KeyedPhrases.keyThenPhrase("ministry-acronyms.tsv"),
                KeyedPhrases.keyThenPhrase("name-titles.tsv"),
                KeyedPhrases.keyThenPhrase("meeting-statements.tsv"));
    }
}
