package org.frontwatch.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Drives a running Frontwatch server with {@code clients} concurrent clients for {@code seconds}: each client sends a
 * request of the {@link RequestMix} (searches, item views, tallies, drawn afresh each time), waits for the whole
 * answer and sends the next, so {@code clients} requests are in flight at every moment. Prints throughput, p50/p99
 * and maximum latency, errors, and the same per kind of request, with how many distinct questions were asked.
 *
 * <pre>java -cp $BENCH_CP org.frontwatch.bench.serve.LoadBenchmark BASE_URL TOKEN|- [CLIENTS=200] [SECONDS=60]
 *      [--warmup SECONDS] [--threads N] [--only search|item|tally]</pre>
 *
 * TOKEN is an API token (POST /api/tokens as admin), or {@code -} for a public-mode server. {@code --warmup} first
 * runs the same mix for that long without measuring (the server's JIT compiles; its caches keep what the warm-up
 * asked, as a running server's would). The clients are keep-alive connections spread over {@code --threads}
 * threads (default 2), each a {@link ClientLoop} with a selector of its own, not a thread each: on loopback the
 * benchmark shares the cores with the server, and the client must take little of them (200 blocking threads took more
 * CPU than the server they measured; 8 threads of {@code java.net.http} clients 0.77 ms per request, 40 % of the
 * server's). An error is a status other than 200, a failed connection or no answer
 * within 30 s. {@code --only} sends requests of one kind alone, to see what each costs; {@code --server-pid} also
 * prints the server process's CPU time during the timed run (Linux), per request the steadier figure on a shared
 * machine.
 */
public final class LoadBenchmark {
    private static final int ITEM_PAGES = 50;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Linux's USER_HZ, the unit of /proc/PID/stat times. */
    private static final int CLOCK_TICKS = 100;

    /** Only for the set-up (sampling item ids); the timed requests go through {@link ClientLoop}s. */
    private final HttpClient http;
    private final String base;
    private final String token;

    private LoadBenchmark(HttpClient http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    public static void main(String[] arguments) throws Exception {
        List<String> positional = new ArrayList<>();
        int warmup = 0;
        int threads = 2;
        Optional<RequestMix.Kind> only = Optional.empty();
        Optional<Long> serverPid = Optional.empty();
        for (int i = 0; i < arguments.length; i++) {
            switch (arguments[i]) {
                case "--only" -> only = Optional.of(RequestMix.Kind.valueOf(arguments[++i].toUpperCase(Locale.ROOT)));
                case "--warmup" -> warmup = Integer.parseInt(arguments[++i]);
                case "--threads" -> threads = Integer.parseInt(arguments[++i]);
                case "--server-pid" -> serverPid = Optional.of(Long.parseLong(arguments[++i]));
                default -> positional.add(arguments[i]);
            }
        }
        if (positional.size() < 2) {
            System.err.println("usage: LoadBenchmark BASE_URL TOKEN|- [CLIENTS=200] [SECONDS=60] [--warmup SECONDS]"
                    + " [--threads N] [--only search|item|tally] [--server-pid PID]");
            System.exit(2);
        }
        String base = positional.get(0).replaceAll("/$", "");
        int clients = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 200;
        int seconds = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 60;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LoadBenchmark benchmark = new LoadBenchmark(http, base, positional.get(1));

        RequestMix mix = new RequestMix(benchmark.sampleItems(), only);
        if (warmup > 0) {
            benchmark.run(mix, clients, warmup, threads);
            System.out.printf("warm-up: %d s%n", warmup);
        }
        long cpuBefore = processCpuNanos();
        Optional<Double> serverBefore = serverPid.map(LoadBenchmark::cpuSecondsOf);
        LoadResult result = benchmark.run(mix, clients, seconds, threads);
        double clientCpu = (processCpuNanos() - cpuBefore) / 1e9;
        Optional<Double> serverCpu = serverPid.map(LoadBenchmark::cpuSecondsOf)
                .map(after -> after - serverBefore.orElseThrow());
        System.out.printf("clients=%d seconds=%d requests=%d errors=%d throughput=%.0f req/s p50=%.1f ms p99=%.1f ms"
                        + " max=%.1f ms items-sampled=%d client-cpu=%.1f s%n", clients, seconds, result.all().count(),
                result.errors(), result.all().count() / (double) seconds, result.all().percentileMillis(0.50),
                result.all().percentileMillis(0.99), result.all().maxMillis(), benchmark.sampledItems,
                clientCpu);
        for (RequestMix.Kind kind : RequestMix.Kind.values()) {
            Latencies latencies = result.byKind().get(kind);
            System.out.printf("  %-6s requests=%d distinct=%d errors=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
                    kind.name().toLowerCase(Locale.ROOT), latencies.count(),
                    result.distinct().get(kind).size(), result.errorsByKind().get(kind).get(),
                    latencies.percentileMillis(0.50), latencies.percentileMillis(0.99), latencies.maxMillis());
        }
        serverCpu.ifPresent(cpu -> System.out.printf("server CPU %.1f s, %.2f ms per request; client CPU %.2f ms per"
                + " request%n", cpu, cpu * 1000 / Math.max(1, result.all().count()),
                clientCpu * 1000 / Math.max(1, result.all().count())));
    }

    /** User plus system CPU seconds of a process, from {@code /proc/PID/stat} (Linux). */
    private static double cpuSecondsOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ", utime and stime are the 12th and 13th fields
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid + ": " + e.getMessage(), e);
        }
    }

    private int sampledItems;

    /**
     * Keeps {@code clients} requests in flight for {@code seconds}, each client sending its next on an answer; the
     * clients are spread over {@code threads} {@link ClientLoop}s.
     */
    private LoadResult run(RequestMix mix, int clients, int seconds, int threads) throws InterruptedException {
        LoadResult result = LoadResult.empty();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        SplittableRandom seeds = new SplittableRandom();
        URI uri = URI.create(base);
        InetSocketAddress address = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
        String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        List<Thread> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int connections = clients / threads + (t < clients % threads ? 1 : 0);
            Thread loop = new Thread(new ClientLoop(address, host, token, mix, seeds.split(), connections, deadline,
                    result), "load-client-" + t);
            loop.setDaemon(true);
            loops.add(loop);
            loop.start();
        }
        for (Thread loop : loops) {
            loop.join();
        }
        return result;
    }

    /**
     * Item ids to open: a page of 100 at each of {@value #ITEM_PAGES} evenly spaced offsets through the item
     * listing, so item views reach across the whole corpus rather than only its newest items.
     */
    private List<String> sampleItems() throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(get("/api/items?limit=100"));
        long total = first.path("total").asLong(first.get("items").size());
        List<String> itemIds = new ArrayList<>();
        for (int page = 0; page < ITEM_PAGES; page++) {
            long offset = Math.max(0, Math.min(total - 100, total * page / ITEM_PAGES));
            JsonNode items = page == 0 ? first : json.readTree(get("/api/items?limit=100&offset=" + offset));
            items.get("items").forEach(item -> itemIds.add(item.get("id").asText()));
            if (total <= 100) {
                break;
            }
        }
        if (itemIds.isEmpty()) {
            throw new IllegalStateException("the server lists no items; ingest something first");
        }
        sampledItems = itemIds.size();
        return itemIds;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(base + path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
        if (!token.equals("-")) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
