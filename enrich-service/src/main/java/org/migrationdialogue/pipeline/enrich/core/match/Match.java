package org.migrationdialogue.pipeline.enrich.core.match;

/** A term found in a document's text between {@code start} (inclusive) and {@code end} (exclusive). */
public record Match(int start, int end, Term term) {

    public int length() {
        return end - start;
    }

    public String key() {
        return term.key();
    }

    public TermKind kind() {
        return term.kind();
    }
}
