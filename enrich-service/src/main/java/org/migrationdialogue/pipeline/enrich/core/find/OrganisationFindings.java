package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationdialogue.pipeline.common.events.OrganisationMention;

/** Every organisation hit of a document, sorted by offset. */
public record OrganisationFindings(List<OrganisationHit> hits, String text) {

    public OrganisationFindings {
        hits = List.copyOf(hits);
    }

    /**
     * One mention per organisation, most mentioned first; acronym and name from its first hit, and the names the
     * text writes it with, in order of first use.
     */
    public List<OrganisationMention> mentions() {
        MentionCounter counter = new MentionCounter();
        Map<String, OrganisationHit> first = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        for (OrganisationHit hit : hits) {
            counter.add(hit.id());
            first.putIfAbsent(hit.id(), hit);
            names.computeIfAbsent(hit.id(), id -> new LinkedHashSet<>())
                    .add(text.substring(hit.start(), hit.end()).replaceAll("\\s+", " "));
        }
        List<OrganisationMention> mentions = new ArrayList<>();
        for (String id : counter.keysByMentions()) {
            OrganisationHit hit = first.get(id);
            mentions.add(new OrganisationMention(
                    id, hit.acronym(), hit.name(), List.copyOf(names.get(id)), counter.count(id)));
        }
        return mentions;
    }

    /** Ids of the organisations named in [start, end), in order of first mention. */
    public List<String> idsWithin(int start, int end) {
        Set<String> ids = new LinkedHashSet<>();
        for (OrganisationHit hit : hits) {
            if (hit.start() >= start && hit.end() <= end) {
                ids.add(hit.id());
            }
        }
        return List.copyOf(ids);
    }

    /** The first organisation hit in [start, end), or null. */
    public OrganisationHit firstWithin(int start, int end) {
        for (OrganisationHit hit : hits) {
            if (hit.start() >= start && hit.end() <= end) {
                return hit;
            }
        }
        return null;
    }

    /**
     * The institution a passage names ("… Department at the ECOWAS Commission"): its first hit the registry or a
     * ministry gives, else its first hit of any kind; null when it names none.
     */
    public OrganisationHit institutionWithin(int start, int end) {
        for (OrganisationHit hit : hits) {
            if (hit.start() >= start && hit.end() <= end && !hit.id().startsWith(NamedBodyFinder.ID_PREFIX)) {
                return hit;
            }
        }
        return firstWithin(start, end);
    }
}
