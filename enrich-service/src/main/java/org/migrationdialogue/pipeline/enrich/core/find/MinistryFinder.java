package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * National ministries ("Moroccan Ministry of Foreign Affairs", "Ministry of Interior of Italy", "Spanish Foreign
 * Ministry", "Ministry of Malians Abroad"), attributed to a country and a portfolio: id {@code gov:<cc>:<portfolio>},
 * name as first written. The country is a demonym or country name inside the name, else one named right after it in
 * the same clause (the name then extends to it), else the nearest country named shortly before it in the same
 * paragraph, else the country the whole report is plainly about (a national communiqué), else the one country the
 * report names at all (a communiqué naming its country once); a ministry with no country is left out.
 */
public final class MinistryFinder {

    private static final int LOOK_BACK = 120;
    private static final int TAIL = 40;
    private static final String CLAUSE_ENDS = ",.;:()\n";
    private static final String DEFAULT_PORTFOLIO = "ministry";
    /** The first word of a complement that is no preposition or article: "of the Environment", "de l'Urbanisme". */
    private static final Pattern COMPLEMENT_NOUN = Pattern.compile(
            "^(?:[\\s,]+|(?:of|for|the|de|des|du|la|le|les|del|do|da|dos|das)\\b|[ld]')*([a-z][a-z0-9]+)");

    private final CountryFinder countries;
    private final List<TermSpec> portfolios;
    private final List<String> foldedKeywords;
    private final NameSpanReader spans = new NameSpanReader();

    private final List<TermSpec> acronyms;
    private final Pattern acronymAfterCountry;

    /**
     * @param acronyms ministries' acronyms ("MFA"), keyed by portfolio: a ministry when a demonym or a country's name
     *                 is written right before it ("Turkish MFA")
     */
    public MinistryFinder(
            CountryFinder countries, List<TermSpec> portfolios, List<TermSpec> acronyms, TextNormaliser normaliser) {
        this.countries = countries;
        this.acronyms = List.copyOf(acronyms);
        String alternatives = acronyms.stream()
                .map(spec -> Pattern.quote(spec.phrase()))
                .sorted((left, right) -> right.length() - left.length())
                .collect(java.util.stream.Collectors.joining("|"));
        this.acronymAfterCountry = Pattern.compile(
                "(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?) (" + alternatives + ")(?![\\p{L}])");
        this.portfolios = List.copyOf(portfolios);
        this.foldedKeywords =
                portfolios.stream().map(spec -> normaliser.fold(spec.phrase())).toList();
    }

    public List<OrganisationHit> find(AnalysedText text) {
        List<OrganisationHit> hits = new ArrayList<>();
        for (Match match : text.matches().of(Layer.SIGNAL)) {
            if (match.kind() == TermKind.MINISTRY) {
                OrganisationHit hit = ministryAt(text, match);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        hits.addAll(acronymsAfterCountries(text));
        return hits;
    }

    /** "Turkish MFA", "Kenya MoI": a ministry's acronym right after the country's demonym or name. */
    private List<OrganisationHit> acronymsAfterCountries(AnalysedText text) {
        List<OrganisationHit> hits = new ArrayList<>();
        if (acronyms.isEmpty()) {
            return hits;
        }
        Matcher found = acronymAfterCountry.matcher(text.text());
        while (found.find()) {
            int start = found.start(1);
            String country = null;
            for (Match match : text.matches().within(Layer.COUNTRY, start, found.end(1))) {
                if (match.kind() == TermKind.COUNTRY && match.end() == found.end(1)) {
                    country = match.key();
                    start = match.start();
                }
            }
            if (country == null) {
                continue;
            }
            String acronym = found.group(2);
            String portfolio = acronyms.stream()
                    .filter(spec -> spec.phrase().equals(acronym))
                    .findFirst()
                    .orElseThrow()
                    .key();
            hits.add(new OrganisationHit(
                    start,
                    found.end(2),
                    "gov:" + country.toLowerCase(Locale.ROOT) + ":" + portfolio,
                    null,
                    text.text().substring(start, found.end(2))));
        }
        return hits;
    }

    private OrganisationHit ministryAt(AnalysedText text, Match word) {
        // In a heading in capitals ("AU TITRE DU MINISTERE DES FINANCES") the words before are not modifiers.
        boolean capitals = text.text()
                .substring(word.start(), word.end())
                .chars()
                .filter(Character::isLetter)
                .allMatch(Character::isUpperCase);
        int start = capitals ? word.start() : spans.extendLeftOverModifiers(text, word.start());
        int end = spans.extendRight(text.text(), word.end());
        Match countryInTail = countryInTail(text, end);
        if (countryInTail != null && countries.firstWithin(text, start, end) == null) {
            end = countryInTail.end();
        }
        String country = countryOf(text, start, end);
        if (country == null) {
            return null;
        }
        String name = text.text().substring(start, end);
        String id = "gov:" + country.toLowerCase(Locale.ROOT) + ":"
                + portfolio(text.folded().substring(start, end), text.folded().substring(word.end(), end));
        return new OrganisationHit(start, end, id, null, name);
    }

    /**
     * A country named just after the capitalised name, in the same clause: "Ministère des Affaires étrangères du
     * Maroc" (French names keep adjectives in lower case, which end the capitalised name early).
     */
    private static Match countryInTail(AnalysedText text, int end) {
        int limit = Math.min(text.text().length(), end + TAIL);
        for (int i = end; i < limit; i++) {
            if (CLAUSE_ENDS.indexOf(text.text().charAt(i)) >= 0) {
                limit = i;
            }
        }
        for (Match match : text.matches().within(Layer.COUNTRY, end, limit)) {
            if (match.kind() == TermKind.COUNTRY) {
                return match;
            }
        }
        return null;
    }

    private String countryOf(AnalysedText text, int start, int end) {
        String inside = countries.firstWithin(text, start, end);
        if (inside != null) {
            return inside;
        }
        int paragraphStart =
                text.document().blocks().get(text.document().blockAt(start)).start();
        List<String> before = countries.codesWithin(text, Math.max(paragraphStart, start - LOOK_BACK), start);
        if (!before.isEmpty()) {
            return before.getLast();
        }
        String dominant = countries.dominant(text);
        return dominant != null ? dominant : countries.sole(text);
    }

    /**
     * The portfolio of a known keyword; else the first noun of the name's complement ("Ministère de l'Urbanisme, des
     * Collectivités …" is {@code urbanisme}, and so is its short form "Ministère de l'Urbanisme"), so that ministries
     * of one country with different portfolios stay apart.
     */
    private String portfolio(String foldedName, String foldedComplement) {
        for (int i = 0; i < portfolios.size(); i++) {
            if (foldedName.contains(foldedKeywords.get(i))) {
                return portfolios.get(i).key();
            }
        }
        Matcher noun = COMPLEMENT_NOUN.matcher(foldedComplement);
        return noun.find() ? noun.group(1) : DEFAULT_PORTFOLIO;
    }
}
