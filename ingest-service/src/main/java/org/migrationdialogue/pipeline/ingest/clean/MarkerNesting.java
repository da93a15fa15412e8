package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives list items whose nesting the format did not say (level 0) a level from their markers, the way a reader
 * sees it: "1." then "a)" then "i." go one level deeper each; a marker style seen before goes back to its level.
 *
 * <p>The styles are a numbering (decimal, lower or upper letters, lower or upper roman numerals, bullets) and its
 * punctuation ("1." and "1)" are two styles, "(a)" and "a)" too). A style not yet open nests under the item
 * before it; after anything but an item, it starts a new top-level list.
 * "i", "v" and "x" are letters when they follow "h", "u" and "w" in an open letter list, numerals otherwise.
 * A heading closes every open list. Items with a level from the format keep it.
 */
final class MarkerNesting {

    private static final Pattern NUMBERING = Pattern.compile("^(\\(?)([0-9]+|[a-zA-Z]+)([.)])$");
    private static final Pattern ROMAN = Pattern.compile("[ivx]+", Pattern.CASE_INSENSITIVE);

    private MarkerNesting() {}

    static List<DraftBlock> assignLevels(List<DraftBlock> blocks) {
        List<Style> open = new ArrayList<>();
        List<DraftBlock> out = new ArrayList<>(blocks.size());
        DraftBlock previous = null;
        for (DraftBlock block : blocks) {
            if (block.kind() == DraftBlock.Kind.HEADING) {
                open.clear();
            }
            if (block.kind() == DraftBlock.Kind.ITEM && block.level() == 0) {
                boolean afterItem = previous != null && previous.kind() == DraftBlock.Kind.ITEM;
                out.add(block.withLevel(level(open, style(block.marker(), open), afterItem)));
            } else {
                out.add(block);
            }
            previous = block;
        }
        return out;
    }

    private static int level(List<Style> open, Style style, boolean afterItem) {
        for (int depth = 0; depth < open.size(); depth++) {
            if (open.get(depth).sameAs(style)) {
                open.subList(depth + 1, open.size()).clear();
                open.set(depth, style);
                return depth + 1;
            }
        }
        if (!afterItem) {
            open.clear();
        }
        open.add(style);
        return open.size();
    }

    /** The style of a marker, reading "i", "v", "x" as letters only where an open letter list leads to them. */
    static Style style(String marker, List<Style> open) {
        Matcher numbering = NUMBERING.matcher(marker);
        if (!numbering.matches()) {
            return new Style(Numbering.BULLET, marker, 1);
        }
        String punctuation = numbering.group(1) + numbering.group(3);
        String value = numbering.group(2);
        if (Character.isDigit(value.charAt(0))) {
            return new Style(Numbering.DECIMAL, punctuation, Integer.parseInt(value));
        }
        boolean upper = Character.isUpperCase(value.charAt(0));
        if (ROMAN.matcher(value).matches()
                && !(value.length() == 1 && continuesLetters(value, upper, punctuation, open))) {
            return new Style(upper ? Numbering.UPPER_ROMAN : Numbering.LOWER_ROMAN, punctuation, roman(value));
        }
        int ordinal = Character.toLowerCase(value.charAt(value.length() - 1)) - 'a' + 1;
        return new Style(upper ? Numbering.UPPER_LETTER : Numbering.LOWER_LETTER, punctuation, ordinal);
    }

    private static boolean continuesLetters(String value, boolean upper, String punctuation, List<Style> open) {
        Numbering letters = upper ? Numbering.UPPER_LETTER : Numbering.LOWER_LETTER;
        int ordinal = Character.toLowerCase(value.charAt(0)) - 'a' + 1;
        return open.stream()
                .anyMatch(style -> style.numbering() == letters
                        && style.punctuation().equals(punctuation)
                        && style.ordinal() == ordinal - 1);
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (Character.toLowerCase(numeral.charAt(i))) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    enum Numbering {
        DECIMAL,
        LOWER_LETTER,
        UPPER_LETTER,
        LOWER_ROMAN,
        UPPER_ROMAN,
        BULLET
    }

    /**
     * @param punctuation what surrounds the number ("." ")" "()"), or the bullet itself
     * @param ordinal     the item's number in its list (1 for "1.", "a)", "i."; 1 for bullets)
     */
    record Style(Numbering numbering, String punctuation, int ordinal) {

        boolean sameAs(Style other) {
            return numbering == other.numbering
                    && punctuation.toLowerCase(Locale.ROOT).equals(other.punctuation.toLowerCase(Locale.ROOT));
        }
    }
}
