package org.migrationdialogue.pipeline.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reading the end of a text gives what the regular expression over the whole text gives. */
class LineEndsTest {

    private static final String ALPHABET = "ab1 2-.;:\"')](éE";
    private static final Pattern EDGE_NUMBERS = Pattern.compile("^(\\d+ )+|( \\d+)+$");
    private static final Pattern CLOSING = Pattern.compile("[\"')\\]]+$");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[\\s(])(?:e\\.g|mr|u\\.s)\\.$");
    private static final Pattern BROKEN_WORD = Pattern.compile("(?<![\\p{L}-])((?:\\p{L}+-)*\\p{L}+)-$");

    @Test
    void shouldFindAtTheEndWhatASearchOfTheWholeTextFinds() {
        // given many texts made of letters, digits, spaces, hyphens, dots and brackets
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            // when the end is read, then it says what the whole-text expressions say
            assertEquals(EDGE_NUMBERS.matcher(text).replaceAll(""), LineEnds.withoutEdgeNumbers(text), text);
            assertEquals(CLOSING.matcher(text).replaceAll(""), LineEnds.withoutClosing(text), text);
            assertEquals(ABBREVIATION.matcher(text).find(), LineEnds.endsWith(ABBREVIATION, text, 6), text);
            assertEquals(
                    BROKEN_WORD.matcher(text).find(),
                    LineEnds.tail(BROKEN_WORD, text, LineEnds.lastTokenStart(text))
                            .find(),
                    text);
        }
    }

    @Test
    void shouldTakePageNumbersOffBothEndsOnly() {
        // given running headers with page numbers, and a title with a number inside
        // when their numbers at the ends are taken off, then the header text is left, and the inner number stays
        assertEquals("report of the meeting", LineEnds.withoutEdgeNumbers("3 report of the meeting 4"));
        assertEquals("the 2014 meeting", LineEnds.withoutEdgeNumbers("the 2014 meeting 12 13"));
        assertEquals("", LineEnds.withoutEdgeNumbers(""));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(14);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
