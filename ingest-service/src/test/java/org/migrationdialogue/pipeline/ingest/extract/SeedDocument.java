package org.migrationdialogue.pipeline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.ingest.clean.Seeds;
import org.migrationdialogue.pipeline.ingest.clean.TextCleaner;

/**
 * A seed report as the fixtures need it: its wrapped lines without its own page furniture (for paged
 * formats, which add their own), and its blocks (for formats with paragraphs).
 *
 * @param title          the title the fixtures put in their metadata
 * @param wrappedLines   the seed's lines, an empty string where the seed had a paragraph break
 * @param blocks         headings, paragraphs and items, one per entry
 */
record SeedDocument(Seeds seed, String title, List<String> wrappedLines, List<String> blocks) {

    private static final Pattern SEED_FURNITURE =
            Pattern.compile("\\s*(\\d{1,3}|Proje(ct|t) (funded|financé).*|.*Projet mis en œuvre par)\\s*");
    /** The seeds separate wrapped lines by one blank line and paragraphs by more. */
    private static final int PARAGRAPH_GAP = 2;

    static SeedDocument of(Seeds seed, String title) {
        String text = seed.text();
        List<String> blocks = TextCleaner.withDefaultRules()
                .clean(text)
                .text()
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        return new SeedDocument(seed, title, wrappedLines(text), blocks);
    }

    private static List<String> wrappedLines(String text) {
        List<String> lines = new ArrayList<>();
        int gap = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                gap++;
                continue;
            }
            if (SEED_FURNITURE.matcher(line).matches()) {
                continue;
            }
            if (gap >= PARAGRAPH_GAP && !lines.isEmpty()) {
                lines.add("");
            }
            lines.add(line.strip());
            gap = 0;
        }
        return lines;
    }

    /** A block is a heading when it is short and does not end a sentence. */
    static boolean isHeading(String block) {
        return block.length() < 80 && !block.matches(".*[.;,]$") && !isItem(block);
    }

    static boolean isItem(String block) {
        return block.startsWith("• ") || block.matches("\\d{1,2}\\. .*");
    }
}
