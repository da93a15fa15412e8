package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Text without structure of its own (PDF, plain text) as the parser gave it, page by page, for
 * {@link TextCleaner#clean(PagedText)}.
 *
 * @param pages the text of each page in turn, or the whole text as one entry when it has no pages
 * @param paged whether the entries are pages (numbered from 1)
 */
public record PagedText(List<String> pages, boolean paged) {

    public PagedText {
        pages = List.copyOf(pages);
    }

    /** Collects the text as it comes; text before the first page start belongs to the first page. */
    public static final class Builder {
        private final List<StringBuilder> pages = new ArrayList<>(List.of(new StringBuilder()));

        public void startPage() {
            pages.add(new StringBuilder());
        }

        public void append(String text) {
            pages.getLast().append(text);
        }

        public PagedText build() {
            if (pages.size() == 1) {
                return new PagedText(List.of(pages.getFirst().toString()), false);
            }
            List<String> texts = new ArrayList<>(
                    pages.stream().skip(1).map(StringBuilder::toString).toList());
            texts.set(0, pages.getFirst() + texts.getFirst());
            return new PagedText(texts, true);
        }
    }
}
