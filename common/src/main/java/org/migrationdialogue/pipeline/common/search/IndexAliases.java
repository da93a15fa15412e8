package org.migrationdialogue.pipeline.common.search;

/** The Elasticsearch aliases users search; each points at a versioned concrete index ({@code <alias>-v<N>}). */
public final class IndexAliases {

    /** One document per report, id = report id. */
    public static final String REPORTS = "reports";
    /** One document per recommendation of each report. */
    public static final String RECOMMENDATIONS = "recommendations";

    private IndexAliases() {}

    /** The concrete index of an alias at a mapping version, e.g. {@code reports-v1}. */
    public static String concreteIndex(String alias, int version) {
        return alias + "-v" + version;
    }
}
