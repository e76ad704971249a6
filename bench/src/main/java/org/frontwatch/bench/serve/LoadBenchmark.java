package org.frontwatch.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a running Frontwatch server with {@code clients} concurrent clients for {@code seconds}, each looping
 * over a mix of search (40 %), item detail (40 %) and tally (20 %) requests, and prints throughput, p50/p99 latency
 * and errors. Run against a server on loopback:
 *
 * <pre>java -cp "bench/target/classes:app/target/frontwatch-app.jar:app/target/lib/*" \
 *   org.frontwatch.bench.serve.LoadBenchmark http://127.0.0.1:8080 TOKEN 200 60</pre>
 *
 * TOKEN is an API token (admin page or POST /api/tokens), or {@code -} for a public-mode server.
 */
public final class LoadBenchmark {
    private static final List<String> QUERIES = List.of("Иркутск", "полк", "обращение", "Avdiivka", "regiment",
            "відмова", "Бахмут", "мобилизованные", "appeal", "losses", "Storm-Z", "підвал");
    private static final List<String> TALLIES = List.of("by=origin&type=APPEAL", "by=region", "by=unit",
            "by=type", "by=origin&since=2023-02-01");

    private static final List<String> KINDS = List.of("search", "item", "tally");
    private static final int ITEM_PAGES = 20;

    private LoadBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length < 2) {
            System.err.println("usage: LoadBenchmark BASE_URL TOKEN|- [CLIENTS=200] [SECONDS=60]");
            System.exit(2);
        }
        String base = arguments[0].replaceAll("/$", "");
        String token = arguments[1];
        int clients = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 200;
        int seconds = arguments.length > 3 ? Integer.parseInt(arguments[3]) : 60;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<String> itemIds = sampleItems(http, base, token);
        if (itemIds.isEmpty()) {
            throw new IllegalStateException("the server lists no items; ingest something first");
        }

        long[][] latencies = new long[clients][];
        long[][][] byKind = new long[clients][KINDS.size()][];
        AtomicLong errors = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                long[][] mineByKind = new long[KINDS.size()][1 << 14];
                int[] countByKind = new int[KINDS.size()];
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    int pick = random.nextInt(10);
                    int kind = pick < 4 ? 0 : pick < 8 ? 1 : 2;
                    String path = pick < 4
                            ? "/api/search?q=" + URLEncoder.encode(QUERIES.get(random.nextInt(QUERIES.size())),
                                    StandardCharsets.UTF_8) + "&limit=20"
                            : pick < 8 ? "/api/items/" + itemIds.get(random.nextInt(itemIds.size()))
                            : "/api/tally?" + TALLIES.get(random.nextInt(TALLIES.size()));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = send(http, base + path, token);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    long took = System.nanoTime() - start;
                    if (count == mine.length) {
                        mine = Arrays.copyOf(mine, mine.length * 2);
                    }
                    mine[count++] = took;
                    if (countByKind[kind] == mineByKind[kind].length) {
                        mineByKind[kind] = Arrays.copyOf(mineByKind[kind], mineByKind[kind].length * 2);
                    }
                    mineByKind[kind][countByKind[kind]++] = took;
                    requests.incrementAndGet();
                }
                latencies[client] = Arrays.copyOf(mine, count);
                for (int k = 0; k < KINDS.size(); k++) {
                    byKind[client][k] = Arrays.copyOf(mineByKind[k], countByKind[k]);
                }
                done.countDown();
            }, "load-client-" + c);
            thread.start();
        }
        done.await();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        double throughput = all.length / (double) seconds;
        System.out.printf("clients=%d seconds=%d requests=%d errors=%d throughput=%.0f req/s p50=%.1f ms p99=%.1f ms"
                        + " max=%.1f ms items-sampled=%d%n", clients, seconds, all.length, errors.get(), throughput,
                percentile(all, 0.50), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                itemIds.size());
        for (int k = 0; k < KINDS.size(); k++) {
            int kind = k;
            long[] sorted = Arrays.stream(byKind).flatMapToLong(each -> Arrays.stream(each[kind])).sorted().toArray();
            System.out.printf("  %-6s requests=%d p50=%.1f ms p99=%.1f ms%n", KINDS.get(k), sorted.length,
                    percentile(sorted, 0.50), percentile(sorted, 0.99));
        }
    }

    /**
     * Item ids to open: a page of 100 at each of {@value #ITEM_PAGES} evenly spaced offsets through the item
     * listing, so item views reach across the whole corpus rather than only its newest items.
     */
    private static List<String> sampleItems(HttpClient http, String base, String token)
            throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(send(http, base + "/api/items?limit=100", token).body());
        long total = first.path("total").asLong(first.get("items").size());
        List<String> itemIds = new ArrayList<>();
        for (int page = 0; page < ITEM_PAGES; page++) {
            long offset = Math.max(0, Math.min(total - 100, total * page / ITEM_PAGES));
            JsonNode items = page == 0 ? first : json.readTree(send(http, base + "/api/items?limit=100&offset="
                    + offset, token).body());
            items.get("items").forEach(item -> itemIds.add(item.get("id").asText()));
            if (total <= 100) {
                break;
            }
        }
        return itemIds;
    }

    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }

    private static HttpResponse<String> send(HttpClient http, String url, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (!token.equals("-")) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
