package org.migrationdialogue.pipeline.enrich.core.text;

import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;

/**
 * Reads an extracted report as a {@link Document}: its clean text, folded once, and the layout ingest-service gave
 * it. A report without layout (a record older than the layout, or a test's bare text) is read one paragraph per
 * non-blank line; the layout is never guessed again here.
 */
public final class DocumentReader {

    private final TextNormaliser normaliser;

    public DocumentReader(TextNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    public Document read(ExtractedReport report) {
        String text = report.text() == null ? "" : report.text();
        List<Block> blocks = report.blocks().isEmpty() ? lines(text) : valid(report.blocks(), text.length());
        TextNormaliser.Folding folding = normaliser.foldForScan(text);
        return new Document(text, folding.folded(), folding.scanForm(), folding.words(), blocks);
    }

    /** Blocks inside the text only, in reading order: a malformed span is dropped rather than trusted. */
    private static List<Block> valid(List<Block> blocks, int length) {
        List<Block> kept = new ArrayList<>(blocks.size());
        int previousStart = 0;
        for (Block block : blocks) {
            if (block.end() <= length && block.start() >= previousStart) {
                kept.add(block);
                previousStart = block.start();
            }
        }
        return kept;
    }

    private static List<Block> lines(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int first = start;
            int last = end;
            while (first < last && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (last > first) {
                blocks.add(Block.paragraph(first, last, null));
            }
            start = end + 1;
        }
        return blocks;
    }
}
