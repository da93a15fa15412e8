package org.migrationdialogue.pipeline.web.report;

import java.util.List;
import org.migrationdialogue.pipeline.web.search.MeetingCard;
import org.migrationdialogue.pipeline.web.search.ReportHit;
import org.migrationdialogue.pipeline.web.text.Segment;

/** Everything the report page shows of one report. */
public record ReportView(
        String id,
        String title,
        String key,
        String language,
        String pageCount,
        String uploadedAt,
        MeetingCard meeting,
        List<Entity> countries,
        List<Entity> organisations,
        List<Entity> people,
        List<Entity> themes,
        List<Item> recommendations,
        List<Item> conclusions,
        List<Segment> text,
        List<ReportHit.OtherName> otherNames,
        String query) {

    /**
     * An entity or theme with what to say about it and the search it links to.
     *
     * @param detail mention count, score, or a person's role and organisation
     * @param mark   the class its occurrences have in the text ({@link Segment#COUNTRY}, …), null for themes
     */
    public record Entity(String label, String detail, String link, String mark) {}

    /** One recommendation or conclusion, with the list it belongs to. */
    public record Item(int ordinal, String group, String text) {}
}
