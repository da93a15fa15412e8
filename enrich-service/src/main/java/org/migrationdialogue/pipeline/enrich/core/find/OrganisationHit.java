package org.migrationdialogue.pipeline.enrich.core.find;

/** One mention of an organisation in a document, between start (inclusive) and end (exclusive). */
public record OrganisationHit(int start, int end, String id, String acronym, String name) {}
