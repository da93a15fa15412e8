package org.migrationdialogue.pipeline.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search page's speed and weight on a real stack: {@code pipeline up --no-seeds} (which serves the page), a
 * corpus of N reports dropped into the bucket and waited for until searchable, then the search page with its facets
 * requested over HTTP, one request at a time, for a mix of searches (empty, words, phrases, exclusions, chips,
 * orders, pages); the time to the last byte of each, and the bytes of the page with its stylesheet and script.
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.SearchPageBenchmark --reports 1000 --seed 11 --rounds 20</pre>
 *
 * With {@code --page http://127.0.0.1:8080} it measures the page of a pipeline that is already running (and
 * already holds its reports) instead: no corpus, no stack of its own.
 */
public final class SearchPageBenchmark {

    private static final double TARGET_P95_MS = 150;
    private static final long TARGET_WEIGHT_BYTES = 300 * 1024;
    private static final List<String> SEARCHES = List.of(
            "",
            "migration",
            "diaspora remittances",
            "\"document fraud\"",
            "migration -return",
            "border OR trafficking",
            "développement",
            "q=migration&country=Mali",
            "q=&theme=diaspora&type=thematic_meeting",
            "q=migration&not_country=Morocco",
            "q=protection&sort=meeting",
            "q=migration&page=3",
            "q=&language=en&year=2025",
            "q=ECOWAS&organisation=IOM");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");

    private SearchPageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path repoRoot = Path.of("").toAbsolutePath();
        long seed = options.number("seed", 11);
        int reports = options.integer("reports", 1000);
        int rounds = options.integer("rounds", 20);
        System.out.println(Machine.describe());
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String page = options.text("page", "");
        if (!page.isEmpty()) {
            measure(http, page, rounds);
            return;
        }
        List<CorpusFile> corpus = new CorpusGenerator(repoRoot, seed)
                .generate(repoRoot.resolve("benchmarks/target/corpus-" + seed), reports);
        System.out.println(CorpusGenerator.describe(corpus));
        try (LocalStack stack = new LocalStack(repoRoot, 3).start();
                Searchability search = new Searchability(stack.elasticsearch())) {
            TimedUploads bucket = new TimedUploads(stack.uploads());
            bucket.stage(corpus);
            System.out.println("stack: " + stack.home() + " (output " + stack.output() + ")");
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> get(http, stack.searchPage() + "/health").statusCode() == 200);
            CorpusRun.measure("corpus run", bucket, search, corpus);
            System.out.println("reports indexed: " + search.count("corpus-" + seed + "/"));
            measure(http, stack.searchPage(), rounds);
        }
    }

    private static void measure(HttpClient http, String base, int rounds) throws IOException, InterruptedException {
        List<String> urls = SEARCHES.stream()
                .map(search -> base + "/?"
                        + (search.contains("=") ? search : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8)))
                .toList();
        for (String url : urls) {
            get(http, url);
        }
        Latencies all = new Latencies();
        long largest = 0;
        String largestUrl = "";
        for (int round = 0; round < rounds; round++) {
            for (String url : urls) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(http, url);
                all.add(System.nanoTime() - start);
                if (response.statusCode() != 200 || !response.body().contains("class=\"facets\"")) {
                    throw new IllegalStateException(url + " answered " + response.statusCode() + " without facets");
                }
                long bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
                if (bytes > largest) {
                    largest = bytes;
                    largestUrl = url;
                }
            }
        }
        System.out.printf(
                "search page with facets, %d searches x %d rounds, one at a time: %s (target p95 <= %.0f ms: %s); "
                        + "load average %s%n",
                urls.size(),
                rounds,
                all,
                TARGET_P95_MS,
                all.percentile(95) <= TARGET_P95_MS ? "met" : "NOT met",
                Machine.loadAverage());
        long assets = 0;
        HttpResponse<String> page = get(http, largestUrl);
        Matcher matcher = ASSET.matcher(page.body());
        StringBuilder listed = new StringBuilder();
        while (matcher.find()) {
            long bytes = http.send(
                            HttpRequest.newBuilder(URI.create(base + matcher.group(1)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body()
                    .length;
            assets += bytes;
            listed.append(' ').append(matcher.group(1)).append(' ').append(bytes);
        }
        long weight = largest + assets;
        System.out.printf(
                "page weight: largest search page %,d bytes (%s) + assets%s = %,d bytes (target <= %,d: %s)%n",
                largest,
                largestUrl.substring(base.length()),
                listed,
                weight,
                TARGET_WEIGHT_BYTES,
                weight <= TARGET_WEIGHT_BYTES ? "met" : "NOT met");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
