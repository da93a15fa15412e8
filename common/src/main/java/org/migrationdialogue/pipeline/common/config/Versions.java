package org.migrationdialogue.pipeline.common.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of what the pipeline runs beside, as the root pom.xml declares them (the build writes them into
 * {@code versions.properties}): the Kafka of the clients and the local broker, the Elasticsearch of the local
 * server, the MinIO release of docker-compose. Whatever names a version (a default, an image) takes it from here.
 */
public final class Versions {

    public static final String KAFKA;
    public static final String ELASTICSEARCH;
    public static final String MINIO;

    static {
        Properties versions = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the classpath of common");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read versions.properties", e);
        }
        KAFKA = required(versions, "kafka");
        ELASTICSEARCH = required(versions, "elasticsearch");
        MINIO = required(versions, "minio");
    }

    private Versions() {}

    private static String required(Properties versions, String name) {
        String value = versions.getProperty(name, "");
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("versions.properties has no " + name + " version ('" + value
                    + "'): build common with Maven, which fills it in from the root pom.xml");
        }
        return value;
    }
}
