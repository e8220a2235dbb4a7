package org.courtdesk.app.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.courtdesk.app.api.Json;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;

/** Another party talking plain HTTP to the server: an applicant, or a clerk at another desk. */
public final class CourtHttp {

    /** An answer: status and body. */
    public record Answer(int status, String body) {
        public <T> T as(Class<T> type) {
            if (status / 100 != 2) {
                throw new AssertionError("HTTP " + status + ": " + body);
            }
            return Json.read(body, type);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;

    private CourtHttp(String base) {
        this.base = base;
    }

    /** {@code POST /api/v1/auth/login}; fails the test when the server refuses. */
    public static CourtHttp login(String base, String username, String password) {
        CourtHttp c = new CourtHttp(base);
        c.token = c.post("/api/v1/auth/login", new LoginRequest(username, password)).as(LoginResponse.class).token();
        return c;
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Answer send(HttpRequest r) {
        try {
            HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(resp.statusCode(), resp.body());
        } catch (IOException e) {
            throw new AssertionError("HTTP " + r.method() + " " + r.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
