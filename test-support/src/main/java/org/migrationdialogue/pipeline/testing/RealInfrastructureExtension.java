package org.migrationdialogue.pipeline.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives integration tests a real Kafka broker and a real Elasticsearch server, started once per test JVM:
 * Testcontainers (Kafka and Elasticsearch modules) where a Docker engine is available, the project's local runtime
 * otherwise. The same tests run either way; nothing is mocked. Declare a {@link RealInfrastructure} parameter.
 */
public final class RealInfrastructureExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(RealInfrastructureExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RealInfrastructureExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RealInfrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(StartedInfrastructure.class, key -> start(), StartedInfrastructure.class)
                .infrastructure();
    }

    private static StartedInfrastructure start() {
        InfrastructureMode mode = InfrastructureMode.choose(System.getenv("PIPELINE_TEST_INFRA"));
        LOG.info("Integration tests use real infrastructure from: {}", mode);
        return mode == InfrastructureMode.DOCKER ? ContainerInfrastructure.start() : LocalInfrastructure.start();
    }
}
