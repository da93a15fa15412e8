package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated organisation registry of {@code organisations.tsv}, with English, French, Spanish and Portuguese names
 * and acronyms, and the names of {@code not-organisations.txt} that look like organisations but are not.
 */
public final class OrganisationRegistry {

    private static final String FILE = "organisations.tsv";
    private static final String NOT_ORGANISATIONS = "not-organisations.txt";
    /** The key of the names of {@code not-organisations.txt}: plans, compacts, instruments, events. */
    public static final String NOT_AN_ORGANISATION = "-";

    private final Map<String, OrganisationEntry> entries;
    private final List<TermSpec> terms;
    private final Map<String, String> idsByName = new java.util.HashMap<>();

    private OrganisationRegistry(Map<String, OrganisationEntry> entries, List<TermSpec> terms) {
        this.entries = Map.copyOf(entries);
        this.terms = List.copyOf(terms);
        for (TermSpec term : this.terms) {
            if (!NOT_AN_ORGANISATION.equals(term.key())) {
                idsByName.putIfAbsent(term.phrase(), term.key());
            }
        }
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
        for (String name : ResourceTable.lines(NOT_ORGANISATIONS)) {
            terms.add(TermSpec.of(name, NOT_AN_ORGANISATION));
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

    /** The id of the body a name or alias is written as exactly ("ECOWAS Commission"), null if none. */
    public String idOfName(String name) {
        return idsByName.get(name);
    }

    public int size() {
        return entries.size();
    }

    public List<TermSpec> terms() {
        return terms;
    }
}
