package org.migrationdialogue.pipeline.testing;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * Which real infrastructure integration tests use: Testcontainers where a Docker engine answers, the local runtime
 * otherwise. {@code PIPELINE_TEST_INFRA=docker|local} forces one.
 */
enum InfrastructureMode {
    DOCKER,
    LOCAL;

    static InfrastructureMode choose(String forced) {
        if (forced != null && !forced.isBlank() && !"auto".equalsIgnoreCase(forced)) {
            return valueOf(forced.strip().toUpperCase(Locale.ROOT));
        }
        return dockerAvailable() ? DOCKER : LOCAL;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
