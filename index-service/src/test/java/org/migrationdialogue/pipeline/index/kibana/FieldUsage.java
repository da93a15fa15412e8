package org.migrationdialogue.pipeline.index.kibana;

/**
 * One field name a saved object uses, with the data view it is read through.
 *
 * @param where a human-readable location, for assertion messages (object id and attribute)
 */
record FieldUsage(String where, String dataViewId, String field, Use use) {

    /** How Kibana uses the field: aggregations and sorts need doc values (keyword, date, number). */
    enum Use {
        DISPLAY,
        QUERY,
        SORT,
        AGGREGATION;

        boolean needsDocValues() {
            return this == SORT || this == AGGREGATION;
        }
    }

    @Override
    public String toString() {
        return where + ": " + field + " (" + use + " on " + dataViewId + ")";
    }
}
