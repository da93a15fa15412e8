package org.migrationdialogue.pipeline.common.events;

import java.util.List;

/**
 * An organisation a text names, by registry id (or an id the report's own naming gives it), with how often it is
 * mentioned.
 *
 * @param acronym its acronym (the registry's, else the one the report defines), or null
 * @param name    its canonical name (the registry's English name, else the fullest name the report uses)
 * @param names   the names and acronyms this report writes it with, in order of first use ("Union européenne",
 *                "UE"): what a reader searches for in this report's language
 */
public record OrganisationMention(String id, String acronym, String name, List<String> names, int mentions) {

    public OrganisationMention {
        names = names == null ? List.of() : List.copyOf(names);
    }
}
