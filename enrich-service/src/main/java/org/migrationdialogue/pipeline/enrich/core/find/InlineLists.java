package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.text.Document;

/**
 * Lists written inside one sentence: "… agreed to enter a written procedure for a) providing comments and b)
 * providing their priorities." Markers must run in order from the first ("a)", "b)", … or "1)", "2)", … or
 * "(i)", "(ii)", …), at least two of them; the list ends with its sentence.
 */
final class InlineLists {

    private static final Pattern MARKER =
            Pattern.compile("(?<=^|[\\s:;,])(?:\\(([a-h]|[1-9]|i{1,3}|iv|v|vi{1,3})\\)|([a-h]|[1-9])\\))\\s+(?=\\S)");
    /** "(viii)": the longest marker, bracket included. */
    private static final int LONGEST_MARKER = 6;

    private static final String LETTERS = "abcdefgh";
    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii");
    /** Run-in items separated by ";" are a list from this many on; two are a sentence's clauses as often. */
    private static final int MIN_RUN_IN_ITEMS = 3;

    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("\\s*(?:(?:and|or|et|ou|y|o)\\s+)?");
    private static final Pattern ITEM_END = Pattern.compile("[\\s,;]*(?:\\b(?:and|or|et|ou)\\b)?[\\s,;]*$");

    /**
     * @param leadInStart where the sentence holding the list starts (its words before the first marker are the
     *                    lead-in)
     * @param items       each item's span {@code [start, end)} in the document's text
     */
    record InlineList(int leadInStart, List<int[]> items) {}

    /** The inline lists of a paragraph, in order (none when it has none). */
    List<InlineList> find(Document document, Block block) {
        String text = document.text();
        List<List<int[]>> runs = new ArrayList<>();
        List<int[]> markers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = block.start();
        for (int bracket = closingBracket(text, from, block.end());
                bracket >= 0;
                bracket = closingBracket(text, from, block.end())) {
            from = bracket + 1;
            if (!markerEndingAt(matcher, bracket, block)) {
                continue;
            }
            from = matcher.end();
            String label = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            int ordinal = ordinal(label);
            if (ordinal == markers.size()) {
                markers.add(new int[] {matcher.start(), matcher.end()});
            } else if (ordinal == 0) {
                runs.add(markers);
                markers = new ArrayList<>(List.of(new int[] {matcher.start(), matcher.end()}));
            }
        }
        runs.add(markers);
        List<InlineList> lists = new ArrayList<>();
        for (List<int[]> run : runs) {
            InlineList list = list(text, run, block);
            if (list != null) {
                lists.add(list);
            }
        }
        return lists;
    }

    /**
     * A run-in list without markers: a sentence's lead-in ending with ":" and at least {@value #MIN_RUN_IN_ITEMS}
     * items separated by ";" up to the sentence's end ("… recommend to: open …; train …; and fund …."). The
     * conjunction before the last item is not part of it. Null when the paragraph has none (or has marked items,
     * read by {@link #find}).
     */
    InlineList runIn(Document document, Block block) {
        String text = document.text();
        for (int colon = text.indexOf(':', block.start());
                colon >= 0 && colon < block.end();
                colon = text.indexOf(':', colon + 1)) {
            int end = sentenceEnd(text, colon, block.end());
            List<int[]> items = new ArrayList<>();
            int start = colon + 1;
            for (int semicolon = text.indexOf(';', start);
                    semicolon >= 0 && semicolon < end;
                    semicolon = text.indexOf(';', start)) {
                addItem(text, start, semicolon, items);
                start = semicolon + 1;
            }
            if (items.isEmpty()) {
                continue;
            }
            addItem(text, start, end, items);
            if (items.size() >= MIN_RUN_IN_ITEMS) {
                return new InlineList(sentenceStart(text, colon, block.start()), items);
            }
        }
        return null;
    }

    /**
     * A bulleted list whose bullets extraction turned into periods, run into one paragraph: ". Open … . Train … .
     * Fund …". The paragraph opens with the lost bullet, and each further one follows an item's closing period or
     * semicolon and comes before a capital. Null unless it holds at least two items.
     */
    InlineList lostBullets(Document document, Block block) {
        String text = document.text();
        int start = block.start();
        while (start < block.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (!text.startsWith(". ", start)) {
            return null;
        }
        List<int[]> items = new ArrayList<>();
        int from = start + 2;
        for (int bullet = text.indexOf(" . ", from);
                bullet >= 0 && bullet + 3 < block.end();
                bullet = text.indexOf(" . ", bullet + 1)) {
            char before = text.charAt(bullet - 1);
            if ((before == '.' || before == ';') && Character.isUpperCase(text.charAt(bullet + 3))) {
                addItem(text, from, bullet, items);
                from = bullet + 3;
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        addItem(text, from, block.end(), items);
        return items.size() < 2 ? null : new InlineList(block.start(), items);
    }

    private static void addItem(String text, int start, int end, List<int[]> items) {
        Matcher conjunction = LEADING_CONJUNCTION.matcher(text).region(start, end);
        int from = conjunction.lookingAt() ? conjunction.end() : start;
        int to = trimEnd(text, from, end);
        if (to > from) {
            items.add(new int[] {from, to});
        }
    }

    /**
     * Every marker ends with ")": the pattern is tried only just before each one (it was most of the enrichment's
     * time, tried at every character of every paragraph).
     */
    private static int closingBracket(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /** Whether a marker whose ")" is at {@code bracket} starts at most {@value #LONGEST_MARKER} characters before. */
    private static boolean markerEndingAt(Matcher matcher, int bracket, Block block) {
        for (int start = Math.max(block.start(), bracket - LONGEST_MARKER + 1); start < bracket; start++) {
            matcher.region(start, block.end());
            if (matcher.lookingAt() && matcher.end() > bracket) {
                return true;
            }
        }
        return false;
    }

    private static InlineList list(String text, List<int[]> markers, Block block) {
        if (markers.size() < 2) {
            return null;
        }
        List<int[]> items = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int start = markers.get(i)[1];
            int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : sentenceEnd(text, start, block.end());
            end = trimEnd(text, start, end);
            if (end > start) {
                items.add(new int[] {start, end});
            }
        }
        return items.size() < 2
                ? null
                : new InlineList(sentenceStart(text, markers.getFirst()[0], block.start()), items);
    }

    /** 0 for "a", "1", "i"; 1 for "b", "2", "ii"; … */
    private static int ordinal(String label) {
        if (Character.isDigit(label.charAt(0))) {
            return Integer.parseInt(label) - 1;
        }
        int roman = ROMANS.indexOf(label);
        return label.length() == 1 && LETTERS.indexOf(label.charAt(0)) >= 0 && !label.equals("i")
                ? LETTERS.indexOf(label.charAt(0))
                : roman;
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit - 1; i++) {
            if (text.charAt(i) == '.' && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return limit > from && text.charAt(limit - 1) == '.' ? limit - 1 : limit;
    }

    private static int sentenceStart(String text, int from, int limit) {
        for (int i = from - 1; i > limit; i--) {
            if (text.charAt(i - 1) == '.' && Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int trimEnd(String text, int start, int end) {
        Matcher trailing = ITEM_END.matcher(text).region(start, end);
        return trailing.find() ? trailing.start() : end;
    }
}
