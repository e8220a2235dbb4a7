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
    public record Response(int status, String contentType, byte[] body) {
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

    public Response multipart(String path, List<Part> parts) {
        return multipart(path, parts, new String[0]);
    }

    /** A multipart POST with extra headers (name, value, name, value ...). */
    public Response multipart(String path, List<Part> parts, String... headers) {
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
        return postRaw(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), headers);
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
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
