package org.migrationdialogue.pipeline.web.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Elasticsearch's highlights, read back into segments. Elasticsearch wraps matches in the tags we give it and leaves
 * the text as it is (not HTML-escaped), so the tags are two private-use characters that no report text carries: the
 * highlight is then split on them, and the template escapes every piece.
 */
public final class Highlights {

    public static final String START = "\uE000";
    public static final String END = "\uE001";

    private Highlights() {}

    public static List<Segment> segments(String highlighted) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < highlighted.length()) {
            int start = highlighted.indexOf(START, at);
            if (start < 0) {
                add(segments, highlighted.substring(at), null);
                break;
            }
            add(segments, highlighted.substring(at, start), null);
            int end = highlighted.indexOf(END, start);
            int stop = end < 0 ? highlighted.length() : end;
            add(segments, highlighted.substring(start + START.length(), stop), Segment.QUERY);
            at = end < 0 ? highlighted.length() : end + END.length();
        }
        return segments;
    }

    /** The text without the tags, and the ranges the tags marked (start inclusive, end exclusive). */
    public static Marks marks(String highlighted) {
        StringBuilder text = new StringBuilder(highlighted.length());
        List<int[]> ranges = new ArrayList<>();
        for (Segment segment : segments(highlighted)) {
            if (segment.marked()) {
                ranges.add(
                        new int[] {text.length(), text.length() + segment.text().length()});
            }
            text.append(segment.text());
        }
        return new Marks(text.toString(), ranges);
    }

    /** Plain text and the character ranges that matched the query. */
    public record Marks(String text, List<int[]> ranges) {}

    private static void add(List<Segment> segments, String text, String mark) {
        String clean = text.replace(START, "").replace(END, "");
        if (!clean.isEmpty()) {
            segments.add(new Segment(clean, mark));
        }
    }
}
