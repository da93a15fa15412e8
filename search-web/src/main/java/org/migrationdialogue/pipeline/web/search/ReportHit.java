package org.migrationdialogue.pipeline.web.search;

import java.util.List;
import org.migrationdialogue.pipeline.web.text.Segment;

/**
 * One result of the search page.
 *
 * @param otherNames other bucket objects with the same content (same {@code content_sha256}), shown once
 */
public record ReportHit(
        String id,
        List<Segment> title,
        String key,
        String language,
        MeetingCard meeting,
        List<String> countries,
        List<String> organisations,
        List<String> themes,
        List<List<Segment>> snippets,
        List<OtherName> otherNames) {

    /** Another name of the same content: its report id and its key in the bucket. */
    public record OtherName(String id, String key) {}
}
