package org.migrationdialogue.pipeline.common.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One realistic value of every contract event, for serde and broker round trips. */
public final class ContractSamples {

    public static final Instant UPLOADED_AT = Instant.parse("2026-11-26T10:15:30Z");
    public static final String BUCKET = "reports";
    public static final String KEY = "rabat/som-2014-06.pdf";

    private ContractSamples() {}

    public static UploadEvent uploaded() {
        return UploadEvent.created(
                BUCKET, KEY, 412_345, "\"9b2cf535f27731c974343645a3985328\"", "application/pdf", UPLOADED_AT);
    }

    public static ExtractedReport extracted() {
        SourceObject source = uploaded().source();
        String text = "Senior Officials Meeting\n\nSummary of debates - 26 and 27 June 2014, Rabat, Morocco\n";
        List<Block> blocks = List.of(Block.heading(0, 24, 1, 1), Block.paragraph(26, 83, 1));
        return new ExtractedReport(
                ReportId.of(BUCKET, KEY),
                source,
                ReportId.sha256Hex(text),
                "Senior Officials Meeting",
                "en",
                12,
                Map.of("author", "ICMPD"),
                text,
                blocks,
                UPLOADED_AT.plusSeconds(2));
    }

    /** A two-page scan extracted where OCR was off: found by its name and metadata, its text missing. */
    public static ExtractedReport scanWithoutText() {
        SourceObject source = new SourceObject(
                BUCKET,
                "declarations/signed-declaration-2015.pdf",
                "\"5e1d\"",
                2_412_001,
                "application/pdf",
                UPLOADED_AT);
        return new ExtractedReport(
                ReportId.of(BUCKET, source.key()),
                source,
                ReportId.sha256Hex("scan"),
                "",
                "und",
                2,
                Map.of("author", "Rabat Process Secretariat", "ocr", "off: Tesseract is not installed"),
                "",
                List.of(),
                List.of(),
                ExtractedReport.OCR_OFF,
                List.of(1, 2),
                UPLOADED_AT.plusSeconds(2));
    }

    /** A mixed PDF read where OCR ran: its second page came from OCR. */
    public static ExtractedReport partlyScanned() {
        ExtractedReport text = extracted();
        return new ExtractedReport(
                text.id(),
                text.source(),
                text.contentSha256(),
                text.title(),
                text.language(),
                text.pageCount(),
                text.metadata(),
                text.text(),
                text.blocks(),
                List.of(2),
                null,
                List.of(),
                text.extractedAt());
    }

    /** {@link #scanWithoutText()} enriched: nothing found in an empty text. */
    public static EnrichedReport enrichedScanWithoutText() {
        return new EnrichedReport(scanWithoutText(), Enrichment.NOTHING, UPLOADED_AT.plusSeconds(3));
    }

    public static Recommendation recommendation() {
        String text =
                "Strengthen the exchange of information on document fraud between African and European countries;";
        return new Recommendation(
                ReportId.ofRecommendation(text),
                1,
                "co-chairs' conclusions and recommendations",
                Recommendation.RECOMMENDATION,
                text,
                List.of("document_fraud", "regional_cooperation"),
                List.of("MA", "FR"),
                List.of("icmpd"));
    }

    public static EnrichedReport enriched() {
        Meeting meeting = new Meeting(
                Meeting.SENIOR_OFFICIALS_MEETING,
                "Senior Officials Meeting",
                "Rabat",
                "MA",
                LocalDate.of(2014, 6, 26),
                LocalDate.of(2014, 6, 27));
        Enrichment found = new Enrichment(
                meeting,
                List.of(new CountryMention("MA", "Morocco", 14), new CountryMention("SN", "Senegal", 3)),
                List.of(new OrganisationMention(
                        "icmpd",
                        "ICMPD",
                        "International Centre for Migration Policy Development",
                        List.of("ICMPD"),
                        5)),
                List.of(new Person(
                        "Nasser Bourita",
                        "His Excellency Mr.",
                        "Secretary General",
                        "Ministry of Foreign Affairs and Cooperation",
                        "MA")),
                List.of(new ThemeScore("document_fraud", "Document fraud", 4.2)),
                List.of(recommendation()));
        return new EnrichedReport(extracted(), found, UPLOADED_AT.plusSeconds(3));
    }

    public static PublishedRecommendation published() {
        return PublishedRecommendation.of(enriched(), recommendation(), UPLOADED_AT.plusSeconds(4));
    }
}
