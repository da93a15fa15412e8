package org.migrationdialogue.pipeline.common.status;

import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * What the pipeline holds now.
 *
 * @param uploads         upload events on reports.uploaded
 * @param extracted       reports on reports.extracted (deleted ones not counted)
 * @param enriched        reports on reports.enriched (deleted ones not counted)
 * @param recommendations distinct recommendations published
 * @param indexed         report documents in Elasticsearch (-1: Elasticsearch not reachable)
 * @param deadLetters     records on reports.dlq
 */
public record PipelineSnapshot(
        long uploads, long extracted, long enriched, long recommendations, long indexed, long deadLetters) {

    public static PipelineSnapshot of(TopicCounter counter, long indexed) {
        return new PipelineSnapshot(
                counter.records(Topics.UPLOADED),
                counter.liveKeys(Topics.EXTRACTED),
                counter.liveKeys(Topics.ENRICHED),
                counter.records(Topics.RECOMMENDATIONS),
                indexed,
                counter.records(Topics.DLQ));
    }

    public String line() {
        return "uploads " + uploads + " · extracted " + extracted + " · enriched " + enriched + " · indexed "
                + (indexed < 0 ? "?" : Long.toString(indexed)) + " · recommendations " + recommendations + " · DLQ "
                + deadLetters;
    }
}
