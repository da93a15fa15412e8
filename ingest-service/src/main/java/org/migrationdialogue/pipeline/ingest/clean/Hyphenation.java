package org.migrationdialogue.pipeline.ingest.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins two wrapped lines, mending a word that a line-end hyphen broke in two.
 *
 * <p>The rule, first match wins, for a line ending "left-" and a next line starting "right":
 * <ol>
 *   <li>"right" starts with a capital ("sub-" / "Saharan"): keep the hyphen, "sub-Saharan";</li>
 *   <li>"left" is already a compound ("case-by-" / "case"): keep it, "case-by-case";</li>
 *   <li>the document spells "left-right" elsewhere: keep it; it spells "leftright" elsewhere: join;</li>
 *   <li>"left" is a known prefix (co, cross, non, post, self, ...): keep it, "post-crisis";</li>
 *   <li>otherwise the hyphen was the typesetter's: join, "mi-" / "gration" becomes "migration".</li>
 * </ol>
 * A line ending in a digit and hyphen ("2014-") joins without a space; any other line joins with one.
 */
final class Hyphenation {

    private static final Pattern BROKEN_WORD = Pattern.compile("(?<![\\p{L}-])((?:\\p{L}+-)*\\p{L}+)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\p{L}+");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    private final Set<String> prefixes;
    private final Set<String> documentWords;

    private Hyphenation(Set<String> prefixes, Set<String> documentWords) {
        this.prefixes = prefixes;
        this.documentWords = documentWords;
    }

    /** A joiner that takes spelling evidence from {@code document}. */
    static Hyphenation forDocument(Set<String> prefixes, String document) {
        Set<String> words = WORDS.matcher(document)
                .results()
                .map(match -> match.group().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new Hyphenation(prefixes, words);
    }

    String join(String left, String right) {
        if (!left.endsWith("-")) {
            return left + " " + right;
        }
        Matcher broken = LineEnds.tail(BROKEN_WORD, left, LineEnds.lastTokenStart(left));
        Matcher first = FIRST_WORD.matcher(right);
        if (broken.find() && first.find()) {
            boolean keep = keepsHyphen(broken.group(1), first.group());
            return keep ? left + right : left.substring(0, left.length() - 1) + right;
        }
        if (left.endsWith("-") && left.length() > 1 && Character.isDigit(left.charAt(left.length() - 2))) {
            return left + right;
        }
        return left + " " + right;
    }

    private boolean keepsHyphen(String fragment, String next) {
        if (Character.isUpperCase(next.charAt(0)) || fragment.contains("-")) {
            return true;
        }
        String lowerFragment = fragment.toLowerCase(Locale.ROOT);
        String lowerNext = next.toLowerCase(Locale.ROOT);
        if (documentWords.contains(lowerFragment + "-" + lowerNext)) {
            return true;
        }
        if (documentWords.contains(lowerFragment + lowerNext)) {
            return false;
        }
        return prefixes.contains(lowerFragment);
    }
}
