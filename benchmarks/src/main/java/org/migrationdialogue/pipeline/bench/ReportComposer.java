package org.migrationdialogue.pipeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composes reports from the seeds' sentences: paragraphs of 3 to 6 sentences drawn from both seeds, in a new
 * order, with the countries of some sentences varied, and 3 to 5 recommendations worded for this report only.
 * Everything follows from the {@link Random} given, so a corpus is the same for the same seed number.
 */
final class ReportComposer {

    private static final List<String> COUNTRIES = List.of(
            "Morocco",
            "Senegal",
            "Mali",
            "Niger",
            "Spain",
            "France",
            "Belgium",
            "Nigeria",
            "Mauritania",
            "Burkina Faso",
            "Côte d'Ivoire",
            "Italy",
            "Portugal",
            "Guinea");
    private static final List<String> CITIES = List.of(
            "Dakar, Senegal",
            "Rabat, Morocco",
            "Madrid, Spain",
            "Abuja, Nigeria",
            "Brussels, Belgium",
            "Bamako, Mali",
            "Paris, France",
            "Niamey, Niger");
    private static final List<String> TOPICS = List.of(
            "Migration and Development",
            "Legal Migration",
            "Border Management",
            "Return and Reintegration",
            "Protection of Migrants",
            "Diaspora Engagement");
    private static final List<String> ACTIONS = List.of(
            "Strengthen", "Support", "Promote", "Develop", "Encourage", "Facilitate", "Consolidate", "Establish");
    private static final List<String> OBJECTS = List.of(
            "the exchange of data on migration flows",
            "diaspora investment in local development",
            "the fight against trafficking in human beings",
            "consular cooperation for the protection of migrants in crisis situations",
            "regional cooperation on border management",
            "the portability of social rights of migrant workers",
            "voluntary return and sustainable reintegration programmes",
            "the detection of document fraud");
    private static final List<String> PARTNERS =
            List.of("ECOWAS", "IOM", "ICMPD", "UNHCR", "the African Union", "the European Union");

    private final List<String> sentences;

    ReportComposer(List<String> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /** A report of about {@code paragraphs} paragraphs, its recommendations marked with {@code marker}. */
    ReportText compose(Random random, String marker, int paragraphs) {
        String topic = pick(random, TOPICS);
        String title = "Thematic Meeting on " + topic + " (" + marker + ")";
        String dateline = "Summary of debates - " + (1 + random.nextInt(27)) + " and " + (2 + random.nextInt(27))
                + " March 2025, " + pick(random, CITIES);
        List<String> body = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            body.add(paragraph(random));
        }
        return new ReportText(marker, title, dateline, body, recommendations(random, marker));
    }

    private String paragraph(Random random) {
        int count = 3 + random.nextInt(4);
        int start = random.nextInt(sentences.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String sentence =
                    random.nextBoolean() ? sentences.get((start + i) % sentences.size()) : pick(random, sentences);
            text.append(vary(random, sentence)).append(' ');
        }
        return text.toString().strip();
    }

    /** One sentence in three names another country than the seed did. */
    private static String vary(Random random, String sentence) {
        if (random.nextInt(3) != 0) {
            return sentence;
        }
        for (String country : COUNTRIES) {
            if (sentence.contains(country)) {
                return sentence.replace(country, pick(random, COUNTRIES));
            }
        }
        return sentence;
    }

    private static List<String> recommendations(Random random, String marker) {
        int count = 3 + random.nextInt(3);
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(pick(random, ACTIONS) + " " + pick(random, OBJECTS) + " between " + pick(random, COUNTRIES)
                    + " and " + pick(random, COUNTRIES) + " with " + pick(random, PARTNERS) + " (" + marker
                    + " point " + i + ");");
        }
        return items;
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
