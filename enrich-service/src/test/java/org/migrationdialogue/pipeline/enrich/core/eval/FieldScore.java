package org.migrationdialogue.pipeline.enrich.core.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Precision, recall and F1 of one field: how many predicted items are right, how many gold items were found. */
public record FieldScore(int truePositives, int predicted, int gold) {

    /** Scores two sets of keys that match when equal. */
    public static FieldScore ofSets(Collection<String> predicted, Collection<String> gold) {
        Set<String> found = new HashSet<>(predicted);
        found.retainAll(new HashSet<>(gold));
        return new FieldScore(found.size(), new HashSet<>(predicted).size(), new HashSet<>(gold).size());
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public String describe(String field) {
        return String.format(
                Locale.ROOT,
                "%-16s P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)",
                field,
                precision(),
                recall(),
                f1(),
                truePositives,
                predicted,
                gold);
    }
}
