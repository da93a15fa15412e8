package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A real document not written by this project (resources {@code /fixtures/public/}, where a README says where each
 * came from and under which licence) and a phrase of its text that extraction must give.
 *
 * @param file        the file name under {@code /fixtures/public/}
 * @param contentType the type detection must find
 * @param phrase      words that must come out together in the clean text
 */
public record PublicFixture(String file, String contentType, String phrase) {

    public static final String TWO_COLUMN_PDF = "latex-news-17-two-column.pdf";

    public static List<PublicFixture> all() {
        return List.of(
                new PublicFixture(
                        "linac-beam-optics-govdocs-863534.doc",
                        "application/msword",
                        "Lattice design strategy for the multi-GeV SC linac"),
                new PublicFixture(
                        "thin-film-budgets-govdocs-428996.ppt",
                        "application/vnd.ms-powerpoint",
                        "Thin Film Partnership Subcontract Budgets"),
                new PublicFixture(
                        "cabbage-exports-govdocs-515858.xls",
                        "application/vnd.ms-excel",
                        "U.S. import-eligible countries; world production and exports"),
                new PublicFixture("tika-various.rtf", "application/rtf", "Suddenly some Japanese text"),
                new PublicFixture(
                        "tika-openoffice3.odt",
                        "application/vnd.oasis.opendocument.text",
                        "This is a rather difficult test document, with interesting features."),
                new PublicFixture("tika-sample.epub", "application/epub+zip", "This is the text for chapter One"),
                new PublicFixture(
                        TWO_COLUMN_PDF,
                        "application/pdf",
                        "Several of the packages in the tools bundle have been updated for this release."));
    }

    public byte[] content() {
        try (InputStream in = PublicFixture.class.getResourceAsStream("/fixtures/public/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
