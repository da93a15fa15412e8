package org.migrationdialogue.pipeline.ingest.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line's own characters say about it: an explicit bullet item, a numbered item, or plain text.
 *
 * @param marker {@code •} for any bullet ("•", "·", "-", "*"), the number as written ("1.", "2)", "a)", "iv.")
 *               for a numbered item, empty for plain text
 * @param body   the text after the marker
 */
record LineShape(String marker, String body) {

    static final String BULLET = "•";

    /**
     * "-" and "*" need a space after them, or "-based" and "*note" would be bullets; so does "·" (the bullet Word
     * writes for its Symbol-font lists, as Tika gives it), which also separates words in some texts.
     */
    private static final Pattern BULLET_ITEM = Pattern.compile("^(?:•\\s*|[-*·]\\s+)(\\S.*)$");
    /** Two-digit numbers at most (so a wrapped "2014." is no item); lower-case letters; roman numerals. */
    private static final Pattern NUMBERED_ITEM =
            Pattern.compile("^(\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)])\\s+(\\S.*)$");

    /** A Markdown ATX heading, "## Session 1", is a heading whatever its length. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(\\S.*?)(?:\\s+#+)?$");

    /** The text of a Markdown heading line, without its hashes; empty for other lines. */
    static Optional<String> markdownHeading(String text) {
        Matcher heading = MARKDOWN_HEADING.matcher(text);
        return heading.matches() ? Optional.of(heading.group(2)) : Optional.empty();
    }

    /** The level of a Markdown heading line (its number of hashes), 1 for any other line. */
    static int markdownHeadingLevel(String text) {
        Matcher heading = MARKDOWN_HEADING.matcher(text);
        return heading.matches() ? heading.group(1).length() : 1;
    }

    static LineShape of(String text) {
        Matcher bullet = BULLET_ITEM.matcher(text);
        if (bullet.matches()) {
            return new LineShape(BULLET, bullet.group(1));
        }
        Matcher numbered = NUMBERED_ITEM.matcher(text);
        if (numbered.matches()) {
            return new LineShape(numbered.group(1), numbered.group(2));
        }
        return new LineShape("", text);
    }

    boolean isListItem() {
        return !marker.isEmpty();
    }
}
