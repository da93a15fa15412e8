package org.migrationdialogue.pipeline.common.events;

/** A named speaker or participant; every field but the name may be null when the text does not say it. */
public record Person(String name, String honorific, String role, String organisation, String country) {}
