package org.migrationdialogue.pipeline.enrich.core.ner;

/** What a statistical model says a name is (the CoNLL types; MISC: nationalities, events, titles, ...). */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
