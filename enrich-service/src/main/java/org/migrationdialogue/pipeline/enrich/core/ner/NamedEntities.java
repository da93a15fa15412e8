package org.migrationdialogue.pipeline.enrich.core.ner;

import java.util.List;
import java.util.Locale;

/**
 * Finds people, organisations, places and other names in passages of a report with a statistical model, for the
 * languages it has a model for ({@link #covers}); other languages get nothing, so a report in a language without
 * a model gets only what the registry and rules find, and no invented names. Thread-safe; loaded once.
 */
public interface NamedEntities {

    /**
     * The names in the passage {@code [start, end)} of {@code text}, in text order, with offsets into
     * {@code text}. The passage is split into sentences; a name never spans two sentences nor the passage's
     * bounds. Empty when {@code language} has no model.
     *
     * @param language the report's language ("en", "fr", "en-GB", ...); null or unknown: nothing is found
     */
    List<EntitySpan> find(CharSequence text, int start, int end, String language);

    /** The names in the whole of {@code text}. */
    default List<EntitySpan> find(CharSequence text, String language) {
        return find(text, 0, text.length(), language);
    }

    /** Whether there is a model for {@code language}, i.e. whether {@link #find} can find anything. */
    boolean covers(String language);

    /** Finds nothing: what the enrich-service uses when the statistical model is switched off. */
    static NamedEntities none() {
        return NoNamedEntities.INSTANCE;
    }

    /**
     * The recognizer the setting {@code ENRICH_NER} asks for: {@code on} loads the models shipped in this module
     * (a few seconds and about 250 MB of heap), {@code off} gives {@link #none()}.
     *
     * @throws IllegalArgumentException for any other value, naming the setting
     */
    static NamedEntities forSetting(String enrichNer) {
        String value = enrichNer == null ? "" : enrichNer.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "on" -> CrfNamedEntities.fromResources();
            case "off" -> none();
            default -> throw new IllegalArgumentException("ENRICH_NER must be 'on' or 'off', not '" + enrichNer + "'");
        };
    }

    /** The primary subtag of a language tag, lower case ("en-GB" gives "en"); "" for null or blank. */
    static String primaryLanguage(String language) {
        if (language == null) {
            return "";
        }
        String tag = language.strip().toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        return dash >= 0 ? tag.substring(0, dash) : tag;
    }
}
