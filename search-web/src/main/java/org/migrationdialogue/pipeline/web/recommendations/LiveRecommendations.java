package org.migrationdialogue.pipeline.web.recommendations;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.web.ConsumerThread;

/**
 * New recommendations for the page, live: a consumer of {@code reports.recommendations} in the page's own group
 * ({@value #GROUP}, so it takes nothing from another subscriber), starting at the end of the topic the first time
 * and where it stopped after that. Each recommendation gets a sequence number and is handed to every open page
 * whose filter it matches; the latest are kept, so a page that connects (or reconnects) after its list was rendered
 * gets what arrived in between, and nothing twice.
 */
public final class LiveRecommendations extends ConsumerThread<String, PublishedRecommendation> {

    public static final String GROUP = "search-web";
    private static final int KEPT = 500;
    private static final Duration POLL = Duration.ofMillis(500);

    /** A recommendation with its sequence number on this page server. */
    public record Numbered(long sequence, PublishedRecommendation recommendation) {}

    /** An open page: its filter, and where to send what matches. */
    public record Subscriber(RecommendationFilter filter, Consumer<Numbered> send) {}

    private final KafkaConnection kafka;
    private final Deque<Numbered> latest = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private long sequence;
    private volatile boolean assigned;

    public LiveRecommendations(KafkaConnection kafka) {
        super(Topics.RECOMMENDATIONS.name(), "live-recommendations");
        this.kafka = kafka;
    }

    /** The sequence number of the latest recommendation seen (0: none yet). */
    public synchronized long sequence() {
        return sequence;
    }

    /** Whether the consumer has its partitions, i.e. follows the topic now. */
    public boolean following() {
        return assigned;
    }

    public int subscribers() {
        return subscribers.size();
    }

    /**
     * Registers a page and returns what it missed since {@code after} (oldest first): together they hold each
     * recommendation after {@code after} exactly once.
     */
    public synchronized List<Numbered> subscribe(Subscriber subscriber, long after) {
        subscribers.add(subscriber);
        return latest.stream()
                .filter(item -> item.sequence() > after && subscriber.filter().matches(item.recommendation()))
                .toList()
                .reversed();
    }

    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Numbers a new recommendation and hands it to the pages that want it. */
    void publish(PublishedRecommendation recommendation) {
        Numbered numbered;
        List<Subscriber> to;
        synchronized (this) {
            numbered = new Numbered(++sequence, recommendation);
            latest.addFirst(numbered);
            if (latest.size() > KEPT) {
                latest.removeLast();
            }
            to = new ArrayList<>(subscribers);
        }
        for (Subscriber subscriber : to) {
            if (subscriber.filter().matches(recommendation)) {
                try {
                    subscriber.send().accept(numbered);
                } catch (RuntimeException e) {
                    unsubscribe(subscriber);
                }
            }
        }
    }

    @Override
    protected KafkaConsumer<String, PublishedRecommendation> newConsumer() {
        Map<String, Object> config = kafka.clientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        // The page lists what is indexed; live means what is published from the first start on.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        // Committed after the pages were told, so a restart neither skips nor repeats.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The enrich-service publishes in exactly-once transactions: only committed ones.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(
                config,
                Topics.RECOMMENDATIONS.keySerde().deserializer(),
                Topics.RECOMMENDATIONS.valueSerde().deserializer());
    }

    @Override
    protected void read(KafkaConsumer<String, PublishedRecommendation> kafka) {
        kafka.subscribe(List.of(Topics.RECOMMENDATIONS.name()));
        while (running()) {
            var records = kafka.poll(POLL);
            for (ConsumerRecord<String, PublishedRecommendation> record : records) {
                if (record.value() != null) {
                    publish(record.value());
                }
            }
            if (!records.isEmpty() || !assigned && !kafka.assignment().isEmpty()) {
                // The first time, this commits the starting positions: a restart continues from here.
                kafka.commitSync();
                assigned = !kafka.assignment().isEmpty();
            }
        }
    }

    @Override
    protected void stopped() {
        assigned = false;
    }
}
