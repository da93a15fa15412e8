package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The prose of the seed reports as a pool of sentences: hard-wrapped lines joined, page furniture (short lines,
 * page numbers, headings) dropped, and everything from the seeds' own recommendation lists on left out, so that a
 * generated report's only recommendations are its own.
 */
final class SeedSentences {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z)][.;])\\s+(?=[A-Z])");
    private static final String SEED_RECOMMENDATIONS = "CONCLUSIONS AND RECOMMENDATIONS";
    private static final int MIN_LINE_WORDS = 6;
    private static final int MIN_SENTENCE_CHARS = 60;
    private static final int MAX_SENTENCE_CHARS = 600;

    private SeedSentences() {}

    /** Every usable sentence of the seeds ({@code seeds/*.txt} under the repository root), in file order. */
    static List<String> load(Path repoRoot) {
        try (Stream<Path> files = Files.list(repoRoot.resolve("seeds"))) {
            List<String> sentences = new ArrayList<>();
            for (Path seed : files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                sentences.addAll(sentencesOf(Files.readString(seed, StandardCharsets.UTF_8)));
            }
            return sentences;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seeds under " + repoRoot, e);
        }
    }

    private static List<String> sentencesOf(String text) {
        int end = text.indexOf(SEED_RECOMMENDATIONS);
        String prose = end < 0 ? text : text.substring(0, end);
        StringBuilder joined = new StringBuilder();
        for (String line : prose.split("\n")) {
            String trimmed = printable(line.strip());
            if (trimmed.split("\\s+").length >= MIN_LINE_WORDS) {
                joined.append(trimmed).append(' ');
            }
        }
        return Stream.of(SENTENCE_END.split(joined.toString().replaceAll("\\s+", " ")))
                .map(String::strip)
                .filter(sentence -> sentence.length() >= MIN_SENTENCE_CHARS && sentence.length() <= MAX_SENTENCE_CHARS)
                .filter(sentence -> !Character.isDigit(sentence.charAt(0)))
                .toList();
    }

    /** Keeps what the PDF standard fonts can show: Latin-1 and common typographic punctuation. */
    private static String printable(String line) {
        StringBuilder kept = new StringBuilder(line.length());
        line.codePoints()
                .filter(c -> (c >= 0x20 && c < 0x7F) || (c >= 0xA1 && c <= 0xFF) || "–—‘’“”…".indexOf(c) >= 0)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
