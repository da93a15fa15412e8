package org.migrationdialogue.pipeline.common.events;

/** A country a text names, by ISO 3166-1 alpha-2 code, with its English name and how often it is mentioned. */
public record CountryMention(String code, String name, int mentions) {}
