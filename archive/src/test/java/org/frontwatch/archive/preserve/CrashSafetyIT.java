package org.frontwatch.archive.preserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.frontwatch.archive.preserve.custody.CustodyEntry;
import org.frontwatch.archive.preserve.custody.CustodyLog;
import org.frontwatch.archive.preserve.warc.GzipRecordCounter;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.archive.preserve.warc.WarcFileNames;
import org.frontwatch.model.CaptureLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL at random moments, restarts it, and checks that nothing reported as stored was
 * lost or doubled: every post preserved exactly once, one {@code captured} entry each, and {@code verify} OK.
 */
class CrashSafetyIT {
    private static final int POSTS = 130;
    private static final int KILLS = 12;
    private static final long ROTATION_BYTES = 48 * 1024;

    @TempDir
    Path data;

    @Test
    void survivesRepeatedKillNineWithEveryItemExactlyOnce() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int kills = 0;
        int finishedEarly = 0;
        int tears = 0;
        while (kills < KILLS) {
            long began = System.nanoTime();
            Process child = start(kills);
            waitForLine(child, kills, "started");
            System.out.println("CrashSafetyIT: run " + kills + " started after " + (System.nanoTime() - began) / 1_000_000 + " ms");
            waitForLines(child, kills, "captured", 1 + random.nextInt(6));
            Thread.sleep(random.nextInt(30));
            if (child.isAlive()) {
                child.destroyForcibly();
                child.waitFor(20, TimeUnit.SECONDS);
                kills++;
                if (kills % 4 == 0) {
                    tears += tearTails();
                }
            } else {
                finishedEarly++;
                break;
            }
        }
        Process last = start(KILLS + 1);
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).as("final run finishes").isTrue();
        assertThat(last.exitValue()).as(Files.readString(data.resolve("err-" + (KILLS + 1) + ".txt"))).isZero();
        assertThat(Files.readString(data.resolve("out-" + (KILLS + 1) + ".txt"))).contains("done");

        System.out.println("CrashSafetyIT: runs done");
        String context = "seed " + seed + ", kills " + kills + ", finished early " + finishedEarly
                + ", tails torn " + tears;
        VerificationReport report = new Verifier().verify(data.resolve("warc"), data.resolve("custody.log"));
        assertThat(report.ok()).as(context + ": " + report.describe()).isTrue();

        Map<String, Integer> preserved = GzipRecordCounter.payloadRecordsByDigest(data.resolve("warc"));
        assertThat(preserved).as(context).hasSize(POSTS);
        assertThat(preserved.values()).as(context).containsOnly(1);
        Map<String, Integer> captured = new HashMap<>();
        long repairs = Files.readAllLines(data.resolve("custody.log")).stream()
                .filter(line -> line.contains("\"action\":\"repaired\"")).count();
        System.out.println("CrashSafetyIT: " + context + ", torn tails repaired and logged: " + repairs);
        try (CustodyLog custody = CustodyLog.open(data.resolve("custody.log"));
             EvidenceArchive archive = EvidenceArchive.open(data.resolve("warc"), ROTATION_BYTES)) {
            for (int n = 0; n < POSTS; n++) {
                String id = SampleCaptures.ingested(n).item().id();
                assertThat(preserved).containsKey(id);
                List<CustodyEntry> entries = custody.entries(id);
                captured.put(id, (int) entries.stream().filter(e -> e.action().equals("captured")).count());
                CaptureLocation location = archive.location(id).orElseThrow();
                CustodyEntry logged = entries.get(0);
                assertThat(logged.detail()).as(context + ": the location reported before a kill still holds " + id)
                        .containsEntry("warc", location.warcFile())
                        .containsEntry("offset", Long.toString(location.offset()));
            }
        }
        assertThat(captured.values()).as(context).containsOnly(1);
        assertThat(kills).isGreaterThanOrEqualTo(10);
        assertThat(repairs).as("each torn WARC tail and custody line was repaired and logged")
                .isGreaterThanOrEqualTo((long) tears);
    }

    /**
     * What a power cut could leave and a kill rarely does: half a gzip member at the end of the newest WARC file
     * and half a line at the end of the custody log. The next run must cut both back and log the repairs.
     */
    private int tearTails() throws IOException {
        int torn = 1;
        List<Path> files = WarcFileNames.list(data.resolve("warc"));
        if (!files.isEmpty() && Files.size(files.get(files.size() - 1)) > 1) {
            Path newest = files.get(files.size() - 1);
            byte[] bytes = Files.readAllBytes(newest);
            Files.write(newest, Arrays.copyOf(bytes, Math.min(bytes.length / 2, 120)), StandardOpenOption.APPEND);
            torn++;
        }
        Files.writeString(data.resolve("custody.log"), "{\"seq\":99999,\"time\":\"20", StandardOpenOption.APPEND);
        return torn;
    }

    private Process start(int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), IngestLoop.class.getName(),
                data.toString(), Integer.toString(POSTS), Long.toString(ROTATION_BYTES));
        builder.redirectOutput(data.resolve("out-" + run + ".txt").toFile());
        builder.redirectError(data.resolve("err-" + run + ".txt").toFile());
        return builder.start();
    }

    private void waitForLine(Process child, int run, String line) throws Exception {
        waitForLines(child, run, line, 1);
    }

    /** Waits until the child has printed {@code count} lines starting with {@code prefix}, or has ended. */
    private void waitForLines(Process child, int run, String prefix, int count) throws Exception {
        Path out = data.resolve("out-" + run + ".txt");
        String line = prefix;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(out) && Files.readAllLines(out).stream().filter(l -> l.startsWith(prefix)).count() >= count) {
                return;
            }
            if (!child.isAlive() && prefix.equals("captured")) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("ingest run " + run + " ended before '" + line + "': "
                        + Files.readString(data.resolve("err-" + run + ".txt")));
            }
            Thread.sleep(5);
        }
        throw new AssertionError("ingest run " + run + " did not print '" + line + "' in 30 s");
    }
}
