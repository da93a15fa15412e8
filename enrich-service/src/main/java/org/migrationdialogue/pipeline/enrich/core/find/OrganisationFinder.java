package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.migrationdialogue.pipeline.enrich.core.knowledge.OrganisationEntry;
import org.migrationdialogue.pipeline.enrich.core.knowledge.OrganisationRegistry;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;

/**
 * Organisations: registry names, aliases and acronyms in English, French, Spanish and Portuguese (so "OIM" and
 * "IOM" give one id), national ministries ({@link MinistryFinder}), report-defined acronyms
 * ({@link LocalAcronymFinder}) and other named bodies read from the shape of their name ({@link NamedBodyFinder}).
 * Plans, compacts and instruments named like organisations ({@code not-organisations.txt}) are none.
 */
public final class OrganisationFinder {

    /** What opens the complement of a body's name: " for the East …", " de la région …". */
    private static final java.util.regex.Pattern COMPLEMENT =
            java.util.regex.Pattern.compile(" (?:for|of|on|pour|de|du|des|del|para) ");

    /** What joins an organ to its body: " of the ", " de la ", " du ", " de l'"… */
    /** An acronym opening a name: "IOM " of "IOM Central Evaluation Division". */
    private static final java.util.regex.Pattern PARENT_ACRONYM =
            java.util.regex.Pattern.compile("\\p{Lu}{2,}\\s+(?=\\p{Lu}\\p{Ll})");

    private static final java.util.regex.Pattern ORGAN_OF =
            java.util.regex.Pattern.compile(" (?:of(?: the)?|de(?: la| l['’])?|du|des|del|da|do) ?");

    /** The capitalised words right after a bracketed acronym: ") Commission", ") Court of Justice" (group 1). */
    private static final java.util.regex.Pattern ORGAN_WORDS =
            java.util.regex.Pattern.compile("\\) (\\p{Lu}\\p{Ll}+(?: (?:of )?\\p{Lu}\\p{Ll}+){0,3})");

    /** A plural head and two capitalised complements: "Departments of Justice and Homeland Security". */
    private static final java.util.regex.Pattern SHARED_HEAD = java.util.regex.Pattern.compile(
            "\\b(Departments|Ministries|Offices|Agencies)\\s+of\\s+(?:the\\s+)?(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)"
                    + "\\s+and\\s+(?:the\\s+)?(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)");

    private final OrganisationRegistry registry;
    private final MinistryFinder ministries;
    private final LocalAcronymFinder localAcronyms;
    private final NamedBodyFinder namedBodies;
    private final ListedBodyFinder listedBodies;
    private final AnchoredBodyFinder anchoredBodies;

    public OrganisationFinder(
            OrganisationRegistry registry,
            MinistryFinder ministries,
            LocalAcronymFinder localAcronyms,
            Set<String> heads,
            List<org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec> bodyListWords) {
        this.registry = registry;
        this.ministries = ministries;
        this.localAcronyms = localAcronyms;
        this.namedBodies = new NamedBodyFinder(heads);
        this.listedBodies = new ListedBodyFinder(bodyListWords, heads);
        this.anchoredBodies = new AnchoredBodyFinder(bodyListWords, listedBodies, heads);
    }

    /**
     * The organisations of a report. (A statistical model's organisations were measured on the development corpus
     * and left out: with the registry and the rules above they added no organisation that was not outweighed by a
     * false one — titles, portfolios, fragments. The model serves the people.)
     */
    public OrganisationFindings extract(AnalysedText text) {
        List<OrganisationHit> hits = organsAfterAcronyms(registryHits(text), text.text());
        hits.addAll(sharedHeads(hits, text.text()));
        // A ministry read in full ("Moroccan Ministry of Foreign Affairs and Cooperation") is better than the
        // registry's shorter alias of it; other registry names win over a ministry read around them.
        for (OrganisationHit ministry : ministries.find(text)) {
            hits.removeIf(hit -> hit.id().startsWith("gov:") && overlap(hit, ministry));
            if (hits.stream().noneMatch(hit -> overlap(hit, ministry))) {
                hits.add(ministry);
            }
        }
        List<OrganisationHit> known = List.copyOf(hits);
        List<OrganisationHit> local = localAcronyms.find(text, hits).stream()
                .map(hit -> registryBodyNamed(hit, known, text.text()))
                .toList();
        // A body the report defines itself ("Office national des migrations (ONM)") is that body, not another
        // registry body of the same acronym.
        Set<String> defined = local.stream()
                .filter(hit -> hit.id().startsWith(LocalAcronymFinder.ID_PREFIX))
                .map(OrganisationHit::acronym)
                .collect(java.util.stream.Collectors.toSet());
        // A registry body that opens a defined name ("ECOWAS Traders' Forum (ETF)") stays a mention of its own.
        hits.removeIf(hit -> defined.contains(text.text().substring(hit.start(), hit.end()))
                || local.stream()
                        .anyMatch(definition -> hit.start() == definition.end() + 2
                                || insideItsAcronym(hit, definition)
                                || overlap(hit, definition)
                                        && !opens(hit, definition, text.text())
                                        && !namesItsParent(hit, definition, text.text())));
        hits.addAll(local);
        List<int[]> glossary = localAcronyms.glossary(text).stream()
                .map(entry -> new int[] {entry.blockStart(), entry.nameEnd()})
                .toList();
        // bodies named with no organisation word, where they are listed ("companies such as …")
        hits.addAll(listedBodies.find(text, hits));
        hits.addAll(sameNamesJoined(namedBodies.find(text, hits, glossary), hits, text.text()));
        // bodies with no organisation word that known bodies beside them, or their commitments, name as such
        hits.addAll(anchoredBodies.find(text, hits));
        hits.sort(Comparator.comparingInt(OrganisationHit::start));
        return new OrganisationFindings(organsJoined(prefixesJoined(hits, text.text()), text.text()), text.text());
    }

    /**
     * "the Departments of Justice and Homeland Security": a plural head shared by two complements names two registry
     * bodies, each its singular head and its complement ("Department of Justice"); a complement no registry body
     * names so, or that a registry name already covers, gives nothing more.
     */
    private List<OrganisationHit> sharedHeads(List<OrganisationHit> known, String text) {
        List<OrganisationHit> found = new ArrayList<>();
        java.util.regex.Matcher shared = SHARED_HEAD.matcher(text);
        while (shared.find()) {
            String head = shared.group(1).substring(0, shared.group(1).length() - 1);
            head = head.endsWith("ie") ? head.substring(0, head.length() - 2) + "y" : head;
            for (int group = 2; group <= 3; group++) {
                int start = shared.start(group);
                int end = shared.end(group);
                String id = registry.idOfName(head + " of " + shared.group(group));
                if (id == null) {
                    id = registry.idOfName(head + " of the " + shared.group(group));
                }
                if (id != null && known.stream().noneMatch(hit -> hit.start() < end && start < hit.end())) {
                    OrganisationEntry entry = registry.entry(id);
                    found.add(new OrganisationHit(start, end, id, entry.acronym(), entry.name()));
                }
            }
        }
        return found;
    }

    /**
     * "Conseil des ministres de la CEDEAO", "Council of Ministers of ECOWAS": a registry body with no acronym of its
     * own (an organ every organisation may have) named as another registry body's is that body's organ, a body of
     * its own ({@code <body>:<organ>}); the body's own mention stays.
     */
    private static List<OrganisationHit> organsJoined(List<OrganisationHit> sorted, String text) {
        List<OrganisationHit> joined = new ArrayList<>(sorted);
        for (int i = 0; i + 1 < sorted.size(); i++) {
            OrganisationHit organ = sorted.get(i);
            OrganisationHit body = sorted.get(i + 1);
            boolean registryPair = organ.acronym() == null
                    && !organ.id().contains(":")
                    && !body.id().contains(":")
                    && !organ.id().equals(body.id());
            if (registryPair
                    && ORGAN_OF.matcher(text.substring(organ.end(), body.start()))
                            .matches()) {
                joined.set(
                        joined.indexOf(organ),
                        new OrganisationHit(
                                organ.start(),
                                body.end(),
                                body.id() + ":" + organ.id(),
                                null,
                                text.substring(organ.start(), body.end())));
            }
        }
        return joined;
    }

    /**
     * "Economic Community of West African States (ECOWAS) Commission": a registry body's full name, its acronym in
     * brackets, then the words that make the acronym another registry body's name ("ECOWAS Commission") name that
     * body, the organ, not the organisation.
     */
    private List<OrganisationHit> organsAfterAcronyms(List<OrganisationHit> sorted, String text) {
        List<OrganisationHit> joined = new ArrayList<>(sorted);
        for (int i = sorted.size() - 1; i > 0; i--) {
            OrganisationHit acronym = sorted.get(i);
            OrganisationHit full = sorted.get(i - 1);
            if (!acronym.id().equals(full.id())
                    || acronym.acronym() == null
                    || full.end() > acronym.start()
                    || !text.substring(acronym.start(), acronym.end()).equals(acronym.acronym())
                    || !text.substring(full.end(), acronym.start()).equals(" (")) {
                continue;
            }
            java.util.regex.Matcher organ = ORGAN_WORDS.matcher(text).region(acronym.end(), text.length());
            if (!organ.lookingAt()) {
                continue;
            }
            String[] words = organ.group(1).split(" ");
            for (int count = words.length; count > 0; count--) {
                String name = acronym.acronym() + " " + String.join(" ", java.util.Arrays.copyOf(words, count));
                String id = registry.idOfName(name);
                if (id != null && !id.equals(acronym.id())) {
                    OrganisationEntry entry = registry.entry(id);
                    int end = organ.start(1)
                            + String.join(" ", java.util.Arrays.copyOf(words, count))
                                    .length();
                    joined.remove(i);
                    joined.set(i - 1, new OrganisationHit(full.start(), end, id, entry.acronym(), entry.name()));
                    break;
                }
            }
        }
        return joined;
    }

    /**
     * Whether {@code hit} is the body a compound acronym's body belongs to, named in its full name: the UEMOA of
     * "Association des Médiateurs … de l'Union Economique et Monétaire Ouest Africaine (AMP-UEMOA)".
     */
    private static boolean namesItsParent(OrganisationHit hit, OrganisationHit definition, String text) {
        return hit.acronym() != null
                && definition.acronym() != null
                && List.of(definition.acronym().split("-")).contains(hit.acronym())
                && definition.acronym().contains("-")
                && !text.substring(definition.start(), definition.end()).equals(definition.acronym())
                && hit.start() >= definition.start()
                && hit.end() <= definition.end();
    }

    /** Whether {@code hit} is written inside the parenthesised acronym of a definition: "UEMOA" of "(AMP-UEMOA)". */
    private static boolean insideItsAcronym(OrganisationHit hit, OrganisationHit definition) {
        int acronymStart = definition.end() + 2;
        return definition.acronym() != null
                && hit.start() >= acronymStart
                && hit.end() <= acronymStart + definition.acronym().length();
    }

    /** Whether {@code hit} is the first words of the longer {@code name} ("IGAD" of "IGAD Partners' Forum"). */
    private static boolean opens(OrganisationHit hit, OrganisationHit name, String text) {
        return hit.start() == name.start()
                && hit.end() < name.end()
                && text.substring(hit.end(), name.end()).strip().contains(" ");
    }

    /**
     * "UN Food and Agriculture Organization", "EU Delegation": an acronym written right before another
     * organisation's name is part of that name, not a mention of its own.
     */
    private static List<OrganisationHit> prefixesJoined(List<OrganisationHit> sorted, String text) {
        List<OrganisationHit> joined = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            OrganisationHit hit = sorted.get(i);
            OrganisationHit next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            boolean prefix = next != null
                    && next.start() == hit.end() + 1
                    && text.charAt(hit.end()) == ' '
                    && hit.acronym() != null
                    && text.substring(hit.start(), hit.end()).equals(hit.acronym())
                    && !next.id().equals(hit.id());
            if (prefix) {
                sorted.set(i + 1, new OrganisationHit(hit.start(), next.end(), next.id(), next.acronym(), next.name()));
            } else {
                joined.add(hit);
            }
        }
        return joined;
    }

    /**
     * A report's definition of an acronym the registry gives a body the report also names in full ("IOM's Data
     * Analysis Centre (GMDAC)" beside "Global Migration Data Analysis Centre") is a shorter name of that body.
     */
    private static OrganisationHit registryBodyNamed(OrganisationHit local, List<OrganisationHit> known, String text) {
        for (OrganisationHit hit : known) {
            if (local.acronym().equals(hit.acronym())
                    && !text.substring(hit.start(), hit.end()).equals(hit.acronym())) {
                return new OrganisationHit(local.start(), local.end(), hit.id(), hit.acronym(), hit.name());
            }
        }
        return local;
    }

    /**
     * A body read from its name's shape that the report also names otherwise (with its acronym, or after its parent's
     * acronym) is that body.
     */
    private static List<OrganisationHit> sameNamesJoined(
            List<OrganisationHit> named, List<OrganisationHit> known, String text) {
        Map<String, OrganisationHit> byName = new HashMap<>();
        for (OrganisationHit hit : known) {
            String name = text.substring(hit.start(), hit.end());
            byName.putIfAbsent(folded(name), hit);
            // "IOM Central Evaluation Division (CED)": the same name without its parent's acronym
            java.util.regex.Matcher parent = PARENT_ACRONYM.matcher(name);
            if (parent.lookingAt()) {
                byName.putIfAbsent(folded(name.substring(parent.end())), hit);
            }
        }
        List<OrganisationHit> joined = new ArrayList<>(named.size());
        for (OrganisationHit hit : named) {
            String name = text.substring(hit.start(), hit.end());
            OrganisationHit same = byName.get(folded(name));
            if (same == null && name.equals(name.toUpperCase(Locale.ROOT))) {
                // a heading in capitals cuts a name at its head ("FORCE ON PLANNING …" of "Task Force on Planning …")
                same = byName.entrySet().stream()
                        .filter(entry -> entry.getKey().endsWith(" " + folded(name)))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
            }
            if (same == null) {
                same = definitionItCompletes(name, known, text);
            }
            joined.add(
                    same == null
                            ? hit
                            : new OrganisationHit(hit.start(), hit.end(), same.id(), same.acronym(), same.name()));
        }
        return joined;
    }

    /**
     * "Regional Office (RO)" defined, then "IOM's Regional Office for the East and Horn of Africa": a name that is a
     * report-defined body's name completed by its complement ("for …", "de …") is that body, written in full.
     */
    private static OrganisationHit definitionItCompletes(String name, List<OrganisationHit> known, String text) {
        java.util.regex.Matcher parent = PARENT_ACRONYM.matcher(name);
        String bare = folded(parent.lookingAt() ? name.substring(parent.end()) : name);
        for (OrganisationHit hit : known) {
            if (hit.id().startsWith(LocalAcronymFinder.ID_PREFIX)) {
                String defined = folded(text.substring(hit.start(), hit.end()));
                if (bare.startsWith(defined + " ")
                        && COMPLEMENT.matcher(bare.substring(defined.length())).lookingAt()) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static String folded(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }

    private static boolean overlap(OrganisationHit left, OrganisationHit right) {
        return left.start() < right.end() && right.start() < left.end();
    }

    private List<OrganisationHit> registryHits(AnalysedText text) {
        List<OrganisationHit> hits = new ArrayList<>();
        for (Match match : text.matches().of(Layer.ORGANISATION)) {
            if (match.kind() == TermKind.ORGANISATION_BLOCKER) {
                continue;
            }
            OrganisationEntry entry = registry.entry(match.key());
            OrganisationHit hit = new OrganisationHit(
                    match.start(), closingBracket(text.text(), match), entry.id(), entry.acronym(), entry.name());
            hits.add(countryOffice(hit, text));
        }
        return hits;
    }

    /**
     * Where a registry name written with its acronym in brackets ("European Union (EU)-funded") ends: after the
     * closing bracket the phrase leaves out, so the name reads whole.
     */
    private static int closingBracket(String text, Match match) {
        String name = text.substring(match.start(), match.end());
        boolean open = name.chars().filter(c -> c == '(').count()
                > name.chars().filter(c -> c == ')').count();
        return open && match.end() < text.length() && text.charAt(match.end()) == ')' ? match.end() + 1 : match.end();
    }

    /**
     * "IOM Ethiopia", "UNHCR Niger": a registry acronym with a country's name right after it is that body's office
     * in the country, a body of its own (id {@code <body>:<country>}); "EU-Turkey" or "UNHCR Niger Operation" are not.
     */
    private static OrganisationHit countryOffice(OrganisationHit hit, AnalysedText text) {
        String original = text.text();
        if (hit.acronym() == null
                || !original.substring(hit.start(), hit.end()).equals(hit.acronym())
                || hit.end() + 1 >= original.length()
                || original.charAt(hit.end()) != ' ') {
            return hit;
        }
        for (Match country : text.matches().within(Layer.COUNTRY, hit.end() + 1, original.length())) {
            if (country.start() != hit.end() + 1) {
                break;
            }
            if (country.kind() == TermKind.COUNTRY && !nameGoesOn(original, country.end())) {
                return new OrganisationHit(
                        hit.start(),
                        country.end(),
                        hit.id() + ":" + country.key().toLowerCase(Locale.ROOT),
                        null,
                        original.substring(hit.start(), country.end()));
            }
        }
        return hit;
    }

    /** Whether a hyphen or another capitalised word continues a name at {@code end}. */
    private static boolean nameGoesOn(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        return next == '-' || next == ' ' && end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1));
    }
}
