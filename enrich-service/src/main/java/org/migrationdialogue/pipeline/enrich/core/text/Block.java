package org.migrationdialogue.pipeline.enrich.core.text;

/**
 * A paragraph, heading or list item of a document, after unwrapping.
 *
 * @param text   the block's text without its list marker
 * @param start  offset of {@code text} in the document's text
 * @param marker how the block starts
 */
public record Block(String text, int start, Marker marker) {

    public int end() {
        return start + text.length();
    }

    public boolean endsWith(char c) {
        return !text.isEmpty() && text.charAt(text.length() - 1) == c;
    }
}
