package org.migrationdialogue.pipeline.common.config;

import java.util.List;
import org.migrationdialogue.pipeline.common.topics.Topic;

/**
 * Every setting of the pipeline, declared once with its local default; the README's configuration table lists exactly
 * these. Code that needs a default reads it from here (through {@link Config}), never writes it again.
 */
public final class Settings {

    public static final Setting KAFKA_BOOTSTRAP_SERVERS = new Setting(
            "KAFKA_BOOTSTRAP_SERVERS",
            "localhost:9092",
            "Kafka bootstrap servers the services and the CLI connect to.");
    public static final Setting KAFKA_SECURITY_PROTOCOL = new Setting(
            "KAFKA_SECURITY_PROTOCOL",
            "PLAINTEXT",
            "How the services and the CLI connect to Kafka: `PLAINTEXT` (the local broker), `SASL_PLAINTEXT` (docker-compose) or `SASL_SSL`.");
    public static final Setting KAFKA_SASL_MECHANISM = new Setting(
            "KAFKA_SASL_MECHANISM",
            "SCRAM-SHA-512",
            "SASL mechanism of `SASL_*`: `SCRAM-SHA-512`, `SCRAM-SHA-256` or `PLAIN`.");
    public static final Setting KAFKA_USERNAME = new Setting(
            "KAFKA_USERNAME",
            "",
            "Kafka user with `SASL_*` (docker-compose: one per service, see `deploy/kafka/acls.tsv`).");
    public static final Setting KAFKA_PASSWORD = new Setting("KAFKA_PASSWORD", "", "Password of the Kafka user.");
    public static final Setting ELASTICSEARCH_URL = new Setting(
            "ELASTICSEARCH_URL", "http://localhost:9200", "Elasticsearch URL of the index-service and the CLI.");
    public static final Setting ELASTICSEARCH_USERNAME = new Setting(
            "ELASTICSEARCH_USERNAME", "", "Elasticsearch user (empty: no authentication, as on the local server).");
    public static final Setting ELASTICSEARCH_PASSWORD =
            new Setting("ELASTICSEARCH_PASSWORD", "", "Elasticsearch password.");
    public static final Setting ELASTICSEARCH_CA_CERT = new Setting(
            "ELASTICSEARCH_CA_CERT",
            "",
            "PEM file of the CA that signed Elasticsearch's HTTPS certificate (empty: the JDK's trusted CAs).");
    public static final Setting TOPIC_PARTITIONS =
            new Setting("TOPIC_PARTITIONS", "3", "Partitions of each topic the pipeline creates.");
    public static final Setting TOPIC_REPLICATION_FACTOR = new Setting(
            "TOPIC_REPLICATION_FACTOR",
            "1",
            "Replication factor of each topic the pipeline creates (1 on a single broker).");
    public static final Setting PIPELINE_DATA_DIR = new Setting(
            "PIPELINE_DATA_DIR",
            "data",
            "Folder of the local runtime: Kafka log, Elasticsearch data, Streams state, service logs.");
    public static final Setting KAFKA_PORT =
            new Setting("KAFKA_PORT", "9092", "Port of the local Kafka broker (loopback only).");
    public static final Setting KAFKA_CONTROLLER_PORT =
            new Setting("KAFKA_CONTROLLER_PORT", "9093", "Port of the local Kafka KRaft controller (loopback only).");
    public static final Setting ELASTICSEARCH_PORT =
            new Setting("ELASTICSEARCH_PORT", "9200", "HTTP port of the local Elasticsearch server (loopback only).");
    public static final Setting ELASTICSEARCH_HEAP =
            new Setting("ELASTICSEARCH_HEAP", "512m", "Heap of the local Elasticsearch server.");
    public static final Setting ES_HOME = new Setting(
            "PIPELINE_ES_HOME",
            "pipeline-runtime/target/elasticsearch/elasticsearch-" + Versions.ELASTICSEARCH,
            "Unpacked Elasticsearch distribution of the local runtime (the build puts it there).");
    public static final Setting ES_JAVA_HOME = new Setting(
            "ES_JAVA_HOME", "", "JDK 21+ that runs the local Elasticsearch (empty: JAVA_HOME, then /usr/lib/jvm/*).");
    public static final Setting UPLOAD_DIR = new Setting("UPLOAD_DIR", "uploads", "Folder of the local upload bucket.");
    public static final Setting UPLOAD_BUCKET = new Setting(
            "UPLOAD_BUCKET", "reports", "Name of the upload bucket (the folder's bucket name, or the S3 bucket).");

    public static final Setting INGEST_HEALTH_PORT =
            new Setting("INGEST_HEALTH_PORT", "8081", "Loopback port of the ingest-service's GET /health (0: none).");
    public static final Setting ENRICH_HEALTH_PORT =
            new Setting("ENRICH_HEALTH_PORT", "8082", "Loopback port of the enrich-service's GET /health (0: none).");
    public static final Setting INDEX_HEALTH_PORT =
            new Setting("INDEX_HEALTH_PORT", "8083", "Loopback port of the index-service's GET /health (0: none).");
    public static final Setting ENRICH_NER = new Setting(
            "ENRICH_NER",
            "on",
            "`on`: the enrich-service also finds the people no rule introduces with a statistical model (English, French; about 300 MB of heap, its heap is 1 GB); `off`: registry and rules only (faster, for bulk back-fills).");
    public static final Setting ENRICH_THREADS = new Setting(
            "ENRICH_THREADS",
            "1",
            "Stream threads of the enrich-service: reports enriched in parallel, at most one per partition of `reports.extracted`. More than 1 when the enrich-service has cores of its own: on 2 cores shared with the whole stack, 3 threads kept the cores busier (96 % against 87 %) but cost 11 % more CPU a report, for the same throughput (docs/benchmarks.md).");
    public static final Setting SEARCH_WEB_PORT = new Setting(
            "SEARCH_WEB_PORT",
            "8080",
            "Loopback port of the search page (http://127.0.0.1:<port>/, with GET /health) that ./pipeline up serves (0: none).");
    public static final Setting SEARCH_WEB_BIND = new Setting(
            "SEARCH_WEB_BIND",
            "127.0.0.1",
            "Address the search page listens on (loopback; `0.0.0.0` inside a container, whose port is published on the host's loopback).");
    public static final Setting STREAMS_STATE_DIR = new Setting(
            "STREAMS_STATE_DIR",
            "data/streams",
            "State folder of the enrich-service (Kafka Streams stores: the recommendations already published).");
    public static final Setting BUCKET_TYPE = new Setting(
            "BUCKET_TYPE", "folder", "Upload bucket kind: `folder` (the local default) or `s3` (S3, MinIO).");
    public static final Setting S3_ENDPOINT =
            new Setting("S3_ENDPOINT", "", "S3 endpoint URL for MinIO or another S3-compatible server (empty: AWS).");
    public static final Setting S3_REGION = new Setting("S3_REGION", "us-east-1", "S3 region.");
    public static final Setting S3_ACCESS_KEY_ID =
            new Setting("S3_ACCESS_KEY_ID", "", "S3 access key (empty: the AWS default credentials chain).");
    public static final Setting S3_SECRET_ACCESS_KEY = new Setting("S3_SECRET_ACCESS_KEY", "", "S3 secret key.");
    public static final Setting S3_NOTIFICATIONS = new Setting(
            "S3_NOTIFICATIONS",
            "true",
            "`true`: the bucket publishes S3 event notifications to reports.uploaded (MinIO); `false`: the ingest-service polls the bucket.");
    public static final Setting S3_POLL_INTERVAL_SECONDS = new Setting(
            "S3_POLL_INTERVAL_SECONDS", "10", "Seconds between two listings of the bucket in polling mode.");
    public static final Setting S3_RECONCILE_INTERVAL_SECONDS = new Setting(
            "S3_RECONCILE_INTERVAL_SECONDS",
            "300",
            "Seconds between two listings of the bucket in notification mode, which publish what the notifications missed (0: none).");
    public static final Setting BUCKET_SCANNER = new Setting(
            "BUCKET_SCANNER",
            "true",
            "`false` in every ingest-service instance but one: only one may scan a bucket (or poll S3) and publish its changes.");
    public static final Setting INGEST_STATE_DIR = new Setting(
            "INGEST_STATE_DIR",
            "data/ingest",
            "Folder of the ingest-service's checkpoints (what the bucket held when last seen) and spool files.");
    public static final Setting MASS_DELETE_SHARE_PERCENT = new Setting(
            "MASS_DELETE_SHARE_PERCENT",
            "50",
            "A bucket listing that would delete more than this share (%) of the reports published from it at once, and more than MASS_DELETE_MIN_OBJECTS, is held until confirmed (`./pipeline confirm-deletes`); 100: never held.");
    public static final Setting MASS_DELETE_MIN_OBJECTS =
            new Setting("MASS_DELETE_MIN_OBJECTS", "10", "Deletes of up to this many objects at once are never held.");
    /** 100 MB: the largest reports seen are scanned PDFs of about 40 MB. */
    public static final Setting MAX_UPLOAD_BYTES = new Setting(
            "MAX_UPLOAD_BYTES",
            "104857600",
            "Largest object the ingest-service extracts (larger ones go to the DLQ unread).");
    /** 10 million characters: about 4,000 pages of text, far more than any meeting report, and still one record. */
    public static final Setting MAX_EXTRACTED_CHARS = new Setting(
            "MAX_EXTRACTED_CHARS",
            "10000000",
            "Most characters of text the ingest-service extracts from one object (an object with more goes to the DLQ); at most "
                    + Topic.MAX_MESSAGE_BYTES + ", what one record holds.");
    /** Two minutes: a 300-page text PDF parses in seconds; only pathological files take longer. */
    public static final Setting PARSE_TIMEOUT_SECONDS = new Setting(
            "PARSE_TIMEOUT_SECONDS",
            "120",
            "Longest a parser may work on one object before it is killed and the object dead-lettered (plus `OCR_PAGE_TIMEOUT_SECONDS` for each page read by OCR).");
    /** One per core of the two-core hosts. */
    public static final Setting EXTRACTION_WORKERS = new Setting(
            "EXTRACTION_WORKERS",
            "2",
            "Parser worker processes of the ingest-service (objects extracted in parallel).");
    /** 512 MB: enough for PDFBox on image-heavy PDFs, small enough that two workers fit beside the service. */
    public static final Setting EXTRACTION_WORKER_HEAP =
            new Setting("EXTRACTION_WORKER_HEAP", "512m", "Heap of each parser worker process.");

    public static final Setting OCR_ENABLED = new Setting(
            "OCR_ENABLED",
            "true",
            "`true`: scanned pages and images are read by OCR where Tesseract is installed; `false`: never (scans are indexed with `text_missing`).");
    /** English and French: the languages of the Rabat Process and of most migration dialogues' reports. */
    public static final Setting OCR_LANGUAGES = new Setting(
            "OCR_LANGUAGES",
            "eng+fra",
            "Tesseract languages OCR reads, joined by `+` (each needs its `tesseract-ocr-<code>` package).");
    /**
     * One minute: Tesseract reads an A4 page at 300 dpi in about 4 s of CPU; a minute covers a dense page on a host
     * whose two cores are shared with the rest of the stack, and still kills a page that hangs.
     */
    public static final Setting OCR_PAGE_TIMEOUT_SECONDS = new Setting(
            "OCR_PAGE_TIMEOUT_SECONDS", "60", "Time added to the parse timeout for each page or image read by OCR.");

    public static final List<Setting> ALL = List.of(
            KAFKA_BOOTSTRAP_SERVERS,
            KAFKA_SECURITY_PROTOCOL,
            KAFKA_SASL_MECHANISM,
            KAFKA_USERNAME,
            KAFKA_PASSWORD,
            ELASTICSEARCH_URL,
            ELASTICSEARCH_USERNAME,
            ELASTICSEARCH_PASSWORD,
            ELASTICSEARCH_CA_CERT,
            TOPIC_PARTITIONS,
            TOPIC_REPLICATION_FACTOR,
            PIPELINE_DATA_DIR,
            KAFKA_PORT,
            KAFKA_CONTROLLER_PORT,
            ELASTICSEARCH_PORT,
            ELASTICSEARCH_HEAP,
            ES_HOME,
            ES_JAVA_HOME,
            UPLOAD_DIR,
            UPLOAD_BUCKET,
            INGEST_HEALTH_PORT,
            ENRICH_HEALTH_PORT,
            INDEX_HEALTH_PORT,
            ENRICH_NER,
            ENRICH_THREADS,
            SEARCH_WEB_PORT,
            SEARCH_WEB_BIND,
            STREAMS_STATE_DIR,
            BUCKET_TYPE,
            S3_ENDPOINT,
            S3_REGION,
            S3_ACCESS_KEY_ID,
            S3_SECRET_ACCESS_KEY,
            S3_NOTIFICATIONS,
            S3_POLL_INTERVAL_SECONDS,
            S3_RECONCILE_INTERVAL_SECONDS,
            BUCKET_SCANNER,
            INGEST_STATE_DIR,
            MASS_DELETE_SHARE_PERCENT,
            MASS_DELETE_MIN_OBJECTS,
            MAX_UPLOAD_BYTES,
            MAX_EXTRACTED_CHARS,
            PARSE_TIMEOUT_SECONDS,
            EXTRACTION_WORKERS,
            EXTRACTION_WORKER_HEAP,
            OCR_ENABLED,
            OCR_LANGUAGES,
            OCR_PAGE_TIMEOUT_SECONDS);

    private Settings() {}
}
