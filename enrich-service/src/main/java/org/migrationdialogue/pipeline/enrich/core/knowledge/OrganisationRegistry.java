package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curated organisation registry of {@code organisations.tsv}, with English and French names and acronyms. */
public final class OrganisationRegistry {

    private static final String FILE = "organisations.tsv";

    private final Map<String, OrganisationEntry> entries;
    private final List<TermSpec> terms;

    private OrganisationRegistry(Map<String, OrganisationEntry> entries, List<TermSpec> terms) {
        this.entries = Map.copyOf(entries);
        this.terms = List.copyOf(terms);
    }

    public static OrganisationRegistry fromResources() {
        Map<String, OrganisationEntry> entries = new LinkedHashMap<>();
        List<TermSpec> terms = new ArrayList<>();
        for (String[] row : ResourceTable.rows(FILE)) {
            String id = row[0];
            String acronym = row[1].isBlank() ? null : row[1];
            entries.put(id, new OrganisationEntry(id, acronym, row[2]));
            terms.add(TermSpec.of(row[2], id));
            if (acronym != null) {
                terms.add(TermSpec.of(acronym, id));
            }
            addAliases(row, id, terms);
        }
        return new OrganisationRegistry(entries, terms);
    }

    private static void addAliases(String[] row, String id, List<TermSpec> terms) {
        if (row.length < 4 || row[3].isBlank()) {
            return;
        }
        for (String alias : row[3].split("\\|")) {
            terms.add(TermSpec.of(alias.strip(), id));
        }
    }

    public OrganisationEntry entry(String id) {
        return entries.get(id);
    }

    public int size() {
        return entries.size();
    }

    public List<TermSpec> terms() {
        return terms;
    }
}
