package org.migrationdialogue.pipeline.ingest.extract;

import java.io.ByteArrayInputStream;

/** A fixture as a bucket object, declared as text/plain whatever it is: detection must not trust it. */
final class FixtureContent {

    private FixtureContent() {}

    static ObjectContent of(GoodFixture fixture) {
        byte[] bytes = fixture.content();
        return new ObjectContent(
                fixture.key(), "application/octet-stream", bytes.length, () -> new ByteArrayInputStream(bytes));
    }
}
