package org.migrationdialogue.pipeline.web.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * A facet of the search page: its URL parameter, its label, the field of the {@code reports} alias it counts, and
 * how two chosen values combine. A report mentions many countries, so two countries mean "both" (all of); it has
 * one meeting type, year and language, so two of those mean "either" (any of).
 */
public enum Facet {
    COUNTRY("country", "Countries", "countries.name", Combination.ALL_OF),
    ORGANISATION("organisation", "Organisations", "organisations.acronym", Combination.ALL_OF),
    PERSON("person", "People", "people.name", Combination.ALL_OF),
    THEME("theme", "Themes", "themes.id", Combination.ALL_OF),
    MEETING_TYPE("type", "Meeting type", "meeting.type", Combination.ANY_OF),
    YEAR("year", "Year", "meeting.start_date", Combination.ANY_OF),
    LANGUAGE("language", "Language", "language", Combination.ANY_OF);

    /** How the included values of one facet combine. */
    public enum Combination {
        ALL_OF,
        ANY_OF
    }

    private final String parameter;
    private final String label;
    private final String field;
    private final Combination combination;

    Facet(String parameter, String label, String field, Combination combination) {
        this.parameter = parameter;
        this.label = label;
        this.field = field;
        this.combination = combination;
    }

    public String parameter() {
        return parameter;
    }

    /** The URL parameter that excludes a value, e.g. {@code not_country}. */
    public String excludingParameter() {
        return "not_" + parameter;
    }

    public String label() {
        return label;
    }

    public String field() {
        return field;
    }

    public Combination combination() {
        return combination;
    }

    /** The year facet counts a date field by calendar year; the others count keyword values. */
    public boolean byYear() {
        return this == YEAR;
    }

    /** How a value reads on the page: theme ids and meeting types with spaces instead of underscores. */
    public String display(String value) {
        return this == THEME || this == MEETING_TYPE ? value.replace('_', ' ') : value;
    }

    public static Optional<Facet> ofParameter(String parameter) {
        return Arrays.stream(values())
                .filter(facet -> facet.parameter.equals(parameter))
                .findFirst();
    }
}
