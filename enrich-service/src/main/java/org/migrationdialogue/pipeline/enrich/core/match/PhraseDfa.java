package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.List;

/**
 * A compact Aho-Corasick automaton compiled into a deterministic finite automaton over a dense alphabet.
 * <p>
 * <b>Alphabet.</b> Every character that occurs in a phrase gets a column (1..n); any other character maps to column
 * 0, on which every state goes back to the root. Phrases are in scan form (lower case, no accents, every
 * non-letter/digit a space), so the alphabet is small: the shipped phrases use the space, a–z and the "5" of
 * "G5 Sahel" and "5+5", 29 columns with column 0.
 * <p>
 * <b>Transitions.</b> One {@code int[]} of states × columns: the failure links are resolved at build time (the
 * goto function of a full DFA), so the scan reads exactly one table entry per character and never follows a
 * failure link. An entry holds the next state's row offset (state × columns), complemented ({@code ~}) when that
 * state ends at least one phrase, so the scan loop tests only the sign to know whether to report anything.
 * <p>
 * <b>Outputs.</b> Per state, the phrases that end there – its own and those of its failure chain – as a slice of
 * one {@code int[]} of phrase indexes ({@code outputStart[state]} to {@code outputStart[state + 1]}).
 * <p>
 * It reports every occurrence of every phrase, overlapping ones included, like a classic Aho-Corasick automaton.
 * Built by {@link PhraseDfaCompiler}; immutable. With the shipped knowledge base (1,935 distinct phrases):
 * 20,086 states × 29 columns, a 2.3 MB table; the whole automaton is built in about 0.2 s (cold JVM).
 * <p>
 * <b>Why not {@code org.ahocorasick}.</b> The library's {@code PayloadTrie} keeps each state's transitions in a
 * {@code HashMap<Character, State>} and follows failure links at scan time: every character was boxed and hashed,
 * and the walk took 35 % of a full enrichment of the Paris seed (JFR, 2026-11-26). This table reads one array entry
 * per character; with it (and three smaller fixes) the Paris seed went from 2.29–2.36 to 1.10–1.42 ms of CPU time
 * per call on a loaded machine, see docs/benchmarks.md, "Enrichment (JMH)".
 */
final class PhraseDfa {

    private final char[] columns;
    private final int columnCount;
    private final int[] transitions;
    private final int[] outputStart;
    private final int[] outputPhrases;
    private final int[] phraseLengths;

    PhraseDfa(char[] columns, int[] transitions, int[] outputStart, int[] outputPhrases, List<String> phrases) {
        this.columns = columns;
        this.columnCount = transitions.length / (outputStart.length - 1);
        this.transitions = transitions;
        this.outputStart = outputStart;
        this.outputPhrases = outputPhrases;
        this.phraseLengths = phrases.stream().mapToInt(String::length).toArray();
    }

    static PhraseDfa of(List<String> phrases) {
        return new PhraseDfaCompiler(phrases).compile();
    }

    /** Receives the phrases found by a scan. */
    interface Hits {

        /** Whether phrases ending at {@code last} (inclusive offset) are wanted at all; asked once per offset. */
        boolean wantsEndAt(int last);

        /** Phrase number {@code phrase} (index in the compiled list) occupies {@code [first, last]}. */
        void found(int phrase, int first, int last);
    }

    /** Scans a text once, reporting every occurrence of every phrase, in order of their end offsets. */
    void scan(String text, Hits hits) {
        int row = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = transitions[row + (c < columns.length ? columns[c] : 0)];
            if (next < 0) {
                next = ~next;
                report(next / columnCount, i, hits);
            }
            row = next;
        }
    }

    private void report(int state, int last, Hits hits) {
        if (!hits.wantsEndAt(last)) {
            return;
        }
        for (int k = outputStart[state]; k < outputStart[state + 1]; k++) {
            int phrase = outputPhrases[k];
            hits.found(phrase, last - phraseLengths[phrase] + 1, last);
        }
    }
}
