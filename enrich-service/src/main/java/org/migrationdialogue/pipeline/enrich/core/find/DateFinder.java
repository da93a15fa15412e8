package org.migrationdialogue.pipeline.enrich.core.find;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * Finds the dates and date ranges of a folded text, in English, French, Spanish and Portuguese, day first or
 * month first: "26 and 27 june 2014", "30 june - 1 july 2014", "les 24 et 25 avril 2014", "1er mars 2015",
 * "du 17 au 18 novembre 2021", "30 y 31 de mayo de 2002", "august 18, 2021", "may 7-8, 2024", "9th february,
 * 2024", "the 16th of march 2018", "wednesday, 15 june 2016, 9:00 - thursday, 16 june 2016", "31 december 2019 - 2 january 2020". Month
 * names come from {@code java.time} (full and short English forms). Numeric dates with a four-digit year
 * ("08-11-2016, Kampala:", "07-30-2018 04:08 PM") are read day first, month first only when the second number
 * cannot be a month ("07-30-2018").
 */
final class DateFinder {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, Locale.of("es"), Locale.of("pt")};
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|eme|o)?";
    private static final String JOIN = "\\s*(?:-|–|—|and|to|et|au|&|y|e|al|a)\\s*";
    /** How far apart two dates may be and still be read as one range ("15 june 2016, 9:00 - 16 june 2016"). */
    private static final int RANGE_GAP = 30;

    private static final Pattern RANGE_LINK = Pattern.compile(
            "^[\\s,]*(?:\\d{1,2}[:h.]\\d{2}\\s*)?(?:-|–|—|to|until|au|al|a|et|and)\\s*(?:[a-z]+day,?\\s*|"
                    + "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s*)?$");

    /** The longest a month-first date can be: "september 30th - 31st, 2024" with room for odd spacing. */
    private static final int MONTH_FIRST_SPAN = 80;
    /** Letters of the longest month name ("septiembre", "setembro", "decembre"): longer words are not looked up. */
    private static final int LONGEST_MONTH = 10;

    /** "08-11-2016", "27/07/2017", "10.11.2016": numbers and a four-digit year, not inside a longer number. */
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d.,/-])(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/-]|\\.\\d)");

    private static final int MONTHS = 12;

    private final Map<String, Month> months = new HashMap<>();
    private final Pattern dayFirst;
    private final Pattern monthFirst;

    DateFinder(TextNormaliser normaliser) {
        for (Month month : Month.values()) {
            for (Locale locale : LANGUAGES) {
                months.put(normaliser.fold(month.getDisplayName(TextStyle.FULL, locale)), month);
            }
            String shortName = normaliser
                    .fold(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .replace(".", "");
            months.putIfAbsent(shortName, month);
        }
        months.putIfAbsent("sept", Month.SEPTEMBER);
        String names = "("
                + String.join(
                        "|",
                        months.keySet().stream()
                                .sorted((a, b) -> b.length() - a.length())
                                .toList()) + ")\\.?";
        this.dayFirst = Pattern.compile("\\b" + DAY + "(?:\\s+(?:de\\s+|of\\s+)?" + names + ")?(?:" + JOIN + DAY + ")?"
                + "\\s+(?:de\\s+|of\\s+)?" + names + "\\s*,?\\s*(?:de\\s+)?(\\d{4})\\b");
        this.monthFirst = Pattern.compile("\\b" + names + "\\s+" + DAY + "(?:" + JOIN + DAY + ")?\\s*,\\s*(\\d{4})\\b");
    }

    /** The dates and ranges of the folded text, in order, two dates close together read as one range. */
    List<DateRange> all(String folded) {
        List<DateRange> found = new ArrayList<>();
        Matcher day = dayFirst.matcher(folded);
        while (day.find()) {
            add(
                    found,
                    range(
                            day.group(5),
                            day.group(4),
                            day.group(2),
                            day.group(1),
                            day.group(3),
                            day.start(),
                            day.end()));
        }
        // Month first only where a word is a month name: the pattern's alternation of every month name, tried at
        // every word of the text, was most of the enrichment's time.
        Matcher month = monthFirst.matcher(folded).useTransparentBounds(true);
        for (int start : monthNameStarts(folded)) {
            month.region(start, Math.min(folded.length(), start + MONTH_FIRST_SPAN));
            if (month.lookingAt()) {
                add(
                        found,
                        range(
                                month.group(4),
                                month.group(1),
                                null,
                                month.group(2),
                                month.group(3),
                                month.start(),
                                month.end()));
            }
        }
        Matcher numeric = NUMERIC.matcher(folded);
        while (numeric.find()) {
            add(found, numeric(numeric));
        }
        found.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return joined(found, folded);
    }

    /** Where the words that are month names start, in order. */
    private List<Integer> monthNameStarts(String folded) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!Character.isLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
                end++;
            }
            if (end - i <= LONGEST_MONTH && months.containsKey(folded.substring(i, end))) {
                starts.add(i);
            }
            i = end;
        }
        return starts;
    }

    /** Day first, as most of the world writes it; month first when the second number cannot be a month. */
    private static DateRange numeric(Matcher numeric) {
        int first = Integer.parseInt(numeric.group(1));
        int second = Integer.parseInt(numeric.group(3));
        int year = Integer.parseInt(numeric.group(4));
        boolean monthFirst = second > MONTHS && first <= MONTHS;
        try {
            LocalDate date = monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
            return new DateRange(date, date, numeric.start(), numeric.end());
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static void add(List<DateRange> found, DateRange range) {
        if (range != null && found.stream().noneMatch(d -> d.from() < range.to() && range.from() < d.to())) {
            found.add(range);
        }
    }

    private DateRange range(
            String yearText,
            String endMonthName,
            String startMonthName,
            String firstDayText,
            String lastDayText,
            int from,
            int to) {
        Month endMonth = months.get(endMonthName);
        Month startMonth = startMonthName == null ? endMonth : months.get(startMonthName);
        int firstDay = Integer.parseInt(firstDayText);
        int lastDay = lastDayText == null ? firstDay : Integer.parseInt(lastDayText);
        try {
            int year = Integer.parseInt(yearText);
            LocalDate end = LocalDate.of(year, endMonth, lastDay);
            LocalDate start = LocalDate.of(year, startMonth, firstDay);
            if (end.isBefore(start) && startMonth.compareTo(endMonth) > 0) {
                start = start.minusYears(1);
            }
            return end.isBefore(start) ? null : new DateRange(start, end, from, to);
        } catch (DateTimeException | NullPointerException notADate) {
            return null;
        }
    }

    /** "15 june 2016, 9:00 - thursday, 16 june 2016": two dates linked by a dash (or "to", "au") are a range. */
    private static List<DateRange> joined(List<DateRange> dates, String folded) {
        List<DateRange> joined = new ArrayList<>();
        for (DateRange date : dates) {
            DateRange previous = joined.isEmpty() ? null : joined.getLast();
            if (previous != null
                    && date.from() - previous.to() <= RANGE_GAP
                    && !date.start().isBefore(previous.end())
                    && RANGE_LINK
                            .matcher(folded.substring(previous.to(), date.from()))
                            .matches()) {
                joined.set(joined.size() - 1, new DateRange(previous.start(), date.end(), previous.from(), date.to()));
            } else {
                joined.add(date);
            }
        }
        return joined;
    }
}
