package org.courtdesk.app.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.courtdesk.app.i18n.Text;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.Problem;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.request.RequestRef;

import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The workstation's HTTP client of the companion server (Retrofit + Jackson over OkHttp). Every call either
 * returns the answer, throws {@link ApiException} (the server said no; problem+json decoded) or
 * {@link ServerUnreachableException} (no usable answer: work offline). The bearer token lives only here, in
 * memory. Thread-safe.
 */
public final class ApiClient implements AutoCloseable {

    /** Timeouts: a court LAN answers fast; a dead server must not keep the judge waiting at login. */
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    public record Timeouts(Duration connect, Duration read, Duration write) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
    }

    /** Progress of a download: {@code total} is -1 when the server did not say. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private static final String LOGIN_PATH = "/api/v1/auth/login";
    /** The login's connect timeout (or the client's, if shorter). */
    static final Duration LOGIN_CONNECT = Duration.ofMillis(1500);

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final CourtDeskApi api;
    private final AtomicReference<String> token = new AtomicReference<>();

    public ApiClient(String serverUrl) throws BadServerAddressException {
        this(serverUrl, Timeouts.DEFAULT);
    }

    public ApiClient(String serverUrl, Timeouts timeouts) throws BadServerAddressException {
        this.baseUrl = parseServerUrl(serverUrl);
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (!baseUrl.isHttps()) {
            // A plain-HTTP server: no TLS set up at all (OkHttp otherwise loads the JDK's trust store and its
            // certificates at build(), a good part of an offline login's start; issue 13).
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        long loginConnectMs = Math.min(timeouts.connect().toMillis(), LOGIN_CONNECT.toMillis());
        this.http = builder
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.write())
                // A pooled connection the server closed (restart, idle timeout) is retried on a fresh one, so a
                // restarted server is not mistaken for an offline one. Safe for decisions: they carry their
                // idempotency key, and the server applies a key once.
                .retryOnConnectionFailure(true)
                .addInterceptor(chain -> {
                    Request request = chain.request();
                    if (request.url().encodedPath().endsWith(LOGIN_PATH)) {
                        // A server that answers at all connects within this on a court's network: an offline login
                        // does not wait the whole connect timeout for one that does not (issue 13).
                        return chain.withConnectTimeout((int) loginConnectMs, java.util.concurrent.TimeUnit.MILLISECONDS)
                                .proceed(request);
                    }
                    String t = token.get();
                    if (t != null) {
                        request = request.newBuilder().header("Authorization", "Bearer " + t).build();
                    }
                    return chain.proceed(request);
                })
                .build();
        this.api = new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(Json.MAPPER))
                .build()
                .create(CourtDeskApi.class);
    }

    /**
     * Accepts {@code http(s)://host[:port][/path]} (a scheme-less {@code host:port} gets {@code http://}); the
     * result always ends with '/', so the API's relative paths resolve under a context path too.
     */
    public static HttpUrl parseServerUrl(String serverUrl) throws BadServerAddressException {
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new BadServerAddressException(Text.of("api.error.addressEmpty"));
        }
        String s = serverUrl.trim();
        if (!s.contains("://")) {
            s = "http://" + s;
        }
        HttpUrl url = HttpUrl.parse(s);
        if (url == null || url.host().isBlank()) {
            throw new BadServerAddressException(Text.of("api.error.addressInvalid", serverUrl));
        }
        if (!url.encodedPath().endsWith("/")) {
            url = url.newBuilder().encodedPath(url.encodedPath() + "/").build();
        }
        return url.newBuilder().query(null).fragment(null).build();
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    public void setToken(String bearerToken) {
        token.set(bearerToken);
    }

    public boolean hasToken() {
        return token.get() != null;
    }

    public void clearToken() {
        token.set(null);
    }

    /** Logs in and keeps the token (in memory only). */
    public LoginResponse login(String username, char[] password) throws ApiException, ServerUnreachableException {
        LoginResponse response = execute(api.login(new LoginRequest(username, new String(password))));
        if (response == null || response.token() == null || response.user() == null) {
            throw new ServerUnreachableException(Text.of("api.error.loginIncomplete"), null);
        }
        token.set(response.token());
        return response;
    }

    /** Revokes the token on the server, best effort; the token is forgotten here in any case. */
    public void logout() {
        try {
            if (token.get() != null) {
                execute(api.logout());
            }
        } catch (ApiException | ServerUnreachableException ignored) {
            // the token expires by itself
        } finally {
            token.set(null);
        }
    }

    public UserInfo me() throws ApiException, ServerUnreachableException {
        return execute(api.me());
    }

    public ChangesPage changes(long since, int limit) throws ApiException, ServerUnreachableException {
        return changes(since, limit, false);
    }

    /**
     * A page of the feed; {@code withRemaining}: ask how many changes come after it ({@link ChangesPage#remaining()},
     * null from a server that does not count).
     */
    public ChangesPage changes(long since, int limit, boolean withRemaining)
            throws ApiException, ServerUnreachableException {
        ChangesPage page = execute(withRemaining ? api.changes(since, limit, true, true) : api.changes(since, limit, true));
        if (page == null || page.changes() == null) {
            throw new ServerUnreachableException(Text.of("api.error.changesIncomplete"), null);
        }
        for (org.courtdesk.model.api.Change c : page.changes()) {
            if (c.aboutEntry()) {
                // A feed entry that is not a request carries its item instead (the same rule: none, and it is lost).
                if (c.op() == org.courtdesk.model.api.ChangeOp.UPSERT && c.item() == null) {
                    throw new ServerUnreachableException(Text.of("api.error.changesIncomplete"), null);
                }
                continue;
            }
            // An UPSERT of a kind this build knows must carry that kind's view. One that does not (a server older than
            // the workstation, a broken proxy) would otherwise be skipped while the cursor moves on: lost. The page is
            // refused instead and pulled again once the server sends whole changes.
            if (c.op() == org.courtdesk.model.api.ChangeOp.UPSERT && c.kind() != null
                    && org.courtdesk.model.request.KindRegistry.descriptor(c.kind()).isBuilt()
                    && !org.courtdesk.model.request.KindRegistry.descriptor(c.kind()).viewClass().isInstance(c.view())) {
                throw new ServerUnreachableException(Text.of("api.error.changesIncomplete"), null);
            }
        }
        return page;
    }

    public ReadingRequestView readingRequest(long id) throws ApiException, ServerUnreachableException {
        return execute(api.readingRequest(id));
    }

    public DecisionResult decide(long requestId, ReviewDecision decision) throws ApiException, ServerUnreachableException {
        DecisionResult result = execute(api.decide(requestId, decision));
        // A 阅卷 decision answers with the 阅卷 view; anything else is as incomplete as no view
        if (result == null || result.requestAs(ReadingRequestView.class) == null) {
            throw new ServerUnreachableException(Text.of("api.error.decisionIncomplete"), null);
        }
        return result;
    }

    /** An on-site visit's record; idempotent by its key like a decision, so a lost answer is simply sent again. */
    public DecisionResult recordAttendance(long requestId, AttendanceRecord record) throws ApiException, ServerUnreachableException {
        DecisionResult result = execute(api.recordAttendance(requestId, record));
        if (result == null || result.requestAs(ReadingRequestView.class) == null) {
            throw new ServerUnreachableException(Text.of("api.error.decisionIncomplete"), null);
        }
        return result;
    }

    /**
     * A staff action of any kind on its own {@code path} (relative to the base URL), sent as the JSON saved in the
     * outbox; idempotent by the key inside it. An answer that is not the state of {@code request} is as incomplete as
     * none (so the action is sent again, and replays).
     */
    public DecisionResult act(String path, String json, RequestRef request) throws ApiException, ServerUnreachableException {
        if (path == null || path.startsWith("/") || path.contains("..") || path.contains("://")) {
            throw new IllegalArgumentException("not a route of this server: " + path);
        }
        DecisionResult result = execute(api.act(path, RequestBody.create(json, JSON)));
        // A creation (request id 0) learns its id from the answer; any other action must answer for its own request.
        boolean creation = request.id() == 0;
        if (result == null || result.request() == null || result.request().kind() != request.kind()
                || (creation ? result.request().id() <= 0 : result.request().id() != request.id())) {
            throw new ServerUnreachableException(Text.of("api.error.decisionIncomplete"), null);
        }
        return result;
    }

    /**
     * A staff action that carries files, on its own {@code path}: multipart/form-data with {@code json} as the part
     * {@code formPart} and each file as a part named {@link org.courtdesk.app.workspace.OutgoingFile#part}, idempotent
     * by {@code key} in the {@code Idempotency-Key} header (the same key on every retry, so the server stores it once).
     * Answers the request's state when the server sent one (a {@link DecisionResult}, or a view of {@code request}'s
     * kind), else null: what was created is not a request (a hearing transcript) and reaches the cache by the feed.
     * A 2xx whose body is not JSON is as incomplete as none (the action is sent again, and replays).
     */
    public RequestView upload(String path, String formPart, String json,
                              java.util.List<org.courtdesk.app.workspace.OutgoingFile> files, java.util.UUID key,
                              RequestRef request) throws ApiException, ServerUnreachableException {
        if (path == null || path.startsWith("/") || path.contains("..") || path.contains("://")) {
            throw new IllegalArgumentException("not a route of this server: " + path);
        }
        okhttp3.MultipartBody.Builder body = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM)
                .addFormDataPart(formPart, null, RequestBody.create(json, JSON));
        for (org.courtdesk.app.workspace.OutgoingFile f : files) {
            body.addFormDataPart(f.part(), f.fileName(), RequestBody.create(f.bytes(), MediaType.parse(f.contentType())));
        }
        String answer;
        try (ResponseBody response = execute(api.upload(path, key.toString(), body.build()))) {
            answer = response == null ? "" : response.string();
        } catch (IOException e) {
            throw unreachable(e);
        }
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(answer);
        } catch (IOException | RuntimeException e) {
            throw new ServerUnreachableException(Text.of("api.error.decisionIncomplete"), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ServerUnreachableException(Text.of("api.error.decisionIncomplete"), null);
        }
        com.fasterxml.jackson.databind.JsonNode view = tree.has("request") ? tree.get("request") : tree;
        if (!view.hasNonNull("kind") || !request.kind().name().equals(view.get("kind").asText())) {
            return null;
        }
        RequestView state;
        try {
            state = Json.MAPPER.treeToValue(view, RequestView.class);
        } catch (IOException | RuntimeException e) {
            throw new ServerUnreachableException(Text.of("api.error.decisionIncomplete"), e);
        }
        if (request.id() != 0 && state.id() != request.id()) {
            throw new ServerUnreachableException(Text.of("api.error.decisionIncomplete"), null);
        }
        return state;
    }

    /** The JSON a read-only route of any kind answers ({@code path} relative to the base URL). */
    public String getJson(String path) throws ApiException, ServerUnreachableException {
        if (path == null || path.startsWith("/") || path.contains("..") || path.contains("://")) {
            throw new IllegalArgumentException("not a route of this server: " + path);
        }
        try (ResponseBody body = execute(api.get(path))) {
            String text = body == null ? "" : body.string();
            Json.MAPPER.readTree(text); // not JSON: not our server's answer
            return text;
        } catch (IOException | RuntimeException e) {
            throw unreachable(e);
        }
    }

    /** The bytes of a document, reporting progress while they arrive. */
    public byte[] document(String sha256, Progress progress) throws ApiException, ServerUnreachableException {
        Objects.requireNonNull(progress);
        Response<ResponseBody> response;
        try {
            response = api.document(sha256).execute();
        } catch (IOException | RuntimeException e) {
            throw unreachable(e);
        }
        if (!response.isSuccessful()) {
            throw toApiException(response);
        }
        try (ResponseBody body = response.body()) {
            if (body == null) {
                return new byte[0];
            }
            long total = body.contentLength();
            ByteArrayOutputStream out = new ByteArrayOutputStream(total > 0 && total < Integer.MAX_VALUE ? (int) total : 64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long done = 0;
            progress.update(0, total);
            try (InputStream in = body.byteStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    done += n;
                    progress.update(done, total);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /**
     * A document streamed to {@code reader} as it arrives (never whole in memory), reporting progress. A failure
     * reading the network (an IOException) means the server was lost; what {@code reader} throws unchecked passes.
     */
    public <T> T document(String sha256, Progress progress,
            org.courtdesk.app.cache.DocumentStore.StreamReader<T> reader) throws ApiException, ServerUnreachableException {
        Objects.requireNonNull(progress);
        Response<ResponseBody> response;
        try {
            response = api.document(sha256).execute();
        } catch (IOException | RuntimeException e) {
            throw unreachable(e);
        }
        if (!response.isSuccessful()) {
            throw toApiException(response);
        }
        try (ResponseBody body = response.body(); InputStream raw = body == null ? InputStream.nullInputStream() : body.byteStream()) {
            long total = body == null ? 0 : body.contentLength();
            progress.update(0, total);
            InputStream in = new java.io.FilterInputStream(raw) {
                private long done;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        done += n;
                        progress.update(done, total);
                    }
                    return n;
                }
            };
            return reader.read(in);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private <T> T execute(Call<T> call) throws ApiException, ServerUnreachableException {
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException | RuntimeException e) {
            // RuntimeException: Jackson/Retrofit can fail on a body that is not ours (an HTML portal page).
            throw unreachable(e);
        }
        if (response.isSuccessful()) {
            return response.body();
        }
        throw toApiException(response);
    }

    private static ServerUnreachableException unreachable(Exception e) {
        Text what = e instanceof java.net.SocketTimeoutException ? Text.of("api.unreachable.timeout")
                : e instanceof java.net.UnknownHostException ? Text.of("api.unreachable.unknownHost")
                : e instanceof java.net.ConnectException ? Text.of("api.unreachable.refused")
                : e instanceof com.fasterxml.jackson.core.JsonProcessingException ? Text.of("api.unreachable.notCourtDesk")
                : Text.of("api.unreachable.dropped");
        return new ServerUnreachableException(what, e);
    }

    static ApiException toApiException(Response<?> response) {
        int status = response.code();
        Problem problem = null;
        ErrorCode code = null;
        try (ResponseBody body = response.errorBody()) {
            if (body != null) {
                String text = body.string();
                if (!text.isBlank() && text.trim().startsWith("{")) {
                    problem = Json.MAPPER.readValue(text, Problem.class);
                    code = parseCode(problem.code());
                }
            }
        } catch (IOException | RuntimeException e) {
            problem = null; // not a problem+json body: the status alone must do
        }
        String message = "HTTP " + status + (code != null ? " " + code : "")
                + (problem != null && problem.detail() != null ? ": " + problem.detail() : "");
        return new ApiException(status, problem, code, message, retryAfter(response.headers().get("Retry-After")));
    }

    /** {@code Retry-After} in seconds (the form the CourtDesk server sends); an HTTP-date or garbage is ignored. */
    static java.time.Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : java.time.Duration.ofSeconds(Math.min(seconds, 3600));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ErrorCode parseCode(String code) {
        if (code == null) {
            return null;
        }
        try {
            return ErrorCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
