package org.migrationdialogue.pipeline.enrich.core.knowledge;

/** An organisation of the registry: id, acronym (or null) and canonical English name. */
public record OrganisationEntry(String id, String acronym, String name) {}
