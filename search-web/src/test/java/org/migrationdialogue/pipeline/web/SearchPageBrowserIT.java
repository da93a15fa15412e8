package org.migrationdialogue.pipeline.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.bucket.BucketFiles;
import org.migrationdialogue.pipeline.testing.InfrastructureControl;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The search page in a real headless Chromium, against the real local stack (Kafka, Elasticsearch, the three
 * services and the page as separate processes): search with a facet and a highlight, the report page, a live
 * recommendation after an upload through the page, the dead-letter reason of a corrupt upload, hostile text
 * escaped everywhere, and Elasticsearch down then back. Each page is photographed (docs/screenshots).
 */
@ExtendWith(RealInfrastructureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchPageBrowserIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String PARIS = "rabat-process-thematic-meeting-crisis-paris-2014-04.txt";
    private static final String RABAT = "rabat-process-som-rabat-2014-06.txt";
    /** Markup that would run if any text reached the page unescaped; it would set window.pwned. */
    private static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";

    private final String run = "w" + UUID.randomUUID().toString().substring(0, 6);
    private RealInfrastructure infrastructure;
    private PageStack stack;
    private Browser browser;

    @BeforeAll
    void up(RealInfrastructure infrastructure) throws IOException {
        this.infrastructure = infrastructure;
        stack = new PageStack(infrastructure).start();
        Path seeds = Path.of(System.getProperty("pipeline.repo.root", "..")).resolve("seeds");
        BucketFiles.copyAtomically(seeds.resolve(PARIS), stack.uploads().resolve("seeds/" + PARIS));
        BucketFiles.copyAtomically(seeds.resolve(RABAT), stack.uploads().resolve("seeds/" + RABAT));
        // The same content under a second name: one result, the other name listed.
        BucketFiles.copyAtomically(seeds.resolve(PARIS), stack.uploads().resolve("copies/paris-2014-copy.txt"));
        BucketFiles.copyAtomically(
                Files.writeString(stack.home().resolve("reunion-dakar-2025.txt"), frenchReport()),
                stack.uploads().resolve("fr/reunion-dakar-2025.txt"));
        for (String key : List.of(
                "seeds/" + PARIS, "seeds/" + RABAT, "copies/paris-2014-copy.txt", "fr/reunion-dakar-2025.txt")) {
            await().atMost(PATIENCE).until(() -> stack.reportsWithKey(key) == 1);
        }
        browser = Browser.open(stack.base(), stack.home().resolve("browser"));
    }

    @AfterAll
    void down() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void shouldFindReportsWithAFacetAndAHighlightAndShowTheSameContentOnce() {
        // given the indexed seeds and a copy of one of them, when a reader searches for a word
        browser.go("/?q=remittances");
        // then the snippets mark the word, and the copy is not a result of its own but a name of the original
        List<WebElement> marks = browser.all(".hit .snippet mark");
        assertFalse(marks.isEmpty(), "no highlighted snippet");
        assertTrue(
                marks.stream().allMatch(mark -> mark.getText().toLowerCase().startsWith("remittance")),
                "marks the word");
        long parisHits = browser.all(".hit .file").stream()
                .filter(file -> file.getText().contains("paris"))
                .count();
        assertEquals(1, parisHits, "the same content is shown once");
        assertTrue(browser.find(".hit .same").getText().contains("paris"), "the other name is listed");
        browser.screenshot("search", 1280, 1400);
        // when a country facet is clicked, then it becomes a chip, in the URL, and narrows the results
        long all = total();
        WebElement country = browser.find("#facet-country + ul a");
        String name = country.getText().replaceAll("\\s+\\d+$", "");
        country.click();
        assertTrue(
                browser.driver().getCurrentUrl().contains("country="),
                browser.driver().getCurrentUrl());
        assertTrue(
                browser.find(".chip").getText().contains("Countries: " + name),
                browser.find(".chip").getText());
        long with = total();
        // when the chip is inverted, then the search excludes the country: together they are all the results
        browser.find(".chip a[aria-label^='Exclude']").click();
        assertTrue(
                browser.driver().getCurrentUrl().contains("not_country="),
                browser.driver().getCurrentUrl());
        assertTrue(with >= 1 && with + total() == all, with + " with " + name + " + " + total() + " without != " + all);
        browser.find(".chips a.clear").click();
        assertTrue(browser.all(".chip").isEmpty());
        // when a French word is searched, then the French report is found
        browser.go("/?q=d%C3%A9veloppement&language=fr");
        assertTrue(browser.find(".hit .file").getText().contains("reunion-dakar-2025.txt"), browser.text());
        // when the query is empty, then the latest reports are listed; a query Elasticsearch rejects gets a sentence
        browser.go("/");
        assertTrue(browser.find("#results-heading").getText().contains("latest first"));
        browser.go("/?q=%22unbalanced+quotes");
        assertTrue(browser.find(".problem").getText().contains("could not be read"), browser.text());
        assertFalse(browser.text().contains("Exception"), "no stack trace");
        browser.go("/?q=remittances");
        browser.screenshot("search-phone", 390, 1400);
    }

    @Test
    @Order(2)
    void shouldOpenAReportPageWithItsEntitiesListsAndMarkedText() throws IOException {
        // given a search, when a result is opened
        browser.go("/?q=diaspora");
        browser.all(".hit h3 a").stream()
                .filter(link -> link.getText().contains("SUMMARY OF DEBATES"))
                .findFirst()
                .orElseThrow()
                .click();
        // then its page shows the meeting, the entities as links to filtered searches, the lists and the marked text
        assertTrue(browser.find("h1").getText().contains("SUMMARY OF DEBATES"));
        assertTrue(browser.find(".meeting").getText().contains("Paris"));
        WebElement mali = browser.all(".entity-list a").stream()
                .filter(link -> link.getText().equals("Mali"))
                .findFirst()
                .orElseThrow();
        assertTrue(mali.getDomAttribute("href").contains("country=Mali"));
        assertTrue(browser.find(".entity-list a.country + .count").getText().contains("mention"));
        assertFalse(browser.all("#recommendations-heading + ol li").isEmpty(), "recommendations listed");
        assertFalse(browser.all(".fulltext mark.query").isEmpty(), "search terms marked in the text");
        assertFalse(browser.all(".fulltext mark.country").isEmpty(), "countries marked in the text");
        assertFalse(browser.all(".fulltext mark.organisation").isEmpty(), "organisations marked in the text");
        browser.screenshot("report", 1280, 1600);
        // and the original file comes from the bucket
        String original = browser.find(".file a").getDomAttribute("href");
        HttpResponse<String> file = stack.get(original);
        assertEquals(200, file.statusCode());
        assertTrue(file.body().contains("diaspora"));
        // when an entity is clicked, then the search is filtered by it
        browser.all(".entity-list a").stream()
                .filter(link -> link.getText().equals("Mali"))
                .findFirst()
                .orElseThrow()
                .click();
        assertTrue(browser.find(".chip").getText().contains("Countries: Mali"));
    }

    @Test
    @Order(3)
    void shouldShowANewRecommendationLiveAfterAnUploadThroughThePage() throws IOException {
        // given the recommendations page open and following
        browser.go("/recommendations");
        String recommendationsWindow = browser.driver().getWindowHandle();
        await().atMost(PATIENCE)
                .until(() -> browser.find("#live-state").getText().startsWith("Live"));
        // when a report is uploaded through the upload page, in another tab
        Path report = Files.writeString(stack.home().resolve("dakar-" + run + ".txt"), report(run, "Dakar"));
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.go("/upload");
        browser.find("#files").sendKeys(report.toString());
        // then the upload is followed until searchable
        await().atMost(PATIENCE)
                .until(() -> browser.find("#uploads li").getText().contains("searchable"));
        browser.screenshot("upload", 1280, 700);
        browser.find("#uploads li a").click();
        assertTrue(browser.find("h1").getText().contains("Dakar"), browser.text());
        // and its recommendations appeared on the recommendations page, each once
        browser.driver().close();
        browser.driver().switchTo().window(recommendationsWindow);
        await().atMost(PATIENCE).until(() -> cardsWith(run) == 2);
        assertEquals(
                2,
                browser.all(".recommendation.new").stream()
                        .filter(card -> card.getText().contains(run))
                        .count());
        browser.screenshot("recommendations", 1280, 1200);
        // when the page is filtered by a theme it has, then the listed ones match it
        browser.go("/recommendations?theme=diaspora");
        browser.all(".recommendation .tags")
                .forEach(tags -> assertTrue(tags.getText().contains("diaspora"), tags.getText()));
    }

    @Test
    @Order(4)
    void shouldShowWhyACorruptUploadWasDeadLettered() throws IOException {
        // given a file that claims to be a PDF and is not one
        Path corrupt = Files.write(
                stack.home().resolve("corrupt-" + run + ".pdf"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog broken".getBytes(StandardCharsets.US_ASCII));
        // when it is dropped through the upload page
        browser.go("/upload");
        browser.find("#files").sendKeys(corrupt.toString());
        // then the page says it was not processed, at which stage and why
        await().atMost(PATIENCE)
                .until(() -> browser.find("#uploads li").getText().contains("not processed"));
        String state = browser.find("#uploads li .state").getText();
        assertTrue(state.contains("stage ingest."), state);
        assertTrue(state.length() > "not processed (stage ingest.extract): ".length() + 5, "a reason: " + state);
        // and the status page lists the dead letter with its stage and reason
        browser.go("/status");
        WebElement row = browser.all(".dead-letters tbody tr").stream()
                .filter(line -> line.getText().contains("corrupt-" + run))
                .findFirst()
                .orElseThrow();
        assertTrue(row.getText().contains("ingest."), row.getText());
        assertTrue(browser.find("table.status").getText().contains("index-service"));
        browser.screenshot("status", 1280, 1200);
    }

    @Test
    @Order(5)
    void shouldEscapeHostileTextInTitlesTextsFileNamesAndQueries() throws IOException {
        // given a report whose title, text, recommendations and file name carry markup
        Path hostile = Files.writeString(
                stack.home().resolve("<img src=x onerror=window.pwned=3>" + run + ".txt"),
                "Meeting " + HOSTILE + " in Dakar " + run + "\n\n"
                        + String.join(
                                "\n",
                                report(run + "h", "Dakar " + HOSTILE)
                                        .lines()
                                        .skip(1)
                                        .toList()));
        browser.go("/recommendations");
        await().atMost(PATIENCE)
                .until(() -> browser.find("#live-state").getText().startsWith("Live"));
        String recommendationsWindow = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        // when it is uploaded through the page and followed
        browser.go("/upload");
        browser.find("#files").sendKeys(hostile.toString());
        await().atMost(PATIENCE)
                .until(() -> browser.find("#uploads li").getText().contains("searchable"));
        assertNothingRan("upload page");
        // then the live recommendation, the search results, the report page and a hostile query show it as text
        browser.driver().close();
        browser.driver().switchTo().window(recommendationsWindow);
        await().atMost(PATIENCE).until(() -> cardsWith(run + "h") == 2);
        assertNothingRan("live recommendations");
        browser.go("/recommendations");
        assertNothingRan("recommendations page");
        browser.go("/?q=" + run + "h");
        assertTrue(browser.find(".hit .file").getText().contains("<img src=x onerror=window.pwned=3>"), browser.text());
        assertNothingRan("search page");
        browser.find(".hit h3 a").click();
        assertTrue(browser.text().contains("<script>window.pwned=1</script>"), browser.text());
        assertNothingRan("report page");
        browser.go(
                "/?q=%22%3E%3Cscript%3Ewindow.pwned%3D4%3C%2Fscript%3E&country=%3Cimg+src%3Dx+onerror%3Dwindow.pwned%3D5%3E");
        assertNothingRan("search with a hostile query and chip");
        browser.go("/status");
        assertNothingRan("status page");
    }

    @Test
    @Order(6)
    void shouldShowABannerWhileElasticsearchIsDownAndRecoverWhenItIsBack() {
        assumeTrue(infrastructure.control().isPresent(), "this infrastructure cannot stop Elasticsearch on demand");
        InfrastructureControl control = infrastructure.control().get();
        // given the search page working, when Elasticsearch stops
        browser.go("/?q=migration");
        assertTrue(browser.all(".banner").isEmpty());
        control.stopElasticsearch();
        try {
            // then the page says so in a banner, with the search box still there
            browser.go("/?q=migration");
            assertTrue(browser.find(".banner").getText().contains("Elasticsearch is not reachable"), browser.text());
            assertTrue(browser.find("#q").isDisplayed());
            browser.screenshot("elasticsearch-down", 1280, 500);
        } finally {
            control.startElasticsearch();
        }
        // when it is back, then the same page (which reloads itself) shows results again
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
            browser.driver().navigate().refresh();
            return browser.all(".banner").isEmpty() && !browser.all(".hit").isEmpty();
        });
    }

    /** The number of reports the results heading announces. */
    private long total() {
        return Long.parseLong(browser.find("#results-heading").getText().replaceAll("^(\\d+) report.*", "$1"));
    }

    private long cardsWith(String marker) {
        return browser.all(".recommendation").stream()
                .filter(card -> card.getText().contains(marker))
                .count();
    }

    private void assertNothingRan(String where) {
        Object pwned = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor script
                ? script.executeScript("return window.pwned === undefined ? null : String(window.pwned);")
                : null;
        assertEquals(null, pwned, "markup ran on the " + where);
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("main img, main script"))
                        .isEmpty(),
                "an element was injected on the " + where);
    }

    /** A short meeting report whose recommendations carry a marker, so they are new to the pipeline. */
    private static String report(String marker, String city) {
        return String.join(
                "\n",
                "Thematic Meeting on Diaspora and Development in " + city + " " + marker,
                "Summary of debates - 3 and 4 March 2025, Dakar, Senegal",
                "",
                "The thematic meeting of the Rabat Process held in Dakar brought together delegations from Senegal,",
                "Mali, Morocco and France, the Economic Community of West African States (ECOWAS) and the",
                "International Organization for Migration (IOM), who discussed the contribution of the diaspora to",
                "development, remittances and the protection of migrants.",
                "",
                "CONCLUSIONS AND RECOMMENDATIONS OF THE CO-CHAIRS",
                "",
                "1. Strengthen diaspora investment in local development between Senegal and Mali (" + marker
                        + " point 1);",
                "2. Support the exchange of data on migration flows with ECOWAS and IOM (" + marker + " point 2).",
                "");
    }

    private static String frenchReport() {
        return String.join(
                "\n",
                "Réunion thématique sur la migration et le développement",
                "Résumé des débats - 3 et 4 mars 2025, Dakar, Sénégal",
                "",
                "La réunion thématique du Processus de Rabat tenue à Dakar a réuni les délégations du Sénégal, du Mali,",
                "du Maroc et de la France, ainsi que la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO)",
                "et l'Organisation internationale pour les migrations (OIM). Les participants ont débattu de la",
                "contribution de la diaspora au développement local, des transferts de fonds et de la protection des",
                "migrants en situation de vulnérabilité. Le développement des capacités des administrations a été souligné.",
                "");
    }
}
