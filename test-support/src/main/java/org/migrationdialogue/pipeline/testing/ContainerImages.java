package org.migrationdialogue.pipeline.testing;

import org.migrationdialogue.pipeline.common.config.Versions;
import org.testcontainers.utility.DockerImageName;

/**
 * The images of the tests that run containers, at the versions of the root pom.xml ({@link Versions}): the
 * Testcontainers broker is the Kafka of the clients, the Elasticsearch of the local server, the MinIO of
 * docker-compose.yml (DockerComposeTest keeps the compose file on the same ones).
 */
public final class ContainerImages {

    public static final String KAFKA = "apache/kafka:" + Versions.KAFKA;
    public static final String ELASTICSEARCH =
            "docker.elastic.co/elasticsearch/elasticsearch:" + Versions.ELASTICSEARCH;
    /** MinIO no longer publishes images on Docker Hub; quay.io serves the last community releases. */
    public static final String MINIO = "quay.io/minio/minio:" + Versions.MINIO;

    private ContainerImages() {}

    /** The MinIO image, for Testcontainers' MinIO module (which expects minio/minio). */
    public static DockerImageName minio() {
        return DockerImageName.parse(MINIO).asCompatibleSubstituteFor("minio/minio");
    }
}
