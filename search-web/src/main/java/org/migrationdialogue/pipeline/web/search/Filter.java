package org.migrationdialogue.pipeline.web.search;

/** One chip of the search page: a facet value the reports must have, or (excluded) must not have. */
public record Filter(Facet facet, String value, boolean excluded) {

    public Filter inverted() {
        return new Filter(facet, value, !excluded);
    }

    /** Its URL parameter name: the facet's, or its excluding one. */
    public String parameter() {
        return excluded ? facet.excludingParameter() : facet.parameter();
    }
}
