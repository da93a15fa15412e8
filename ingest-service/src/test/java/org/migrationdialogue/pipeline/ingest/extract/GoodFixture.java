package org.migrationdialogue.pipeline.ingest.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.migrationdialogue.pipeline.ingest.clean.Seeds;

/**
 * A well-formed report and what extracting it must give.
 *
 * @param key          the object key (its extension is a hint only)
 * @param content      the bytes
 * @param contentType  the detected type expected in metadata
 * @param title        the title expected
 * @param language     the language expected
 * @param author       the author expected in metadata, null when the format carries none
 * @param pageCount    the page count expected, null for formats without pages
 * @param sentence     a sentence that must come out on one line, although wrapped in the seed
 */
public record GoodFixture(
        String key,
        byte[] content,
        String contentType,
        String title,
        String language,
        String author,
        Integer pageCount,
        String sentence) {

    static final String SOM_TITLE = "Senior Officials Meeting – Rabat, 26 and 27 June 2014";
    static final String PARIS_TITLE = "Thematic meeting on migrants in a crisis context – Paris, April 2014";
    static final int DOCX_PAGES = 7;
    static final int ODT_PAGES = 5;
    private static final String SOM_SENTENCE = "Mr. Valensise reiterated Italy's strong commitment in the "
            + "organisation of the Fourth Ministerial Conference within the framework of the Rabat Process, which "
            + "constitutes both a political and operational forum for dialogue on migration and development.";
    private static final String PARIS_SENTENCE =
            "The second session focused on the management of population " + "movements in crisis contexts.";
    private static final String FRENCH_TITLE = "Réunion thématique sur les migrants en situation de crise";

    @Override
    public String toString() {
        return key;
    }

    Path writeTo(Path directory) throws IOException {
        return FixtureFactory.write(directory, key.replace('/', '_'), content);
    }

    public static List<GoodFixture> all() throws IOException {
        SeedDocument som = SeedDocument.of(Seeds.SOM_RABAT_2014, SOM_TITLE);
        SeedDocument paris = SeedDocument.of(Seeds.CRISIS_PARIS_2014, PARIS_TITLE);
        return List.of(
                new GoodFixture(
                        "reports/som-rabat-2014.pdf",
                        FixtureFactory.pdf(som),
                        "application/pdf",
                        SOM_TITLE,
                        "en",
                        FixtureFactory.AUTHOR,
                        FixtureFactory.pdfPages(som),
                        SOM_SENTENCE),
                new GoodFixture(
                        "reports/crisis-paris-2014.pdf",
                        FixtureFactory.pdf(paris),
                        "application/pdf",
                        PARIS_TITLE,
                        "en",
                        FixtureFactory.AUTHOR,
                        FixtureFactory.pdfPages(paris),
                        PARIS_SENTENCE),
                new GoodFixture(
                        "reports/som-rabat-2014.docx",
                        FixtureFactory.docx(som, DOCX_PAGES),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        SOM_TITLE,
                        "en",
                        FixtureFactory.AUTHOR,
                        DOCX_PAGES,
                        SOM_SENTENCE),
                new GoodFixture(
                        "reports/som-rabat-2014.odt",
                        FixtureFactory.odt(som, ODT_PAGES),
                        "application/vnd.oasis.opendocument.text",
                        SOM_TITLE,
                        "en",
                        FixtureFactory.AUTHOR,
                        ODT_PAGES,
                        SOM_SENTENCE),
                new GoodFixture(
                        "reports/som-rabat-2014.rtf",
                        utf8(FixtureFactory.rtf(som)),
                        "application/rtf",
                        SOM_TITLE,
                        "en",
                        FixtureFactory.AUTHOR,
                        null,
                        SOM_SENTENCE),
                new GoodFixture(
                        "reports/som-rabat-2014.html",
                        utf8(FixtureFactory.html(som)),
                        "text/html",
                        SOM_TITLE,
                        "en",
                        FixtureFactory.AUTHOR,
                        null,
                        SOM_SENTENCE),
                new GoodFixture(
                        "reports/som-rabat-2014.md",
                        utf8(FixtureFactory.markdown(som)),
                        "text/markdown",
                        SOM_TITLE,
                        "en",
                        null,
                        null,
                        SOM_SENTENCE),
                new GoodFixture(
                        "reports/som-rabat-2014.txt",
                        utf8(Seeds.SOM_RABAT_2014.text()),
                        "text/plain",
                        "Senior Officials Meeting",
                        "en",
                        null,
                        null,
                        SOM_SENTENCE),
                new GoodFixture(
                        "reports/pdf-uploaded-as.txt",
                        FixtureFactory.pdf(paris),
                        "application/pdf",
                        PARIS_TITLE,
                        "en",
                        FixtureFactory.AUTHOR,
                        FixtureFactory.pdfPages(paris),
                        PARIS_SENTENCE),
                new GoodFixture(
                        "reports/crise-paris-2014.html",
                        utf8(FRENCH_HTML),
                        "text/html",
                        FRENCH_TITLE,
                        "fr",
                        null,
                        null,
                        "Les participants ont souligné l'importance de la coopération régionale "
                                + "et de la protection des migrants pendant les crises."));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String FRENCH_HTML = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8">
            <title>Réunion thématique sur les migrants en situation de crise</title></head>
            <body>
            <h1>Réunion thématique sur les migrants en situation de crise</h1>
            <p>La troisième réunion thématique du Processus de Rabat s'est tenue à Paris les 24 et 25 avril 2014.
            Les participants ont souligné l’importance de la coopération régionale et de la protection des
            migrants pendant les crises.</p>
            <p>Les États de la région ont présenté leurs expériences et les leçons tirées des crises récentes,
            notamment en ce qui concerne le retour et la réintégration des personnes déplacées.</p>
            <ul><li>Renforcer la coordination entre les pays d'origine, de transit et de destination ;</li>
            <li>Associer la diaspora à la reconstruction.</li></ul>
            </body></html>
            """;
}
