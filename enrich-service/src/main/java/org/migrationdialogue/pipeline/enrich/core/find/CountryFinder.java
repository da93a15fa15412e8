package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.migrationdialogue.pipeline.common.events.CountryMention;
import org.migrationdialogue.pipeline.enrich.core.knowledge.CountryGazetteer;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;

/**
 * Countries named by CLDR name, variant or demonym (the longest phrase wins, blocking phrases such as
 * "Gulf of Guinea" hide the names inside them), with mention counts and English CLDR names.
 */
public final class CountryFinder {

    /** A report is plainly about a country it names this many times, twice as often as any other. */
    private static final int DOMINANT_MENTIONS = 3;

    private final CountryGazetteer gazetteer;

    public CountryFinder(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<CountryMention> extract(AnalysedText text) {
        MentionCounter counter = new MentionCounter();
        for (Match match : text.matches().of(Layer.COUNTRY)) {
            if (match.kind() == TermKind.COUNTRY) {
                counter.add(match.key());
            }
        }
        List<CountryMention> mentions = new ArrayList<>();
        for (String code : counter.keysByMentions()) {
            mentions.add(new CountryMention(code, gazetteer.englishName(code), counter.count(code)));
        }
        return mentions;
    }

    /** Codes of the countries named in [start, end), in order of first mention. */
    public List<String> codesWithin(AnalysedText text, int start, int end) {
        Set<String> codes = new LinkedHashSet<>();
        for (Match match : text.matches().within(Layer.COUNTRY, start, end)) {
            if (match.kind() == TermKind.COUNTRY) {
                codes.add(match.key());
            }
        }
        return List.copyOf(codes);
    }

    /** The first country named in [start, end), or null. */
    public String firstWithin(AnalysedText text, int start, int end) {
        List<String> codes = codesWithin(text, start, end);
        return codes.isEmpty() ? null : codes.getFirst();
    }

    /**
     * The country a report names more often than any other ("the Government of the Republic of Freedonia … the
     * Freedonian people"); null if it names none, or two as often.
     */
    public String leading(AnalysedText text) {
        List<CountryMention> mentions = extract(text);
        if (mentions.isEmpty()
                || mentions.size() > 1
                        && mentions.get(0).mentions() == mentions.get(1).mentions()) {
            return null;
        }
        return mentions.getFirst().code();
    }

    /** The country a report is plainly about: named 3+ times and twice as often as any other; null if none is. */
    public String dominant(AnalysedText text) {
        List<CountryMention> mentions = extract(text);
        if (mentions.isEmpty() || mentions.getFirst().mentions() < DOMINANT_MENTIONS) {
            return null;
        }
        boolean twiceAny = mentions.size() == 1
                || mentions.get(0).mentions() >= 2 * mentions.get(1).mentions();
        return twiceAny ? mentions.getFirst().code() : null;
    }

    /** The one country a report names, however often; null if it names none or several. */
    public String sole(AnalysedText text) {
        List<CountryMention> mentions = extract(text);
        return mentions.size() == 1 ? mentions.getFirst().code() : null;
    }
}
