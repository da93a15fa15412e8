package org.migrationdialogue.pipeline.testing;

/** Running infrastructure that the JUnit store closes when the test JVM's root context ends. */
interface StartedInfrastructure extends AutoCloseable {

    RealInfrastructure infrastructure();

    @Override
    void close();
}
