package org.migrationdialogue.pipeline.enrich.core.find;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * Finds day-month-year dates and ranges in folded text, English or French: "26 and 27 june 2014",
 * "30 june - 1 july 2014", "les 24 et 25 avril 2014", "1er mars 2015".
 */
final class DateRangeParser {

    private final Map<String, Month> months = new HashMap<>();
    private final Pattern pattern;

    DateRangeParser(TextNormaliser normaliser) {
        for (Month month : Month.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
                months.put(normaliser.fold(month.getDisplayName(TextStyle.FULL, locale)), month);
            }
        }
        String names = String.join("|", months.keySet());
        this.pattern = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|er)?(?:\\s+(" + names + "))?"
                + "(?:\\s*(?:-|and|to|et|au|&)\\s*(\\d{1,2})(?:st|nd|rd|th|er)?)?"
                + "\\s+(" + names + ")\\s*,?\\s*(\\d{4})\\b");
    }

    /** The first date or range in the folded text, or null. */
    DateRange first(String folded) {
        Matcher matcher = pattern.matcher(folded);
        while (matcher.find()) {
            DateRange range = toRange(matcher);
            if (range != null) {
                return range;
            }
        }
        return null;
    }

    private DateRange toRange(Matcher matcher) {
        int year = Integer.parseInt(matcher.group(5));
        Month endMonth = months.get(matcher.group(4));
        Month startMonth = matcher.group(2) == null ? endMonth : months.get(matcher.group(2));
        int firstDay = Integer.parseInt(matcher.group(1));
        int lastDay = matcher.group(3) == null ? firstDay : Integer.parseInt(matcher.group(3));
        try {
            LocalDate start = LocalDate.of(year, startMonth, firstDay);
            LocalDate end = LocalDate.of(year, endMonth, lastDay);
            return end.isBefore(start) ? null : new DateRange(start, end, matcher.start(), matcher.end());
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
