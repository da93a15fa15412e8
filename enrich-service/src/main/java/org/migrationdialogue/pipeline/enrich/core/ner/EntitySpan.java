package org.migrationdialogue.pipeline.enrich.core.ner;

/**
 * A name found by a statistical model: the characters {@code [start, end)} of the text it was found in (offsets
 * into that whole text, not into the passage asked for), and its type.
 */
public record EntitySpan(int start, int end, EntityType type) {

    public EntitySpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
    }

    /** The span's characters in {@code text}, the text it was found in. */
    public String textIn(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
