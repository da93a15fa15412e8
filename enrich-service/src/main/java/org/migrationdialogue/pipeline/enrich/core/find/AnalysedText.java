package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.enrich.core.match.Matches;
import org.migrationdialogue.pipeline.enrich.core.text.Document;

/** A document with the phrase matches of its single automaton pass. */
public record AnalysedText(Document document, Matches matches) {

    public String text() {
        return document.text();
    }

    public String folded() {
        return document.folded();
    }
}
