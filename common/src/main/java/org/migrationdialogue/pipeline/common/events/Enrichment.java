package org.migrationdialogue.pipeline.common.events;

import java.util.List;

/** What enrichment finds in a report's text; combined with the extracted report into an {@link EnrichedReport}. */
public record Enrichment(
        Meeting meeting,
        List<CountryMention> countries,
        List<OrganisationMention> organisations,
        List<Person> people,
        List<ThemeScore> themes,
        List<Recommendation> recommendations) {

    /** Nothing found: an unknown meeting and empty lists. */
    public static final Enrichment NOTHING = new Enrichment(null, null, null, null, null, null);

    public Enrichment {
        meeting = meeting == null ? Meeting.unknown() : meeting;
        countries = countries == null ? List.of() : List.copyOf(countries);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        people = people == null ? List.of() : List.copyOf(people);
        themes = themes == null ? List.of() : List.copyOf(themes);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }
}
