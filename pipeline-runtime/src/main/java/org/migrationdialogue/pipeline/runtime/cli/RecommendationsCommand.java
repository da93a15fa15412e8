package org.migrationdialogue.pipeline.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.events.ThemeIds;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.common.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pipeline recommendations}: reads {@code reports.recommendations} as a consumer of its own group, so each
 * run shows the recommendations that are new since the previous one (each once); {@code --from-beginning} shows all.
 */
@Command(name = "recommendations", description = "Show new recommendations from the reports.recommendations topic.")
final class RecommendationsCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(30);

    @Option(names = "--follow", description = "Keep printing new recommendations as they arrive (Ctrl-C to stop).")
    boolean follow;

    @Option(names = "--from-beginning", description = "Show every recommendation, not only the ones new to this group.")
    boolean fromBeginning;

    @Option(names = "--theme", paramLabel = "ID", description = "Only recommendations with this theme.")
    String theme;

    @Option(
            names = "--country",
            paramLabel = "CODE",
            description = "Only recommendations naming this country (ISO code).")
    String country;

    @Option(
            names = "--group",
            defaultValue = "pipeline-cli",
            description = "Consumer group (default ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--json", description = "Print each recommendation as one line of JSON.")
    boolean json;

    private final PrintStream out = System.out;
    private final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException {
        if (theme != null && !ThemeIds.all().contains(theme)) {
            throw new IllegalArgumentException(
                    "Unknown theme '" + theme + "'. Themes: " + String.join(", ", ThemeIds.all()));
        }
        KafkaConnection kafka = KafkaConnection.from(PipelineHome.current().config());
        try (KafkaConsumer<String, PublishedRecommendation> consumer = consumer(kafka)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                interrupted.countDown();
                consumer.wakeup();
            }));
            consumer.subscribe(List.of(Topics.RECOMMENDATIONS.name()), new StartPosition(consumer));
            int shown = follow ? followForever(consumer) : readToEnd(consumer);
            if (!json) {
                out.println(shown + " recommendation(s)" + (fromBeginning ? "" : " new to group '" + group + "'"));
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            out.println();
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new IllegalStateException("Kafka is not reachable at " + kafka + ": is ./pipeline up running?", e);
        }
        return 0;
    }

    private KafkaConsumer<String, PublishedRecommendation> consumer(KafkaConnection kafka) {
        Map<String, Object> config = kafka.clientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // A new group starts with everything published so far; later runs continue where it stopped.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Committed after printing, so each recommendation is shown once per group.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Fail fast with a clear message when no broker answers.
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaConsumer<>(
                config,
                Topics.RECOMMENDATIONS.keySerde().deserializer(),
                Topics.RECOMMENDATIONS.valueSerde().deserializer());
    }

    private int readToEnd(KafkaConsumer<String, PublishedRecommendation> consumer) throws IOException {
        int shown = 0;
        Instant deadline = Instant.now().plus(CATCH_UP_LIMIT);
        do {
            shown += show(consumer);
        } while (!atEnd(consumer) && Instant.now().isBefore(deadline));
        return shown;
    }

    private int followForever(KafkaConsumer<String, PublishedRecommendation> consumer) throws IOException {
        int shown = 0;
        while (interrupted.getCount() > 0) {
            shown += show(consumer);
        }
        return shown;
    }

    private int show(KafkaConsumer<String, PublishedRecommendation> consumer) throws IOException {
        int shown = 0;
        for (ConsumerRecord<String, PublishedRecommendation> record : consumer.poll(POLL)) {
            if (record.value() != null && matches(record.value())) {
                print(record.value());
                shown++;
            }
        }
        consumer.commitSync();
        return shown;
    }

    private static boolean atEnd(KafkaConsumer<String, PublishedRecommendation> consumer) {
        if (consumer.assignment().isEmpty()) {
            return false;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private boolean matches(PublishedRecommendation recommendation) {
        return (theme == null || recommendation.themes().contains(theme))
                && (country == null || recommendation.countries().contains(country.toUpperCase(Locale.ROOT)));
    }

    private void print(PublishedRecommendation recommendation) throws IOException {
        if (json) {
            out.println(Json.mapper().writeValueAsString(recommendation));
            return;
        }
        out.println();
        ReportLines.recommendation(recommendation).forEach(out::println);
    }

    /** With --from-beginning, every assigned partition starts at its first record. */
    private final class StartPosition implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, PublishedRecommendation> consumer;

        StartPosition(KafkaConsumer<String, PublishedRecommendation> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // offsets are committed after each poll
        }
    }
}
