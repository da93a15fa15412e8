package org.migrationdialogue.pipeline.web.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;

class LiveRecommendationsTest {

    @Test
    void shouldHandAPageWhatItMissedAndThenEachNewOneOnceAsItsFilterSays() {
        // given a page server that has seen two recommendations
        LiveRecommendations live = new LiveRecommendations(KafkaConnection.plaintext("unused:9092"));
        live.publish(recommendation("rec-1", "document_fraud"));
        live.publish(recommendation("rec-2", "return"));
        // when a page filtered on document fraud connects after having listed the first
        List<String> received = new ArrayList<>();
        LiveRecommendations.Subscriber page = new LiveRecommendations.Subscriber(
                new RecommendationFilter("document_fraud", "", "", ""),
                numbered -> received.add(numbered.recommendation().id()));
        live.subscribe(page, 1).forEach(page.send());
        live.publish(recommendation("rec-3", "document_fraud"));
        live.publish(recommendation("rec-4", "return"));
        // then it gets only the new one that matches, once
        assertEquals(List.of("rec-3"), received);
        // and a page that connects from the start gets the matching ones it missed, oldest first
        List<String> fresh = new ArrayList<>();
        LiveRecommendations.Subscriber second = new LiveRecommendations.Subscriber(
                new RecommendationFilter("document_fraud", "", "", ""),
                numbered -> fresh.add(numbered.recommendation().id()));
        live.subscribe(second, 0).forEach(second.send());
        assertEquals(List.of("rec-1", "rec-3"), fresh);
    }

    private static PublishedRecommendation recommendation(String id, String theme) {
        PublishedRecommendation sample = ContractSamples.published();
        return new PublishedRecommendation(
                id,
                sample.reportId(),
                sample.reportTitle(),
                sample.meeting(),
                sample.group(),
                sample.kind(),
                sample.ordinal(),
                sample.text(),
                List.of(theme),
                sample.countries(),
                sample.organisations(),
                sample.firstSeenAt());
    }
}
