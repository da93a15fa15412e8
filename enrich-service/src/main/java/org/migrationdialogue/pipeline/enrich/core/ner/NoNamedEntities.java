package org.migrationdialogue.pipeline.enrich.core.ner;

import java.util.List;
import java.util.Objects;

/** The statistical model switched off: no names, in any language. */
enum NoNamedEntities implements NamedEntities {
    INSTANCE;

    @Override
    public List<EntitySpan> find(CharSequence text, int start, int end, String language) {
        Objects.checkFromToIndex(start, end, text.length());
        return List.of();
    }

    @Override
    public boolean covers(String language) {
        return false;
    }
}
