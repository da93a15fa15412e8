package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.common.events.Recommendation;

/** What a list holds, as its lead-in or heading says: recommendations, conclusions, something else, or unknown. */
enum ListKind {
    RECOMMENDATION,
    CONCLUSION,
    NOT_A_RECOMMENDATION;

    /** The contract's kind of the items of such a list. */
    String contractKind() {
        return this == CONCLUSION ? Recommendation.CONCLUSION : Recommendation.RECOMMENDATION;
    }
}
