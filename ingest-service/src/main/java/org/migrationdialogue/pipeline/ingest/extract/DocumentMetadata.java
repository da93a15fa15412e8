package org.migrationdialogue.pipeline.ingest.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/** Reads the fields of the contract from Tika's metadata, whatever format-specific key holds them. */
final class DocumentMetadata {

    private static final String PDF_PRODUCER = "pdf:producer";

    private final Metadata metadata;

    DocumentMetadata(Metadata metadata) {
        this.metadata = metadata;
    }

    Optional<String> title() {
        return value(TikaCoreProperties.TITLE);
    }

    /** xmpTPg:NPages for PDF, meta:page-count for office formats; null when the format has no pages. */
    Integer pageCount() {
        return value(PagedText.N_PAGES)
                .or(() -> value(Office.PAGE_COUNT))
                .flatMap(DocumentMetadata::parsePositive)
                .orElse(null);
    }

    /** author, created, modified, producer and encoding where known, plus the detected content_type. */
    Map<String, String> fields(String contentType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("content_type", contentType);
        value(TikaCoreProperties.CREATOR).ifPresent(author -> fields.put("author", author));
        value(TikaCoreProperties.CREATED).ifPresent(created -> fields.put("created", created));
        value(TikaCoreProperties.MODIFIED).ifPresent(modified -> fields.put("modified", modified));
        Optional.ofNullable(metadata.get(PDF_PRODUCER))
                .or(() -> value(TikaCoreProperties.CREATOR_TOOL))
                .filter(producer -> !producer.isBlank())
                .ifPresent(producer -> fields.put("producer", producer));
        Optional.ofNullable(metadata.get(Metadata.CONTENT_ENCODING))
                .ifPresent(encoding -> fields.put("encoding", encoding));
        return fields;
    }

    /** All values of a property, joined: documents may have several authors. */
    private Optional<String> value(Property property) {
        String joined = String.join("; ", metadata.getValues(property)).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static Optional<Integer> parsePositive(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
