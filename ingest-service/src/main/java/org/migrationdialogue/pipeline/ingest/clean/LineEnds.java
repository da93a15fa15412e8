package org.migrationdialogue.pipeline.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at how a line or a paragraph ends without reading all of it. A pattern anchored at the end ({@code …$}) is
 * still tried from every position by {@link Matcher#find()}, so on the growing text of a paragraph it costs the
 * paragraph's length at every line joined (a quadratic cost, a fifth of the extraction's CPU on long reports before
 * this class); here it is tried on the last characters only, with the text around them still visible to lookbehinds
 * and to {@code ^}, as if the whole text had been searched.
 */
final class LineEnds {

    private LineEnds() {}

    /** Whether {@code endAnchored} matches at the end of {@code text} starting in its last {@code window} characters. */
    static boolean endsWith(Pattern endAnchored, String text, int window) {
        return tail(endAnchored, text, text.length() - window).find();
    }

    /** A matcher of {@code endAnchored} on {@code text} from {@code start} on, seeing the text before it. */
    static Matcher tail(Pattern endAnchored, String text, int start) {
        return endAnchored
                .matcher(text)
                .region(Math.max(0, start), text.length())
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
    }

    /** Where the last run of characters without white space begins. */
    static int lastTokenStart(String text) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** The text without the closing quotes and brackets ({@code " ' ) ]}) it ends with. */
    static String withoutClosing(String text) {
        int end = text.length();
        while (end > 0 && "\"')]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The text without the numbers at either end ("3 Report 4" is "Report"): numbers followed or led by a space. */
    static String withoutEdgeNumbers(String text) {
        int start = 0;
        while (true) {
            int digits = start;
            while (digits < text.length() && isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits == start || digits >= text.length() || text.charAt(digits) != ' ') {
                break;
            }
            start = digits + 1;
        }
        int end = text.length();
        while (true) {
            int digits = end;
            while (digits > start && isDigit(text.charAt(digits - 1))) {
                digits--;
            }
            if (digits == end || digits <= start || text.charAt(digits - 1) != ' ') {
                break;
            }
            end = digits - 1;
        }
        return text.substring(start, end);
    }

    /** As the regular expressions' {@code \d}: ASCII digits only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
