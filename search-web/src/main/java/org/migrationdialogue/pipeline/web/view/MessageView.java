package org.migrationdialogue.pipeline.web.view;

/** A page that only says something: not found, a failure, Elasticsearch unreachable. */
public record MessageView(Chrome chrome, String heading, String message) {}
