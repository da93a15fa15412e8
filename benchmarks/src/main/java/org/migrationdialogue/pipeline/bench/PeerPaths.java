package org.migrationdialogue.pipeline.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.enrich.core.ner.CrfNamedEntities;
import org.migrationdialogue.pipeline.enrich.core.ner.EntitySpan;
import org.migrationdialogue.pipeline.enrich.core.ner.NamedEntities;

/**
 * The paths users would pick instead of the pipeline, each in this JVM (warm: a pass over other files first), one
 * thread per core, over the same files and into the same Elasticsearch as the pipeline:
 * <ul>
 *     <li>{@link Peer#TIKA}: Apache Tika alone, {@code Tika.parseToString} (the facade's AutoDetectParser);</li>
 *     <li>{@link Peer#FSCRAWLER}: FSCrawler's path: Tika, then each file's text and metadata bulk-indexed into one
 *     Elasticsearch document (FSCrawler's defaults: bulks of 100 documents or 10 MB, flushed every 5 s);</li>
 *     <li>{@link Peer#DATASHARE}: Datashare's path: Tika, Stanford CoreNLP's CRF model (the model file the pipeline
 *     ships, English 3-class, through the same tokenizer) over the whole text, then the document and one named-entity
 *     document per distinct name and category (with its offsets and the document's id, routed to the document's
 *     shard, as Datashare indexes them) bulk-indexed. Datashare also makes them children of the document with a
 *     {@code join} field, which the minimal Elasticsearch distribution of the local runtime lacks (no parent-join
 *     module): the documents carry the parent's id as a keyword instead.</li>
 * </ul>
 * A run ends when every document is searchable: the bulk ingester drained, then the index refreshed.
 *
 * <p>Where the peers are kinder to themselves than the tools: the language is taken as English (the corpus is;
 * Datashare detects it first), and the model skips sentences without a capital letter (Datashare's pipeline also
 * tags parts of speech and lemmas before its NER). Both make the peers faster, never slower.
 */
final class PeerPaths implements AutoCloseable {

    /** FSCrawler's and Elasticsearch's BulkProcessor defaults. */
    private static final int BULK_DOCUMENTS = 100;

    private static final long BULK_BYTES = 10L * 1024 * 1024;
    private static final int BULK_FLUSH_SECONDS = 5;
    private static final int MAX_CHARS = 10_000_000;
    private static final String LANGUAGE = "en";

    enum Peer {
        TIKA("Tika alone (Tika.parseToString)", null),
        FSCRAWLER("FSCrawler's path: Tika, bulk into Elasticsearch", "peer-fscrawler"),
        DATASHARE(
                "Datashare's path: Tika, CoreNLP CRF NER over the whole text, bulk into Elasticsearch",
                "peer-datashare");

        final String label;
        final String index;

        Peer(String label, String index) {
            this.label = label;
            this.index = index;
        }
    }

    /** What one timed pass did; CPU of this JVM only (Elasticsearch's is measured by the caller). */
    record Result(Peer peer, int files, long characters, long names, Duration elapsed, Duration cpu, int threads) {

        double reportsPerSecond() {
            return files / (elapsed.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return String.format(
                    "%s, %d threads: %d files, %,d characters (%,d per file)%s in %.1f s = %.2f reports/s; "
                            + "CPU of this JVM %.1f s = %.0f ms per report",
                    peer.label,
                    threads,
                    files,
                    characters,
                    characters / Math.max(1, files),
                    peer == Peer.DATASHARE ? ", " + names + " names" : "",
                    elapsed.toNanos() / 1e9,
                    reportsPerSecond(),
                    cpu.toMillis() / 1000.0,
                    cpu.toMillis() / (double) Math.max(1, files));
        }
    }

    private final ElasticsearchClient client;
    private final int threads;
    private NamedEntities model;

    PeerPaths(String elasticsearchUrl, int threads) {
        this.client = ElasticsearchClients.create(elasticsearchUrl);
        this.threads = threads;
    }

    /** Warms every path up on {@code files} (the JIT, Tika's parsers, the model), then empties their indices. */
    void warmUp(List<CorpusFile> files) throws IOException {
        for (Peer peer : Peer.values()) {
            run(peer, files);
        }
    }

    /** One timed pass of {@code peer} over {@code files}, into a new, empty index. */
    Result run(Peer peer, List<CorpusFile> files) throws IOException {
        if (peer == Peer.DATASHARE && model == null) {
            model = CrfNamedEntities.fromResources();
        }
        if (peer.index != null) {
            createIndex(peer);
        }
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        AtomicLong characters = new AtomicLong();
        AtomicLong names = new AtomicLong();
        Failures failures = new Failures();
        try (BulkIngester<Void> ingester = peer.index == null ? null : ingester(failures)) {
            AtomicInteger next = new AtomicInteger();
            inThreads(() -> {
                Tika tika = new Tika();
                tika.setMaxStringLength(MAX_CHARS);
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    CorpusFile file = files.get(i);
                    String text = parse(tika, file);
                    characters.addAndGet(text.length());
                    if (ingester != null) {
                        names.addAndGet(index(peer, ingester, file, text));
                    }
                }
                return null;
            });
        }
        if (peer.index != null) {
            client.indices().refresh(request -> request.index(peer.index));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        failures.check(peer);
        return new Result(
                peer,
                files.size(),
                characters.get(),
                names.get(),
                elapsed,
                Duration.ofNanos(processCpuNanos() - cpuBefore),
                threads);
    }

    private static String parse(Tika tika, CorpusFile file) {
        try {
            return tika.parseToString(file.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TikaException e) {
            throw new IllegalStateException("Tika cannot parse " + file.key(), e);
        }
    }

    /** Adds the file's documents to the bulk; returns how many distinct names it holds. */
    private int index(Peer peer, BulkIngester<Void> ingester, CorpusFile file, String text) {
        String id = file.key();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("content", text);
        document.put("title", file.key());
        document.put("path", file.file().toString());
        document.put("content_type", file.format().name());
        document.put("content_length", file.file().toFile().length());
        document.put("indexing_date", Instant.now().toString());
        if (peer == Peer.FSCRAWLER) {
            ingester.add(BulkOperation.of(
                    op -> op.index(put -> put.index(peer.index).id(id).document(document))));
            return 0;
        }
        document.put("language", LANGUAGE);
        document.put("type", "Document");
        ingester.add(BulkOperation.of(
                op -> op.index(put -> put.index(peer.index).id(id).routing(id).document(document))));
        Map<String, List<Integer>> offsetsByName = new LinkedHashMap<>();
        for (EntitySpan span : model.find(text, LANGUAGE)) {
            offsetsByName
                    .computeIfAbsent(span.type() + "\u0000" + span.textIn(text), name -> new ArrayList<>())
                    .add(span.start());
        }
        offsetsByName.forEach((name, offsets) -> {
            String[] parts = name.split("\u0000", 2);
            Map<String, Object> entity = Map.of(
                    "mention",
                    parts[1],
                    "category",
                    parts[0],
                    "offsets",
                    offsets,
                    "document_id",
                    id,
                    "extractor",
                    "CORENLP",
                    "type",
                    "NamedEntity");
            ingester.add(BulkOperation.of(op -> op.index(put -> put.index(peer.index)
                    .id(id + "/" + name.hashCode())
                    .routing(id)
                    .document(entity))));
        });
        return offsetsByName.size();
    }

    private BulkIngester<Void> ingester(Failures failures) {
        return BulkIngester.of(builder -> builder.client(client)
                .maxOperations(BULK_DOCUMENTS)
                .maxSize(BULK_BYTES)
                .maxConcurrentRequests(1)
                .flushInterval(BULK_FLUSH_SECONDS, TimeUnit.SECONDS)
                .listener(failures));
    }

    /** A fresh index for the peer: FSCrawler's text field as it maps it, Datashare's with offsets. */
    private void createIndex(Peer peer) throws IOException {
        if (client.indices().exists(request -> request.index(peer.index)).value()) {
            client.indices().delete(request -> request.index(peer.index));
        }
        String mapping = peer == Peer.FSCRAWLER ? """
                {"properties": {"content": {"type": "text"}, "title": {"type": "text"}, "path": {"type": "keyword"},
                 "content_type": {"type": "keyword"}, "content_length": {"type": "long"},
                 "indexing_date": {"type": "date"}}}""" : """
                {"properties": {"content": {"type": "text", "index_options": "offsets"}, "title": {"type": "text"},
                 "path": {"type": "keyword"}, "content_type": {"type": "keyword"}, "content_length": {"type": "long"},
                 "indexing_date": {"type": "date"}, "language": {"type": "keyword"},
                 "type": {"type": "keyword"},
                 "mention": {"type": "keyword"}, "category": {"type": "keyword"}, "offsets": {"type": "integer"},
                 "document_id": {"type": "keyword"}, "extractor": {"type": "keyword"}}}""";
        client.indices()
                .create(request -> request.index(peer.index)
                        .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(mappings -> mappings.withJson(new StringReader(mapping))));
    }

    private void inThreads(Callable<Void> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(work));
            }
            for (Future<Void> thread : running) {
                thread.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A peer path failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static long processCpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .orElse(Duration.ZERO)
                .toNanos();
    }

    /** Bulk requests or items Elasticsearch refused: a peer run with any is no figure. */
    private static final class Failures implements BulkListener<Void> {

        private final List<String> errors = new ArrayList<>();

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
            // nothing to do before
        }

        @Override
        public synchronized void afterBulk(
                long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            if (response.errors()) {
                response.items().stream()
                        .filter(item -> item.error() != null)
                        .limit(3)
                        .forEach(item ->
                                errors.add(item.id() + ": " + item.error().reason()));
            }
        }

        @Override
        public synchronized void afterBulk(
                long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
            errors.add(String.valueOf(failure));
        }

        synchronized void check(Peer peer) {
            if (!errors.isEmpty()) {
                throw new IllegalStateException(peer + ": Elasticsearch refused writes, e.g. " + errors);
            }
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
