package org.migrationdialogue.pipeline.testing;

/** Outages on demand: stop a server and bring it back on the same address with its data. */
public interface InfrastructureControl {

    void stopElasticsearch();

    void startElasticsearch();

    /** Stops the broker and starts it again on the same port, with its log. */
    void restartKafka();
}
