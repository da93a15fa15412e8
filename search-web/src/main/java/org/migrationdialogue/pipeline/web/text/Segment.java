package org.migrationdialogue.pipeline.web.text;

/**
 * A run of text as the page shows it: plain, or marked (a search term, a country, an organisation, a person).
 * Templates print {@link #text()} escaped; nothing of a report ever reaches the page unescaped.
 *
 * @param mark null for plain text, else one of {@link #QUERY}, {@link #COUNTRY}, {@link #ORGANISATION}, {@link #PERSON}
 */
public record Segment(String text, String mark) {

    public static final String QUERY = "query";
    public static final String COUNTRY = "country";
    public static final String ORGANISATION = "organisation";
    public static final String PERSON = "person";

    public static Segment plain(String text) {
        return new Segment(text, null);
    }

    public boolean marked() {
        return mark != null;
    }
}
