package org.migrationdialogue.pipeline.common.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One unit of a report's layout, as ingest-service read it: a heading, a paragraph, a list item or a table row.
 * A block does not copy its text: it is the span {@code [start, end)} of the report's {@code text} (offsets in
 * UTF-16 code units, as in Java and JavaScript strings), so the text travels once.
 *
 * @param kind   what the block is
 * @param start  offset of the block's first character in the report's text
 * @param end    offset just after its last character
 * @param level  heading level (1 = top), list nesting level (1 = top), or 0 for paragraphs and table rows
 * @param marker a list item's bullet or number as written ("•", "1.", "a)", "(iv)"); null for other kinds
 * @param page   the page the block starts on (1-based), null where the format has no pages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(Kind kind, int start, int end, int level, String marker, Integer page) {

    /** Separates the cells of a table row in the report's text: "Name | Title | Organisation". */
    public static final String CELL_SEPARATOR = " | ";

    public Block {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "a block spans [start, end) with 0 <= start <= end: " + start + ", " + end);
        }
    }

    public static Block heading(int start, int end, int level, Integer page) {
        return new Block(Kind.HEADING, start, end, level, null, page);
    }

    public static Block paragraph(int start, int end, Integer page) {
        return new Block(Kind.PARAGRAPH, start, end, 0, null, page);
    }

    public static Block listItem(int start, int end, int level, String marker, Integer page) {
        return new Block(Kind.LIST_ITEM, start, end, level, marker, page);
    }

    public static Block tableRow(int start, int end, Integer page) {
        return new Block(Kind.TABLE_ROW, start, end, 0, null, page);
    }

    /** The block's text, cut from the report's text. */
    public String textIn(String reportText) {
        return reportText.substring(start, end);
    }

    public enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        TABLE_ROW;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
