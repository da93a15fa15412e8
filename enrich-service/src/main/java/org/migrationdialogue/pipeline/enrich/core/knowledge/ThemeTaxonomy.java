package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contract's theme taxonomy ({@code themes.tsv}) and its weighted vocabulary ({@code theme-vocabulary.tsv}). */
public final class ThemeTaxonomy {

    private final Map<String, String> labels;
    private final List<TermSpec> terms;

    private ThemeTaxonomy(Map<String, String> labels, List<TermSpec> terms) {
        this.labels = labels;
        this.terms = List.copyOf(terms);
    }

    public static ThemeTaxonomy fromResources() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String[] row : ResourceTable.rows("themes.tsv")) {
            labels.put(row[0], row[1]);
        }
        List<TermSpec> terms = new ArrayList<>();
        for (String[] row : ResourceTable.rows("theme-vocabulary.tsv")) {
            if (!labels.containsKey(row[0])) {
                throw new IllegalStateException("theme vocabulary names an unknown theme " + row[0]);
            }
            terms.add(new TermSpec(row[2], row[0], Integer.parseInt(row[1]), 0));
        }
        return new ThemeTaxonomy(Collections.unmodifiableMap(labels), terms);
    }

    public String label(String id) {
        return labels.get(id);
    }

    public List<TermSpec> terms() {
        return terms;
    }
}
