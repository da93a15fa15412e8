package org.migrationdialogue.pipeline.enrich.core.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.OrganisationMention;
import org.migrationdialogue.pipeline.common.events.Person;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.core.Reports;

/**
 * Quality probe of the statistical models on the DEV part of the corpus (/work/shared/corpus, split.json "dev";
 * the "check" documents are never read). A command, not a test; see docs/benchmarks.md, "Statistical NER". For each
 * dev document in English or French it runs the models on the text as the enricher sees it (ingest-service's cleaner
 * applied, as production does) and prints the PERSON and ORGANIZATION names found against the gold people and
 * organisations (matched as score.py matches them, the French honorifics Monsieur, Madame, Docteur dropped too), the
 * recall per selection of passages (the whole text, or only {@link CandidatePassages}), the recall when a name of
 * any type counts (the French model often calls people MISC), how many of the gold names the enricher (registry and
 * rules) misses the model finds, and the names found that are not gold (to design the filters). Arguments: the corpus
 * folder (default /work/shared/corpus) and optionally {@code --english-model <class-path resource>}.
 */
public final class NerCorpusProbe {

    private static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "professor",
            "he",
            "h",
            "e",
            "m",
            "mme",
            "mlle",
            "sir",
            "madam",
            "ambassador",
            "minister",
            "excellency",
            "his",
            "her",
            "s",
            // not in score.py, which scores the enricher's names, but the French model takes them into its names
            "monsieur",
            "madame",
            "docteur");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private final Map<String, CrfNamedEntities.LanguageModel> models;
    private final Enricher enricher = Enricher.fromResources();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Totals> totals = new TreeMap<>();
    private int namesInLowerCaseSentences;

    private NerCorpusProbe(Map<String, CrfNamedEntities.LanguageModel> models) {
        this.models = models;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("/work/shared/corpus");
        String englishModel = CrfNamedEntities.ENGLISH_MODEL;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--english-model")) {
                englishModel = args[++i];
            } else {
                corpus = Path.of(args[i]);
            }
        }
        Path split = corpus.resolve("split.json");
        if (!Files.isRegularFile(split)) {
            System.err.println("No corpus at " + corpus + " (no split.json): nothing to probe. Give the corpus folder"
                    + " as the first argument.");
            System.exit(2);
        }
        System.out.println("English model: " + englishModel + "; French model: " + CrfNamedEntities.FRENCH_MODEL);
        NerCorpusProbe probe = new NerCorpusProbe(
                Map.of("en", CrfNamedEntities.english(englishModel), "fr", CrfNamedEntities.french()));
        JsonNode splits = new ObjectMapper().readTree(split.toFile());
        for (JsonNode name : splits.get("dev")) {
            String id = name.asText();
            JsonNode textPath = splits.path("texts").path(id);
            Path text = textPath.isMissingNode() ? corpus.resolve(id + ".txt") : corpus.resolve(textPath.asText());
            probe.document(
                    id,
                    Files.readString(text, StandardCharsets.UTF_8),
                    new ObjectMapper().readTree(corpus.resolve(id + ".json").toFile()));
        }
        probe.summary();
    }

    private void document(String id, String raw, JsonNode gold) {
        String language = gold.path("language").asText();
        ExtractedReport report = Reports.of(raw, language);
        String text = report.text();
        CrfNamedEntities.LanguageModel model = models.get(language);
        if (model == null) {
            System.out.printf("%n== %s (%s): no model for this language, nothing found by design%n", id, language);
            return;
        }
        List<JsonNode> people = list(gold.path("people").path("must"));
        List<JsonNode> organisations = list(gold.path("organisations").path("must"));
        List<JsonNode> allOrganisations = new ArrayList<>(organisations);
        allOrganisations.addAll(list(gold.path("organisations").path("may")));
        System.out.printf(
                "%n== %s (%s, %,d chars; gold: %d people, %d organisations)%n",
                id, language, text.length(), people.size(), organisations.size());
        namesInLowerCaseSentences += namesInLowerCaseSentences(model, text);
        Enrichment enriched = enricher.enrich(report);
        List<JsonNode> peopleUnknown = people.stream()
                .filter(person ->
                        enriched.people().stream().map(Person::name).noneMatch(name -> samePerson(name, person)))
                .toList();
        List<JsonNode> orgsUnknown = organisations.stream()
                .filter(o -> enriched.organisations().stream().noneMatch(mention -> found(mention, keys(o))))
                .toList();
        System.out.printf(
                "   the enricher misses %d of the gold people, %d of the gold organisations%n",
                peopleUnknown.size(), orgsUnknown.size());
        for (CandidatePassages selection : CandidatePassages.values()) {
            List<int[]> passages = selection.passages(text);
            long chars = passages.stream().mapToLong(p -> p[1] - p[0]).sum();
            long before = threads.getCurrentThreadCpuTime();
            List<EntitySpan> found = new ArrayList<>();
            for (int[] passage : passages) {
                found.addAll(model.find(text, passage[0], passage[1]));
            }
            long cpu = threads.getCurrentThreadCpuTime() - before;
            Set<String> persons = names(found, text, EntityType.PERSON);
            Set<String> anyType = new LinkedHashSet<>();
            for (EntityType type : EntityType.values()) {
                anyType.addAll(names(found, text, type));
            }
            long peopleAnyType = people.stream()
                    .filter(person -> anyType.stream().anyMatch(name -> samePerson(name, person)))
                    .count();
            long orgsAnyType = organisations.stream()
                    .filter(o -> anyType.stream().anyMatch(name -> keys(o).contains(norm(name))))
                    .count();
            Set<String> orgs = names(found, text, EntityType.ORGANIZATION);
            List<String> missedPeople = new ArrayList<>();
            int peopleFound = 0;
            for (JsonNode person : people) {
                if (persons.stream().anyMatch(name -> samePerson(name, person))) {
                    peopleFound++;
                } else {
                    missedPeople.add(person.path("name").asText());
                }
            }
            List<String> missedOrgs = new ArrayList<>();
            int orgsFound = 0;
            for (JsonNode organisation : organisations) {
                Set<String> keys = keys(organisation);
                if (orgs.stream().anyMatch(name -> keys.contains(norm(name)))) {
                    orgsFound++;
                } else {
                    missedOrgs.add(label(organisation));
                }
            }
            List<String> addedPeople = peopleUnknown.stream()
                    .filter(person -> persons.stream().anyMatch(name -> samePerson(name, person)))
                    .map(person -> person.path("name").asText())
                    .toList();
            List<String> addedOrgs = orgsUnknown.stream()
                    .filter(o -> orgs.stream().anyMatch(name -> keys(o).contains(norm(name))))
                    .map(NerCorpusProbe::label)
                    .toList();
            List<String> otherPersons = persons.stream()
                    .filter(name -> people.stream().noneMatch(person -> samePerson(name, person)))
                    .toList();
            List<String> otherOrgs = orgs.stream()
                    .filter(name -> allOrganisations.stream().noneMatch(o -> keys(o).contains(norm(name))))
                    .toList();
            totals.computeIfAbsent(language + " " + selection, k -> new Totals())
                    .add(text.length(), chars, cpu, new int[] {
                        peopleFound,
                        (int) peopleAnyType,
                        people.size(),
                        orgsFound,
                        (int) orgsAnyType,
                        organisations.size(),
                        persons.size(),
                        otherPersons.size(),
                        orgs.size(),
                        otherOrgs.size(),
                        addedPeople.size(),
                        peopleUnknown.size(),
                        addedOrgs.size(),
                        orgsUnknown.size()
                    });
            System.out.printf(
                    "-- %s: %,d of %,d chars (%.0f %%), CPU %.0f ms (%.3f MB/s of passage)%n",
                    selection,
                    chars,
                    text.length(),
                    100.0 * chars / text.length(),
                    cpu / 1e6,
                    chars * 1e3 / Math.max(1, cpu));
            System.out.printf(
                    "   people: %d/%d gold found (%d as a name of any type); %d distinct PERSON names, %d"
                            + " not gold%n",
                    peopleFound, people.size(), peopleAnyType, persons.size(), otherPersons.size());
            System.out.printf(
                    "   organisations: %d/%d gold found (%d as a name of any type); %d distinct ORGANIZATION"
                            + " names, %d not gold%n",
                    orgsFound, organisations.size(), orgsAnyType, orgs.size(), otherOrgs.size());
            System.out.printf(
                    "   of those the enricher misses, found: %d/%d people %s, %d/%d organisations %s%n",
                    addedPeople.size(),
                    peopleUnknown.size(),
                    addedPeople,
                    addedOrgs.size(),
                    orgsUnknown.size(),
                    addedOrgs);
            if (selection == CandidatePassages.WHOLE_TEXT) {
                System.out.println("   missed people: " + missedPeople);
                System.out.println("   missed organisations: " + missedOrgs);
                System.out.println("   PERSON not gold: " + otherPersons);
                System.out.println("   ORGANIZATION not gold: " + otherOrgs);
                System.out.println("   LOCATION: " + names(found, text, EntityType.LOCATION));
                System.out.println("   MISC: " + names(found, text, EntityType.MISC));
            }
        }
    }

    /** Names the model gives in sentences without a capital letter, which {@link SentenceCutter} skips. */
    private static int namesInLowerCaseSentences(CrfNamedEntities.LanguageModel model, String text) {
        List<CoreLabel> tokens =
                model.tokenizers().getTokenizer(new StringReader(text)).tokenize();
        int names = 0;
        for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>(
                        WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE)
                .process(tokens)) {
            boolean lowerCase =
                    sentence.stream().allMatch(t -> t.word().equals(t.word().toLowerCase(Locale.ROOT)));
            if (lowerCase && !sentence.isEmpty()) {
                for (CoreLabel token : model.classifier().classifySentence(sentence)) {
                    if (!"O".equals(token.get(CoreAnnotations.AnswerAnnotation.class))) {
                        names++;
                        System.out.println("   name in a lower-case sentence: " + token.word());
                    }
                }
            }
        }
        return names;
    }

    private void summary() {
        System.out.printf("%n== Summary (dev documents in English and French)%n");
        System.out.println(
                "Names the models give in sentences without a capital letter (skipped): " + namesInLowerCaseSentences);
        totals.forEach((key, t) -> {
            int[] n = t.counts;
            System.out.printf(
                    "%-26s %5.1f %% of %,d chars, CPU %,.0f ms (%.3f MB/s of passage, %.3f MB/s of text)%n"
                            + "%26s people %d/%d (%.2f; any type %d), organisations %d/%d (%.2f; any type %d); PERSON"
                            + " names %d (%d not gold), ORGANIZATION names %d (%d not gold)%n"
                            + "%26s of the gold names the enricher misses, found: people %d/%d, organisations %d/%d%n",
                    key,
                    100.0 * t.selected / t.chars,
                    t.chars,
                    t.cpu / 1e6,
                    t.selected * 1e3 / Math.max(1, t.cpu),
                    t.chars * 1e3 / Math.max(1, t.cpu),
                    "",
                    n[0],
                    n[2],
                    (double) n[0] / Math.max(1, n[2]),
                    n[1],
                    n[3],
                    n[5],
                    (double) n[3] / Math.max(1, n[5]),
                    n[4],
                    n[6],
                    n[7],
                    n[8],
                    n[9],
                    "",
                    n[10],
                    n[11],
                    n[12],
                    n[13]);
        });
    }

    private static Set<String> names(List<EntitySpan> spans, String text, EntityType type) {
        Set<String> names = new LinkedHashSet<>();
        for (EntitySpan span : spans) {
            if (span.type() == type) {
                names.add(span.textIn(text).replaceAll("\\s+", " "));
            }
        }
        return names;
    }

    /** score.py's rule: the name's words (no honorifics) are among the gold forms' words and hold the surname. */
    private static boolean samePerson(String name, JsonNode gold) {
        Set<String> words = new LinkedHashSet<>(personWords(name));
        if (words.isEmpty()) {
            return false;
        }
        Set<String> goldWords =
                new LinkedHashSet<>(personWords(gold.path("name").asText()));
        List<String> aliases = new ArrayList<>();
        gold.path("aliases").forEach(alias -> aliases.add(alias.asText()));
        aliases.forEach(alias -> goldWords.addAll(personWords(alias)));
        List<String> full = personWords(gold.path("name").asText());
        String surname = full.isEmpty() ? "" : full.getLast();
        return goldWords.containsAll(words)
                && (words.contains(surname)
                        || aliases.stream().anyMatch(alias -> new LinkedHashSet<>(personWords(alias)).equals(words)));
    }

    private static List<String> personWords(String name) {
        return words(name).stream()
                .filter(w -> !HONORIFICS.contains(w) && w.length() > 1)
                .toList();
    }

    private static Set<String> keys(JsonNode organisation) {
        Set<String> keys = new LinkedHashSet<>();
        if (organisation.hasNonNull("acronym")) {
            keys.add(norm(organisation.get("acronym").asText()));
        }
        organisation.path("names").forEach(name -> keys.add(norm(name.asText())));
        keys.remove("");
        return keys;
    }

    private static boolean found(OrganisationMention mention, Set<String> goldKeys) {
        return goldKeys.contains(norm(mention.name()))
                || mention.acronym() != null && goldKeys.contains(norm(mention.acronym()))
                || goldKeys.contains(norm(mention.id()));
    }

    private static String label(JsonNode organisation) {
        return organisation.hasNonNull("acronym")
                ? organisation.get("acronym").asText()
                : organisation.path("names").path(0).asText();
    }

    /** score.py's norm: no accents, lower case, words of letters and digits joined by one space. */
    static String norm(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /**
     * Figures of one language and selection, over all its dev documents; counts: people found, found as any type,
     * gold; organisations found, found as any type, gold; PERSON names, not gold; ORGANIZATION names, not gold;
     * people the enricher misses found, missed by the enricher; the same for organisations.
     */
    private static final class Totals {
        long chars;
        long selected;
        long cpu;
        final int[] counts = new int[14];

        void add(long text, long passages, long nanos, int[] document) {
            chars += text;
            selected += passages;
            cpu += nanos;
            for (int i = 0; i < counts.length; i++) {
                counts[i] += document[i];
            }
        }
    }
}
