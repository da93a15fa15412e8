package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.util.LinkedHashSet;
import java.util.Set;

/** Spellings of a CLDR country name as prose writes it: "Myanmar (Burma)" gives also "Myanmar" and "Burma". */
final class CldrSpellings {

    private CldrSpellings() {}

    static Set<String> of(String cldrName) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(cldrName);
        int open = cldrName.indexOf(" (");
        if (open > 0 && cldrName.endsWith(")")) {
            spellings.add(cldrName.substring(0, open));
            spellings.add(cldrName.substring(open + 2, cldrName.length() - 1));
        }
        if (cldrName.contains(" & ")) {
            spellings.add(cldrName.replace(" & ", " and "));
            spellings.add(cldrName.replace(" & ", " et "));
        }
        if (cldrName.startsWith("St. ")) {
            spellings.add("Saint " + cldrName.substring(4));
        }
        if (cldrName.contains(" - ")) {
            spellings.add(cldrName.replace(" - ", "-"));
        }
        return spellings;
    }
}
