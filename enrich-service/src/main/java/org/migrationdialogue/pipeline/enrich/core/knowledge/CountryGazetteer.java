package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every ISO 3166-1 country with its English and French CLDR names (from the JDK) plus the variants and demonyms of
 * {@code country-variants.tsv}. Blocking phrases (code "-") hide the country names inside them.
 */
public final class CountryGazetteer {

    public static final String BLOCK = "-";
    private static final String VARIANTS = "country-variants.tsv";

    private final Map<String, String> englishNames;
    private final List<TermSpec> terms;

    private CountryGazetteer(Map<String, String> englishNames, List<TermSpec> terms) {
        this.englishNames = Map.copyOf(englishNames);
        this.terms = List.copyOf(terms);
    }

    public static CountryGazetteer fromResources() {
        Map<String, String> names = new TreeMap<>();
        Map<String, TermSpec> byPhrase = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            addCldrNames(code, names, byPhrase);
        }
        for (String[] row : ResourceTable.rows(VARIANTS)) {
            addVariant(row, names, byPhrase);
        }
        return new CountryGazetteer(names, new ArrayList<>(byPhrase.values()));
    }

    private static void addCldrNames(String code, Map<String, String> names, Map<String, TermSpec> byPhrase) {
        Locale country = Locale.of("", code);
        String english = country.getDisplayCountry(Locale.ENGLISH);
        names.put(code, english);
        for (String name : List.of(english, country.getDisplayCountry(Locale.FRENCH))) {
            for (String spelling : CldrSpellings.of(name)) {
                byPhrase.putIfAbsent(spelling.toLowerCase(Locale.ROOT), TermSpec.of(spelling, code));
            }
        }
    }

    private static void addVariant(String[] row, Map<String, String> names, Map<String, TermSpec> byPhrase) {
        String code = row[0];
        String phrase = row[1];
        int flags = row.length > 2 ? TermFlags.parse(row[2]) : 0;
        if (!BLOCK.equals(code)) {
            names.computeIfAbsent(code, c -> Locale.of("", c).getDisplayCountry(Locale.ENGLISH));
        }
        byPhrase.put(phrase.toLowerCase(Locale.ROOT), new TermSpec(phrase, code, 1, flags));
        if (row.length > 2 && row[2].contains("demonym")) {
            for (String form : inflections(phrase)) {
                byPhrase.putIfAbsent(form.toLowerCase(Locale.ROOT), new TermSpec(form, code, 1, flags));
            }
        }
    }

    /**
     * Plural of a demonym ("Malians"); for a French adjective, written in lower case, also its feminine forms
     * ("malienne", "maliennes", "marocaine").
     */
    private static List<String> inflections(String demonym) {
        List<String> forms = new ArrayList<>(List.of(demonym + "s"));
        if (Character.isLowerCase(demonym.charAt(0))) {
            String feminine = demonym.endsWith("ien") ? demonym + "ne" : demonym + "e";
            forms.add(feminine);
            forms.add(feminine + "s");
        }
        return forms;
    }

    public String englishName(String code) {
        return englishNames.getOrDefault(code, code);
    }

    public List<TermSpec> terms() {
        return terms;
    }
}
