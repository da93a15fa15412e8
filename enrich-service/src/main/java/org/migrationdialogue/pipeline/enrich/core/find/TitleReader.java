package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.List;

/**
 * A meeting's title: the clause opened by its meeting-type phrase ("thematic meeting of the third phase of the
 * Euro-African Dialogue ... (Rabat Process)"), ending before a relative clause, a comma, a sentence end or a line
 * end, with a capital first letter.
 */
final class TitleReader {

    private static final int MAX_TITLE = 200;
    private static final List<String> CLAUSE_ENDS = List.of(
            " which ",
            " that ",
            " held ",
            " took place",
            " qui ",
            " tenue ",
            " s'est tenue",
            ", ",
            ". ",
            ": ",
            " - ",
            " \u2013 ",
            "\n");

    String titleFrom(String text, int start) {
        String window = text.substring(start, Math.min(text.length(), start + MAX_TITLE));
        int end = window.length();
        for (String clauseEnd : CLAUSE_ENDS) {
            int at = window.indexOf(clauseEnd);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String title = window.substring(0, end).strip();
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1);
        }
        return title.isEmpty() ? null : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
