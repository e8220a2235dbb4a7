package org.courtdesk.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.server.ServerMain;
import org.courtdesk.server.db.Database;
import org.courtdesk.server.demo.DemoAccounts;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's server figures, on the server as the README's demo runs it ({@code java … ServerMain --demo}, embedded
 * H2 in a fresh directory, the JVM's default flags: no {@code -Xmx}, the default collector), each its own process
 * started from this class path:
 * <ul>
 *   <li>{@code seed_s}: the demo seeding's wall time (the server's own log line) into a second empty database
 *       on this machine, its generated files from the demo's file cache ({@code DemoFileCache}, here a fresh
 *       directory); {@code seed_cold_s}: the first seeding, which draws them; the first start to ready vs a restart
 *       on the same data to ready;</li>
 *   <li>memory after seeding vs after a restart on the same data: resident set (idle, as an operator sees it) and
 *       heap used after a full collection ({@code jcmd GC.run});</li>
 *   <li>{@code /health}, {@code /health/live}, {@code /health/ready} requests/s over real HTTP (keep-alive, a few
 *       client threads, warmed up) vs a bare Javalin app answering "ok" ({@link BareJavalinMain}, same Javalin,
 *       started beside it in this run), rounds alternating between the two;</li>
 *   <li>the changes feed's latest page of judge.chen on the demo database and after {@code
 *       -Dcourtdesk.bench.feedRequests} (default 100,000) more 阅卷申请 of four other judges are loaded into it
 *       ({@link ScaleLoad}): the same page, on tables 400 times larger.</li>
 * </ul>
 * Each figure is printed beside its floor and appended to {@code server-stub/target/bench/results.tsv} (figure,
 * value, unit, floor, ratio = value / floor). Run with
 * {@code mvn -B -pl server-stub -am test -Pbench -Dtest=DemoServerBench}.
 */
class DemoServerBench {

    static final double SEED_FLOOR_S = 10;
    static final double HEALTH_FLOOR = 0.7;
    static final double MEMORY_FLOOR = 1.5;
    static final double FEED_FLOOR = 2;
    static final int CLIENT_THREADS = 4;
    static final int ROUNDS = 3;
    static final Duration ROUND = Duration.ofMillis(Long.getLong("courtdesk.bench.healthRoundMillis", 3000));

    private final List<String[]> results = new ArrayList<>();

    @Test
    void demoSeedingMemoryHealthAndFeed() throws Exception {
        Path dir = Files.createTempDirectory("courtdesk-demo-bench");
        Path logs = Files.createTempDirectory("courtdesk-demo-bench-logs");
        Path cache = Files.createTempDirectory("courtdesk-demo-bench-cache"); // empty: the first seeding is cold
        Path second = Files.createTempDirectory("courtdesk-demo-bench-2");
        System.out.printf("DemoServerBench: load average before: %s%n", loadAverage());
        add("bench_run_epoch", System.currentTimeMillis() / 1000.0, "s", 0, "");
        add("loadavg_1m_before", loadAverage1(), "", 0, "");
        try {
            // 1. The first start seeds the demo court, drawing every generated file (an empty file cache).
            Proc first = Proc.server(dir, logs.resolve("first.out"), cache);
            double firstReadyS = first.startAndWait("/health/ready");
            Thread.sleep(2000); // idle, as an operator would find it
            double rssSeed = first.rssMb();
            double heapSeed = first.heapAfterFullGcMb();
            double seedColdS = seedSecondsFromLog(dir);
            first.stop();

            // 2. A restart on the same data: nothing to seed.
            Proc restart = Proc.server(dir, logs.resolve("restart.out"), cache);
            double restartReadyS = restart.startAndWait("/health/ready");
            Thread.sleep(2000);
            double rssRestart = restart.rssMb();
            double heapRestart = restart.heapAfterFullGcMb();

            // 2b. Another empty database on this machine: its files come from the file cache the first filled.
            Proc again = Proc.server(second, logs.resolve("second.out"), cache);
            double secondReadyS = again.startAndWait("/health/ready");
            Thread.sleep(2000);
            double rssSecond = again.rssMb();
            double seedS = seedSecondsFromLog(second);
            again.stop();

            add("seed_s", seedS, "s", SEED_FLOOR_S, "<=");
            add("seed_cold_s", seedColdS, "s", 0, "");
            add("second_demo_start_to_ready_s", secondReadyS, "s", 0, "");
            add("server_rss_after_second_seed_mb", rssSecond, "MB", 0, "");
            add("first_start_to_ready_s", firstReadyS, "s", 0, "");
            add("restart_to_ready_s", restartReadyS, "s", 0, "");
            add("server_rss_after_seed_mb", rssSeed, "MB", 0, "");
            add("server_rss_after_restart_mb", rssRestart, "MB", 0, "");
            add("server_rss_seed_vs_restart", rssSeed / rssRestart, "x", MEMORY_FLOOR, "<=");
            add("server_heap_after_seed_mb", heapSeed, "MB", 0, "");
            add("server_heap_after_restart_mb", heapRestart, "MB", 0, "");
            add("server_heap_seed_vs_restart", heapSeed / heapRestart, "x", MEMORY_FLOOR, "<=");

            // 3. /health over HTTP vs a bare Javalin app, alternating rounds.
            Proc bare = Proc.bare(logs.resolve("bare.out"));
            try {
                bare.startAndWait("/health");
                String[] targets = {"bare", "/health", "/health/live", "/health/ready"};
                double[][] rps = new double[targets.length][ROUNDS];
                for (int t = 0; t < targets.length; t++) { // warm-up
                    rps(t == 0 ? bare.port : restart.port, t == 0 ? "/health" : targets[t], ROUND);
                }
                for (int r = 0; r < ROUNDS; r++) {
                    for (int t = 0; t < targets.length; t++) {
                        rps[t][r] = rps(t == 0 ? bare.port : restart.port, t == 0 ? "/health" : targets[t], ROUND);
                    }
                }
                double bareRps = median(rps[0]);
                add("bare_javalin_rps", bareRps, "req/s", 0, "");
                add("health_rps", median(rps[1]), "req/s", 0, "");
                add("health_live_rps", median(rps[2]), "req/s", 0, "");
                add("health_ready_rps", median(rps[3]), "req/s", 0, "");
                add("health_ratio", median(rps[1]) / bareRps, "x", HEALTH_FLOOR, ">=");
                add("health_live_ratio", median(rps[2]) / bareRps, "x", HEALTH_FLOOR, ">=");
                add("health_ready_ratio", median(rps[3]) / bareRps, "x", HEALTH_FLOOR, ">=");
            } finally {
                bare.stop();
            }

            // 4. The feed's latest page on the demo database, then with many more requests.
            double small = latestPageMs(restart, dir);
            restart.stop();
            int more = Integer.getInteger("courtdesk.bench.feedRequests", 100_000);
            long rowsSmall = countRequests(dir);
            loadMore(dir, more);
            long rowsLarge = countRequests(dir);
            Proc large = Proc.server(dir, logs.resolve("large.out"), cache);
            large.startAndWait("/health/ready");
            double big = latestPageMs(large, dir);
            large.stop();
            add("feed_latest_page_ms_" + rowsSmall + "_requests", small, "ms", 0, "");
            add("feed_latest_page_ms_" + rowsLarge + "_requests", big, "ms", 0, "");
            add("feed_latest_page_growth", big / small, "x", FEED_FLOOR, "<=");
            add("loadavg_1m_after", loadAverage1(), "", 0, "");
        } finally {
            Proc.stopAll();
            delete(dir);
            delete(second);
            delete(cache);
            delete(logs);
        }
        System.out.printf("DemoServerBench: load average after: %s%n", loadAverage());
        write();
    }

    // ------------------------------------------------------------------ figures

    private void add(String figure, double value, String unit, double floor, String direction) {
        String ratio = floor > 0 ? String.format(Locale.ROOT, "%.2f", value / floor) : "";
        results.add(new String[] {figure, String.format(Locale.ROOT, "%.3f", value), unit,
                floor > 0 ? String.format(Locale.ROOT, "%s", trim(floor)) : "", ratio});
        String verdict = "";
        if (floor > 0) {
            boolean ok = direction.equals("<=") ? value <= floor : value >= floor;
            verdict = (ok ? "meets " : "MISSES ") + direction + " " + trim(floor);
        }
        System.out.printf(Locale.ROOT, "DemoServerBench: %-40s %12.3f %-6s %s%n", figure, value, unit, verdict);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private void write() throws IOException {
        Path out = Path.of("target", "bench", "results.tsv");
        Files.createDirectories(out.getParent());
        boolean fresh = !Files.exists(out);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (fresh) {
                w.write("figure\tvalue\tunit\tfloor\tratio\n");
            }
            for (String[] r : results) {
                w.write(String.join("\t", r) + "\n");
            }
        }
        System.out.println("DemoServerBench: appended to " + out.toAbsolutePath());
    }

    private static double seedSecondsFromLog(Path dataDir) throws IOException {
        Path log = dataDir.resolve("logs").resolve("courtdesk-server.log");
        Matcher m = Pattern.compile("demo court seeded in (\\d+) ms").matcher(Files.readString(log));
        if (!m.find()) {
            throw new IllegalStateException("no seeding line in " + log);
        }
        return Long.parseLong(m.group(1)) / 1000.0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static double loadAverage1() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    // ------------------------------------------------------------------ the feed

    private static String url(Path dataDir) {
        return TestServer.jdbcUrl(dataDir);
    }

    /** judge.chen's latest page: 200 of his changes before his head (or all of them when he has fewer). */
    private static double latestPageMs(Proc server, Path dataDir) {
        HttpTestClient judge = new HttpTestClient("http://127.0.0.1:" + server.port)
                .login(DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD);
        long since = 0;
        // The page's start: found over HTTP (the server holds the embedded database) by walking the feed once.
        List<Long> seqs = new ArrayList<>();
        long cursor = 0;
        while (true) {
            ChangesPage p = judge.get("/api/v1/changes?since=" + cursor + "&limit=1000").as(ChangesPage.class);
            p.changes().forEach(c -> seqs.add(c.seq()));
            cursor = p.nextCursor();
            if (!p.hasMore()) {
                break;
            }
        }
        if (seqs.size() > 200) {
            since = seqs.get(seqs.size() - 201);
        }
        String path = "/api/v1/changes?since=" + since + "&limit=200";
        int expected = Math.min(200, seqs.size());
        double[] ms = new double[21];
        for (int i = -3; i < ms.length; i++) {
            long t = System.nanoTime();
            ChangesPage p = judge.get(path).as(ChangesPage.class);
            double took = (System.nanoTime() - t) / 1e6;
            assertThat(p.changes()).isNotEmpty().hasSizeLessThanOrEqualTo(expected);
            if (i >= 0) {
                ms[i] = took;
            }
        }
        System.out.printf("DemoServerBench: judge.chen has %,d changes; latest page of %d from seq %d%n", seqs.size(),
                expected, since);
        return median(ms);
    }

    private static long countRequests(Path dataDir) {
        try (Database db = Database.open(url(dataDir), "sa", "")) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request").mapTo(Long.class).one());
        }
    }

    /** {@code n} more pending 阅卷申请 for four judges other than judge.chen, from demo lawyers (server stopped). */
    private static void loadMore(Path dataDir, int n) throws Exception {
        try (Database db = Database.open(url(dataDir), "sa", "")) {
            Jdbi jdbi = db.jdbi();
            // Other judges' requests: judge.chen's latest page stays the same page while the tables grow.
            List<Long> judges = jdbi.withHandle(h -> h.createQuery("SELECT id FROM account "
                    + "WHERE role = 'JUDGE' AND username <> :chen ORDER BY id FETCH FIRST 4 ROWS ONLY")
                    .bind("chen", DemoAccounts.JUDGE_CHEN).mapTo(Long.class).list());
            List<Long> lawyers = jdbi.withHandle(h -> h.createQuery("SELECT id FROM account WHERE role = 'LAWYER' "
                    + "ORDER BY id FETCH FIRST 20 ROWS ONLY").mapTo(Long.class).list());
            long t = System.nanoTime();
            ScaleLoad.load(jdbi, n, judges, lawyers, "（2025）粤0106民初bench");
            System.out.printf("DemoServerBench: %,d more requests loaded in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        }
    }

    // ------------------------------------------------------------------ /health over HTTP

    /** Requests/s of GET {@code path} on 127.0.0.1:{@code port}: {@link #CLIENT_THREADS} keep-alive connections. */
    private static double rps(int port, String path, Duration span) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + span.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: */*\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        for (int i = 0; i < CLIENT_THREADS; i++) {
            Thread t = new Thread(() -> {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.setTcpNoDelay(true);
                    OutputStream out = s.getOutputStream();
                    InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
                    while (System.nanoTime() < deadline) {
                        out.write(request);
                        out.flush();
                        int status = readResponse(in);
                        if (status != 200) {
                            throw new IllegalStateException(path + " answered " + status);
                        }
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "bench-client-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("client failed on " + path, failures.get(0));
        }
        return done.get() / seconds;
    }

    /** Reads one HTTP/1.1 response (Content-Length or chunked body); returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            while (true) {
                int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                skip(in, size);
                line(in);
                if (size == 0) {
                    break;
                }
            }
        } else if (length > 0) {
            skip(in, length);
        } else if (length < 0) {
            throw new IllegalStateException("a response without length: " + statusLine);
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c == -1) {
            throw new IOException("connection closed");
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() == -1) {
                    throw new IOException("connection closed");
                }
                k = 1;
            }
            n -= k;
        }
    }

    // ------------------------------------------------------------------ processes

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory
        }
    }

    /** A process from this class path with the JVM's default flags (as {@code java -jar} in run-demo.sh). */
    static final class Proc {
        private static final List<Proc> ALL = new ArrayList<>();
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        final int port = freePort();
        private final List<String> cmd = new ArrayList<>();
        private final Path out;
        private Process process;
        /** COURTDESK_DEMO_CACHE of a server; null for none. */
        private String env;

        private Proc(Path out, String main, List<String> args) {
            this.out = out;
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(main);
            cmd.addAll(args);
        }

        static Proc server(Path dataDir, Path out, Path demoCache) {
            Proc p = new Proc(out, ServerMain.class.getName(), List.of());
            p.env = demoCache.toString();
            p.cmd.add("--demo");
            p.cmd.add("--port=" + p.port);
            p.cmd.add("--data-dir=" + dataDir);
            return p;
        }

        static Proc bare(Path out) {
            Proc p = new Proc(out, BareJavalinMain.class.getName(), List.of());
            p.cmd.add(String.valueOf(p.port));
            return p;
        }

        /** Starts, waits until {@code path} answers 200; returns the seconds that took. */
        double startAndWait(String path) throws IOException, InterruptedException {
            long t = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
            pb.environment().keySet().removeIf(k -> k.startsWith("COURTDESK_") || k.startsWith("JAVA_TOOL"));
            if (env != null) {
                pb.environment().put("COURTDESK_DEMO_CACHE", env);
            }
            process = pb.start();
            synchronized (ALL) {
                ALL.add(this);
            }
            long deadline = t + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited with " + process.exitValue() + ": " + Files.readString(out));
                }
                try {
                    HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - t) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("not ready within 10 minutes: " + cmd);
        }

        double rssMb() throws IOException {
            for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("no VmRSS");
        }

        /** Heap used after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}). */
        double heapAfterFullGcMb() throws IOException, InterruptedException {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            if (!m.find()) {
                throw new IllegalStateException("no heap figure in " + info);
            }
            return Long.parseLong(m.group(1)) / 1024.0;
        }

        private String jcmd(String what) throws IOException, InterruptedException {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), what).redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + what + ": " + text);
            }
            return text;
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy(); // SIGTERM: the shutdown hook closes the database
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }

        static void stopAll() throws InterruptedException {
            synchronized (ALL) {
                for (Proc p : ALL) {
                    if (p.process.isAlive()) {
                        p.process.destroyForcibly();
                        p.process.waitFor(30, TimeUnit.SECONDS);
                    }
                }
            }
        }

        private static int freePort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
