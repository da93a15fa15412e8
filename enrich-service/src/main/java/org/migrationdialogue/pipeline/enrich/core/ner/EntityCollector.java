package org.migrationdialogue.pipeline.enrich.core.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the token labels of classified sentences into spans: a run of tokens of one type is one name. Reads both
 * label schemes of the shipped models: plain types ("PERSON", English) and IOB2 ("B-PER", "I-PER", French), where
 * "B-" starts a new name even right after one of the same type.
 */
final class EntityCollector {

    private static final String BACKGROUND = "O";

    private final List<EntitySpan> spans = new ArrayList<>();

    void add(List<CoreLabel> classified) {
        int start = -1;
        int end = -1;
        EntityType open = null;
        for (CoreLabel token : classified) {
            String label = token.get(CoreAnnotations.AnswerAnnotation.class);
            EntityType type = type(label);
            boolean continues = type != null && type == open && !label.startsWith("B-");
            if (!continues && open != null) {
                spans.add(new EntitySpan(start, end, open));
                open = null;
            }
            if (type != null) {
                if (open == null) {
                    open = type;
                    start = token.beginPosition();
                }
                end = token.endPosition();
            }
        }
        if (open != null) {
            spans.add(new EntitySpan(start, end, open));
        }
    }

    List<EntitySpan> spans() {
        return List.copyOf(spans);
    }

    /** The type a label names, null for the background label "O". */
    static EntityType type(String label) {
        if (label == null || label.equals(BACKGROUND)) {
            return null;
        }
        String name = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        return switch (name) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
            case "LOCATION", "LOC" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> throw new IllegalStateException("unknown NER label " + label);
        };
    }
}
