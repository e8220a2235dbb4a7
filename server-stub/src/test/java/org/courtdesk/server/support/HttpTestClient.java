package org.courtdesk.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.server.http.Json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/** Real HTTP to the test server (java.net.http), with JSON and multipart helpers. */
public final class HttpTestClient {

    /** A response: status, content type, body bytes. */
    public record Response(int status, String contentType, byte[] body, java.util.Map<String, List<String>> headers) {
        /** The first value of a response header (case-insensitive), or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        public <T> T as(Class<T> type) {
            try {
                return Json.MAPPER.readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("not a " + type.getSimpleName() + ": " + text(), e);
            }
        }

        public <T> T as(TypeReference<T> type) {
            try {
                return Json.MAPPER.readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("not " + type.getType() + ": " + text(), e);
            }
        }

        /** The problem+json code, or null. */
        public String code() {
            return contentType != null && contentType.startsWith("application/problem+json") ? json().path("code").asText(null) : null;
        }
    }

    /** One part of a multipart body. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
        public static Part json(String name, Object value) {
            return new Part(name, null, "application/json", Json.write(value).getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    public HttpTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpTestClient withToken(String token) {
        HttpTestClient c = new HttpTestClient(baseUrl);
        c.token = token;
        return c;
    }

    /** Logs in and returns a client carrying the token (fails the test if login fails). */
    public HttpTestClient login(String username, String password) {
        Response r = post("/api/v1/auth/login", new LoginRequest(username, password));
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.text());
        }
        return withToken(r.as(LoginResponse.class).token());
    }

    public String token() {
        return token;
    }

    public Response get(String path, String... headers) {
        return send(builder(path, headers).GET().build());
    }

    public Response post(String path, Object body, String... headers) {
        return postRaw(path, "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8), headers);
    }

    public Response postRaw(String path, String contentType, byte[] body, String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * A POST whose body is made while it is sent (e.g. tens of MB of padding that never exist as one array). The
     * server may answer before it has read it all; the answer is still returned.
     */
    public Response postStream(String path, String contentType, java.util.function.Supplier<java.io.InputStream> body,
                               String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build());
    }

    /**
     * A multipart POST. Each call is a new submission: it carries a fresh {@code Idempotency-Key} unless
     * {@code headers} name one (a retry of an earlier call sends that call's key again).
     */
    public Response multipart(String path, List<Part> parts, String... headers) {
        List<String> hs = new ArrayList<>(List.of(headers));
        boolean keyed = false;
        for (int i = 0; i < hs.size(); i += 2) {
            keyed |= "Idempotency-Key".equalsIgnoreCase(hs.get(i));
        }
        if (!keyed) {
            hs.add("Idempotency-Key");
            hs.add(UUID.randomUUID().toString());
        }
        String boundary = "----courtdesk" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Part p : parts) {
                out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\""
                        + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"");
                out.write((disposition + "\r\nContent-Type: " + p.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(p.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return postRaw(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), hs.toArray(String[]::new));
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        List<String> hs = new ArrayList<>(List.of(headers));
        for (int i = 0; i + 1 < hs.size(); i += 2) {
            b.header(hs.get(i), hs.get(i + 1));
        }
        return b;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r;
            try {
                r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException stale) {
                // A pooled keep-alive connection the server closed as idle just as the request went out: the server saw
                // no byte of it ("header parser received no bytes"). The JDK client retries only GETs by itself;
                // a real client sends again (with the same Idempotency-Key), so the test client does too, once.
                if (!String.valueOf(stale.getMessage()).contains("received no bytes")) {
                    throw stale;
                }
                r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
