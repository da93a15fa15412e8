package org.migrationdialogue.pipeline.enrich.core.text;

import java.util.Set;

/**
 * One non-blank line of the input with its list marker, if any, recognised.
 *
 * @param content   the line without indentation, marker and trailing spaces, inner spaces collapsed
 * @param marker    the explicit marker the line starts with, or {@link Marker#NONE}
 * @param indented  whether the line started with white space
 * @param gapBefore blank lines between this line and the previous content line, -1 when page furniture was
 *                  removed in between (a page break says nothing about paragraphs)
 */
record SourceLine(String content, Marker marker, boolean indented, int gapBefore) {

    private static final String BULLETS = "\u2022\u25aa\u25e6\u25cf\u25a0\u27a2\u25ba\u00b7*";
    private static final String DASHES = "-\u2013\u2014";
    private static final int MAX_NUMBER_DIGITS = 2;
    private static final Set<String> LIST_CONJUNCTIONS = Set.of("and", "or", "et", "ou");

    /** Reads a stripped line that holds something; {@code indented} tells whether white space preceded it. */
    static SourceLine of(String stripped, boolean indented, int gapBefore) {
        int bodyStart = markerEnd(stripped);
        Marker marker = bodyStart == 0 ? Marker.NONE : markerOf(stripped.charAt(0));
        return new SourceLine(collapseSpaces(stripped, bodyStart), marker, indented, gapBefore);
    }

    /** Offset after the marker and its spaces, or 0 when the line has no marker. */
    private static int markerEnd(String line) {
        char first = line.charAt(0);
        if (isBullet(first)) {
            return skipSpaces(line, 1);
        }
        if (DASHES.indexOf(first) >= 0) {
            return line.length() > 1 && line.charAt(1) == ' ' ? skipSpaces(line, 1) : 0;
        }
        if (Character.isDigit(first)) {
            return numberEnd(line);
        }
        return letterEnd(line);
    }

    private static int numberEnd(String line) {
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        boolean closed = digits <= MAX_NUMBER_DIGITS && digits + 2 < line.length()
                && (line.charAt(digits) == '.' || line.charAt(digits) == ')') && line.charAt(digits + 1) == ' '
                && !Character.isDigit(line.charAt(digits + 2));
        return closed ? skipSpaces(line, digits + 1) : 0;
    }

    private static int letterEnd(String line) {
        int start = line.charAt(0) == '(' ? 1 : 0;
        boolean letterItem = line.length() > start + 2 && line.charAt(start) >= 'a' && line.charAt(start) <= 'z'
                && line.charAt(start + 1) == ')' && line.charAt(start + 2) == ' ';
        return letterItem ? skipSpaces(line, start + 2) : 0;
    }

    private static Marker markerOf(char first) {
        if (isBullet(first)) {
            return Marker.BULLET;
        }
        if (DASHES.indexOf(first) >= 0) {
            return Marker.DASH;
        }
        return Character.isDigit(first) ? Marker.NUMBER : Marker.LETTER;
    }

    private static boolean isBullet(char c) {
        return BULLETS.indexOf(c) >= 0 || c >= '\uf000' && c <= '\uf0ff';
    }

    private static int skipSpaces(String line, int from) {
        int position = from;
        while (position < line.length() && Character.isWhitespace(line.charAt(position))) {
            position++;
        }
        return position;
    }

    private static String collapseSpaces(String text, int from) {
        if (!needsCollapsing(text, from)) {
            return text.substring(from);
        }
        StringBuilder collapsed = new StringBuilder(text.length() - from);
        boolean space = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space && !collapsed.isEmpty()) {
                    collapsed.append(' ');
                }
                collapsed.append(c);
                space = false;
            }
        }
        return collapsed.toString();
    }

    private static boolean needsCollapsing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean oddSpace = c < ' ' || c > '~' && (c == '\u00a0' || Character.isWhitespace(c));
            boolean doubleSpace = c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
            if (oddSpace || doubleSpace) {
                return true;
            }
        }
        return false;
    }

    int length() {
        return content.length();
    }

    boolean startsUpperCase() {
        return !content.isEmpty() && Character.isUpperCase(content.charAt(0));
    }

    /** Ends like a finished sentence or list item: ". ; : ! ?" or "; and". */
    boolean endsSentence() {
        if (content.isEmpty()) {
            return false;
        }
        char last = content.charAt(content.length() - 1);
        return ".;:!?".indexOf(last) >= 0 || endsWithListConjunction();
    }

    private boolean endsWithListConjunction() {
        int space = content.lastIndexOf(' ');
        if (space < 1) {
            return false;
        }
        String lastWord = content.substring(space + 1);
        return LIST_CONJUNCTIONS.contains(lastWord) && content.substring(0, space).strip().endsWith(";");
    }
}
