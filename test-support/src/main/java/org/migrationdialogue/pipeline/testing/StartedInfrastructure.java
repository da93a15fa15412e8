package org.migrationdialogue.pipeline.testing;

import java.util.Map;
import org.migrationdialogue.pipeline.common.config.Config;

/** Running infrastructure that the JUnit store closes when the test JVM's root context ends. */
interface StartedInfrastructure extends AutoCloseable {

    /** The tests' servers and topics are set up with the local defaults (heap, partitions, replication). */
    Config LOCAL_DEFAULTS = new Config(Map.of());

    RealInfrastructure infrastructure();

    @Override
    void close();
}
