package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Small knowledge files of "key, phrase" rows (or single phrases): cities, meeting types, portfolios, lead-ins. */
public final class KeyedPhrases {

    private KeyedPhrases() {}

    /** Rows "name, key" of proper names, which match only capitalised (cities: name then country code). */
    public static List<TermSpec> namesThenKey(String fileName) {
        List<TermSpec> terms = new ArrayList<>();
        for (String[] row : ResourceTable.rows(fileName)) {
            terms.add(new TermSpec(row[0], row[1], 1, TermFlags.forPhrase(row[0]) | TermFlags.CAPITAL));
        }
        return terms;
    }

    /** Rows "key, phrase" (meeting types, ministry portfolios, list lead-ins). */
    public static List<TermSpec> keyThenPhrase(String fileName) {
        List<TermSpec> terms = new ArrayList<>();
        for (String[] row : ResourceTable.rows(fileName)) {
            terms.add(TermSpec.of(row[1], row[0]));
        }
        return terms;
    }

    /** One phrase a row, keyed by itself (honorifics, ministry words). */
    public static List<TermSpec> phrases(String fileName) {
        List<TermSpec> terms = new ArrayList<>();
        for (String line : ResourceTable.lines(fileName)) {
            terms.add(new TermSpec(line, line, 1, TermFlags.CAPITAL));
        }
        return terms;
    }
}
