package org.migrationdialogue.pipeline.runtime.local;

import java.nio.file.Path;

/**
 * How to run the local Elasticsearch server.
 *
 * @param esHome        the unpacked distribution
 * @param javaHome      a JDK 21+ to run it (the minimal distribution bundles none)
 * @param nodeDir       where its config copy, data, logs and temporary files live
 * @param heap          e.g. {@code 512m}
 */
public record ElasticsearchSettings(
        Path esHome, Path javaHome, Path nodeDir, int httpPort, int transportPort, String heap) {

    public ElasticsearchSettings {
        esHome = esHome.toAbsolutePath();
        nodeDir = nodeDir.toAbsolutePath();
    }
}
