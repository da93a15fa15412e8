package org.migrationdialogue.pipeline.enrich.core.knowledge;

/**
 * A phrase to look for, as written in a knowledge file.
 *
 * @param phrase the phrase in its natural spelling (folded before matching)
 * @param key    what it stands for: a country code, organisation id, theme id, meeting type...
 * @param weight a weight (themes) or 1
 * @param flags  {@link TermFlags} bits
 */
public record TermSpec(String phrase, String key, int weight, int flags) {

    public static TermSpec of(String phrase, String key) {
        return new TermSpec(phrase, key, 1, TermFlags.forPhrase(phrase));
    }
}
