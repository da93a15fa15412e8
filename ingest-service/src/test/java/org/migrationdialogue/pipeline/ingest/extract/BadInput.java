package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A malformed or unwanted object and how extracting it must fail.
 *
 * @param name           what is wrong with it
 * @param maker          builds the object in a directory
 * @param kind           the expected triage
 * @param stage          where it must fail
 * @param reasonFragment a phrase the reason must contain
 */
public record BadInput(String name, Maker maker, FailureKind kind, Stage stage, String reasonFragment) {

    /** Builds one bad object. */
    @FunctionalInterface
    public interface Maker {
        ObjectContent make(Path directory) throws IOException;
    }

    @Override
    public String toString() {
        return name;
    }
}
