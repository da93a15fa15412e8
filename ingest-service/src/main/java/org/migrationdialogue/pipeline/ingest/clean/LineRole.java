package org.migrationdialogue.pipeline.ingest.clean;

import java.util.regex.Pattern;

/**
 * Decides what a line does in its block: starts a heading, a list item or a paragraph, or continues the
 * block before it. The decision reads only the line, the line before it and the layout of the text.
 *
 * <p>A heading is a line in capitals, or a short line without closing punctuation that follows the end of a
 * block ("Day 1 – 26 June 2014", "Working group 1:"). A list item has an explicit marker, or is an indented
 * line starting with a capital right after a line ending in ":" or ";", or after the end of a sentence in a
 * list item (a bullet glyph lost in extraction) — but not inside an item whose marker is written: there an
 * indented line is the item's hanging continuation, even after a label ending in ":" ("- Protecting Workers:"
 * then the item's text).
 * More blank lines than usual before a line start a new block, unless the line before is a full-width line of a
 * list item that stops mid-sentence (a page break inside the item). Otherwise a paragraph starts after a
 * line ending in sentence punctuation when the break shows: an indent, a short previous line, or a lead-in's
 * colon before a capital. Anything else continues the block.
 */
final class LineRole {

    enum Kind {
        HEADING,
        ITEM,
        PARAGRAPH,
        CONTINUATION
    }

    private static final Pattern ABBREVIATION =
            Pattern.compile("(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|cf|mr|mrs|ms|dr|no|vs|st|p|u\\.s|u\\.k|u\\.n)\\.$");
    private static final Pattern LIST_LEAD_IN = Pattern.compile("(?:[:;]|;\\s*(?:and|or|et|ou))$");
    /** The longest abbreviation with the character before it and its dot: "(u.s.". */
    private static final int ABBREVIATION_WINDOW = 6;
    /** A lead-in ("; and") with more spaces than a cleaned line keeps. */
    private static final int LEAD_IN_WINDOW = 32;
    /** Heading lines are short; a line of capitals longer than this is shouted body text. */
    private static final int MAX_HEADING_LENGTH = 120;

    private static final int MIN_HEADING_LETTERS = 3;

    private final LayoutStats layout;

    LineRole(LayoutStats layout) {
        this.layout = layout;
    }

    /**
     * @param previous     the line before, or null for the first line
     * @param previousKind what the line before did
     * @param inItem       whether the line before belongs to a list item
     * @param markedItem   whether that item's first line has its marker written out ("- ", "• ", "1.")
     */
    Kind classify(SourceLine line, SourceLine previous, Kind previousKind, boolean inItem, boolean markedItem) {
        if (LineShape.markdownHeading(line.text()).isPresent()) {
            return Kind.HEADING;
        }
        if (LineShape.of(line.text()).isListItem()) {
            return Kind.ITEM;
        }
        if (previous == null || hasVisibleGap(line) && !continuesItemAcrossBreak(previous, inItem)) {
            return isInCapitals(line.text()) || isShortTitle(line) ? Kind.HEADING : Kind.PARAGRAPH;
        }
        if (!markedItem && isLostBullet(line, previous, inItem)) {
            return Kind.ITEM;
        }
        boolean afterBlockEnd = previousKind == Kind.HEADING || endsSentence(previous.text(), ":;");
        if (afterBlockEnd && (isInCapitals(line.text()) || isShortTitle(line))) {
            return Kind.HEADING;
        }
        return startsParagraph(line, previous, previousKind, markedItem) ? Kind.PARAGRAPH : Kind.CONTINUATION;
    }

    private boolean startsParagraph(SourceLine line, SourceLine previous, Kind previousKind, boolean markedItem) {
        if (previousKind == Kind.HEADING || !layout.hardWrapped()) {
            return true;
        }
        // "- Protecting Workers:" then an indented line: the item's label, then its text (hanging).
        if (markedItem && line.indented() && previous.text().endsWith(":")) {
            return false;
        }
        boolean visibleBreak = line.indented() && !markedItem
                || layout.isShort(previous.text())
                || previous.text().endsWith(":");
        return visibleBreak && endsSentence(previous.text(), ":;") && startsWithCapitalOrDigit(line.text());
    }

    /**
     * A list item whose full-width line stops mid-sentence goes on after a gap: the gap is a page break inside the
     * item, not its end. (Paragraphs are left alone: a long title line has no closing punctuation either.)
     */
    private boolean continuesItemAcrossBreak(SourceLine previous, boolean inItem) {
        return inItem
                && layout.hardWrapped()
                && !layout.isShort(previous.text())
                && !endsSentence(previous.text(), ":;");
    }

    /** More blank lines than usual before a line end the block before it. */
    private boolean hasVisibleGap(SourceLine line) {
        return line.gapBefore() > layout.usualGap();
    }

    private boolean isShortTitle(SourceLine line) {
        String text = line.text();
        return layout.isShort(text) && startsWithCapitalOrDigit(text) && !endsSentence(text, ";,-");
    }

    private static boolean isLostBullet(SourceLine line, SourceLine previous, boolean inItem) {
        boolean afterLeadIn = LineEnds.endsWith(LIST_LEAD_IN, previous.text(), LEAD_IN_WINDOW)
                || inItem && endsSentence(previous.text(), "");
        return line.indented() && Character.isUpperCase(line.text().charAt(0)) && afterLeadIn;
    }

    private static boolean isInCapitals(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= MIN_HEADING_LETTERS
                && text.length() <= MAX_HEADING_LENGTH
                && text.chars().noneMatch(Character::isLowerCase);
    }

    /** Ends in . ! ? or one of {@code extra}, ignoring closing quotes and brackets; "e.g." ends nothing. */
    private static boolean endsSentence(String text, String extra) {
        String core = LineEnds.withoutClosing(text);
        if (core.isEmpty() || LineEnds.endsWith(ABBREVIATION, core, ABBREVIATION_WINDOW)) {
            return false;
        }
        char last = core.charAt(core.length() - 1);
        return ".!?".indexOf(last) >= 0 || extra.indexOf(last) >= 0;
    }

    private static boolean startsWithCapitalOrDigit(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }
}
