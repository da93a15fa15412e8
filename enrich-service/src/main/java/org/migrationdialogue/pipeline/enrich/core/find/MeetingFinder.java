package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.common.events.Meeting;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

import java.util.List;

/**
 * The meeting a report records: its type from the first meeting-type phrase, its title from the clause that phrase
 * opens, its dates from the first date or date range, and its city from the venue named right after (or before) those
 * dates, with the country named after the city or else the city's country.
 */
public final class MeetingFinder {

    private static final int VENUE_WINDOW = 80;
    private static final int COUNTRY_GAP = 4;
    private static final int MAX_COUNTRY_NAME = 60;

    private final DateRangeParser dates;
    private final TitleReader titles = new TitleReader();

    public MeetingFinder(TextNormaliser normaliser) {
        this.dates = new DateRangeParser(normaliser);
    }

    public Meeting extract(AnalysedText text) {
        Match type = firstOfKind(text.matches().of(Layer.SIGNAL), TermKind.MEETING_TYPE);
        DateRange range = dates.first(text.folded());
        Match city = range == null ? null : venue(text, range);
        return new Meeting(
                type == null ? Meeting.OTHER : type.key(),
                type == null ? null : titles.titleFrom(text.text(), type.start()),
                city == null ? null : text.text().substring(city.start(), city.end()),
                city == null ? null : country(text, city),
                range == null ? null : range.start(),
                range == null ? null : range.end());
    }

    private static Match venue(AnalysedText text, DateRange range) {
        int length = text.text().length();
        int afterEnd = Math.min(length, range.to() + VENUE_WINDOW);
        List<Match> after = text.matches().within(Layer.SIGNAL, range.to(), afterEnd);
        Match city = firstOfKind(after, TermKind.CITY);
        if (city != null) {
            return city;
        }
        int beforeStart = Math.max(0, range.from() - VENUE_WINDOW);
        List<Match> before = text.matches().within(Layer.SIGNAL, beforeStart, range.from());
        return lastOfKind(before, TermKind.CITY);
    }

    private static String country(AnalysedText text, Match city) {
        int limit = Math.min(text.text().length(), city.end() + COUNTRY_GAP + MAX_COUNTRY_NAME);
        for (Match match : text.matches().within(Layer.COUNTRY, city.end(), limit)) {
            if (match.kind() == TermKind.COUNTRY && match.start() <= city.end() + COUNTRY_GAP) {
                return match.key();
            }
        }
        return city.key();
    }

    private static Match firstOfKind(List<Match> matches, TermKind kind) {
        for (Match match : matches) {
            if (match.kind() == kind) {
                return match;
            }
        }
        return null;
    }

    private static Match lastOfKind(List<Match> matches, TermKind kind) {
        Match last = null;
        for (Match match : matches) {
            if (match.kind() == kind) {
                last = match;
            }
        }
        return last;
    }
}
