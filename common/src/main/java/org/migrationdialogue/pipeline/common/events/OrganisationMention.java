package org.migrationdialogue.pipeline.common.events;

/** An organisation a text names, by registry id (or a report-defined id), with how often it is mentioned. */
public record OrganisationMention(String id, String acronym, String name, int mentions) {
}
