package org.courtdesk.app.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP proxy in front of a real server that breaks what the test tells it to, for the requests {@code matching}
 * names (others pass): {@link Fault#SERVER_ERROR} answers 503 without forwarding, {@link Fault#LOSE_ANSWER} forwards
 * (the server stores) and drops the connection instead of answering, {@link Fault#HOLD} forwards, lets the test know
 * ({@link #held}) and never answers. {@link #down} drops every connection unanswered (the court unreachable).
 */
public final class FaultProxy implements AutoCloseable {

    public enum Fault { SERVER_ERROR, LOSE_ANSWER, HOLD }

    private static final Set<String> HOP = Set.of("host", "connection", "content-length", "transfer-encoding", "expect",
            "upgrade", "keep-alive");

    private final HttpServer server;
    private final String target;
    private final Predicate<String> matching;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    public final AtomicInteger matched = new AtomicInteger();
    public final AtomicInteger forwarded = new AtomicInteger();
    public final CountDownLatch held = new CountDownLatch(1);
    public volatile boolean down;

    public FaultProxy(String target, Predicate<String> matching) throws IOException {
        this.target = target;
        this.matching = matching;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next matching requests meet these faults, in order; afterwards they pass. */
    public void then(Fault... next) {
        faults.addAll(List.of(next));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (down) {
                return; // closed without an answer
            }
            String path = ex.getRequestURI().getPath();
            Fault fault = null;
            if ("POST".equals(ex.getRequestMethod()) && matching.test(path)) {
                matched.incrementAndGet();
                fault = faults.poll();
            }
            if (fault == Fault.SERVER_ERROR) {
                byte[] problem = "{\"type\":\"about:blank\",\"title\":\"busy\",\"status\":503,\"code\":\"SERVER_ERROR\"}"
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/problem+json");
                ex.sendResponseHeaders(503, problem.length);
                ex.getResponseBody().write(problem);
                return;
            }
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
                    .timeout(Duration.ofSeconds(60))
                    .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> req.header(name, v));
                }
            });
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (fault != null) {
                forwarded.incrementAndGet();
            }
            if (fault == Fault.LOSE_ANSWER) {
                return;
            }
            if (fault == Fault.HOLD) {
                held.countDown();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> ex.getResponseHeaders().add(name, v));
                }
            });
            byte[] out = answer.body();
            ex.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
