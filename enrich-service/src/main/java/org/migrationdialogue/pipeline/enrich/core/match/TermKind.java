package org.migrationdialogue.pipeline.enrich.core.match;

/** What a phrase of the automaton stands for, and in which layer its matches compete. */
public enum TermKind {
    COUNTRY(Layer.COUNTRY),
    COUNTRY_BLOCKER(Layer.COUNTRY),
    ORGANISATION(Layer.ORGANISATION),
    /** A plan, compact or instrument named like an organisation: it hides what it overlaps, and is no organisation. */
    ORGANISATION_BLOCKER(Layer.ORGANISATION),
    THEME(Layer.THEME),
    HONORIFIC(Layer.SIGNAL),
    MEETING_TYPE(Layer.SIGNAL),
    CITY(Layer.SIGNAL),
    MINISTRY(Layer.SIGNAL);

    private final Layer layer;

    TermKind(Layer layer) {
        this.layer = layer;
    }

    public Layer layer() {
        return layer;
    }
}
