package org.migrationdialogue.pipeline.enrich.core.find;

import java.text.Normalizer;
import java.util.Locale;
import org.migrationdialogue.pipeline.common.events.ReportId;

/**
 * The contract's recommendation id, {@link ReportId#ofRecommendation}, computed without its regular expressions
 * for the usual texts: {@link ReportId#normaliseForIdentity} (NFKD, marks removed, lower case, every run of
 * characters other than letters and decimal digits made one space, stripped) costs two regular-expression passes
 * and a normalisation per item, a sixth of the enrichment of a report with many recommendations.
 * <p>
 * Here every character of the Latin blocks (below U+0250) and of the General Punctuation block (U+2000–U+206F)
 * has its normalised form precomputed with the contract's own steps, character by character, which gives the same
 * result as on the whole text (NFKD only decomposes; case folding depends on the context only for "Σ" and "İ",
 * neither of which the decomposition of these characters yields). A text holding any other character goes
 * through {@link ReportId#ofRecommendation} itself.
 */
final class RecommendationIds {

    private static final char LATIN_END = 0x0250;
    private static final char PUNCTUATION_START = 0x2000;
    private static final char PUNCTUATION_END = 0x2070;
    private static final int ID_HEX_DIGITS = 24;
    private static final String[] LATIN = forms((char) 0, LATIN_END);
    private static final String[] PUNCTUATION = forms(PUNCTUATION_START, PUNCTUATION_END);

    private RecommendationIds() {}

    /** The same id as {@code ReportId.ofRecommendation(text)}. */
    static String of(String text) {
        String normalised = normalise(text);
        return normalised == null
                ? ReportId.ofRecommendation(text)
                : "rec-" + ReportId.sha256Hex(normalised).substring(0, ID_HEX_DIGITS);
    }

    /** {@code ReportId.normaliseForIdentity(text)}, or null when the text holds a character out of the tables. */
    static String normalise(String text) {
        StringBuilder normalised = new StringBuilder(text.length());
        boolean separated = false;
        for (int i = 0; i < text.length(); i++) {
            String form = formOf(text.charAt(i));
            if (form == null) {
                return null;
            }
            for (int k = 0; k < form.length(); k++) {
                char c = form.charAt(k);
                if (!isKept(c)) {
                    separated = true;
                    continue;
                }
                if (separated && !normalised.isEmpty()) {
                    normalised.append(' ');
                }
                normalised.append(c);
                separated = false;
            }
        }
        return normalised.toString();
    }

    private static String formOf(char c) {
        if (c < LATIN_END) {
            return LATIN[c];
        }
        return c >= PUNCTUATION_START && c < PUNCTUATION_END ? PUNCTUATION[c - PUNCTUATION_START] : null;
    }

    /** What the contract's {@code [^\p{L}\p{Nd}]+} leaves alone. */
    private static boolean isKept(char c) {
        return Character.isLetter(c) || Character.isDigit(c);
    }

    /** Each character's decomposition, marks removed, in lower case: the contract's steps before the spacing. */
    private static String[] forms(char from, char to) {
        String[] forms = new String[to - from];
        for (char c = from; c < to; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}+", "");
            forms[c - from] = decomposed.toLowerCase(Locale.ROOT);
        }
        return forms;
    }
}
