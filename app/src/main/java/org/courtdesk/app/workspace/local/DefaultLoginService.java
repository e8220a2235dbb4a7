package org.courtdesk.app.workspace.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.ApiException;
import org.courtdesk.app.api.BadServerAddressException;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.api.ServerUnreachableException;
import org.courtdesk.app.cache.CacheException;
import org.courtdesk.app.cache.CacheMeta;
import org.courtdesk.app.cache.FeedCursor;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.KindRequestStore;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.i18n.Text;
import org.courtdesk.app.settings.AppDirs;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.Session;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.LoginException.Reason;
import org.courtdesk.app.workspace.LoginService;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.UserInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a court user in (design.md "Data path", issue "Login"):
 * <ul>
 *   <li>online: the server checks the password ({@code POST /auth/login}); only court staff may use the
 *       workstation; then this user's encrypted cache is opened, or created, with a key derived from the same
 *       password. If the password no longer opens it (changed on the server), the old cache is moved aside
 *       intact and a new one is made;</li>
 *   <li>server unreachable: if this user has a cache on this computer, opening it proves the password (wrong
 *       password: {@link Reason#OFFLINE_PASSWORD_WRONG}) and the workspace starts offline, syncing by itself
 *       when the server answers again; without a cache: {@link Reason#SERVER_UNREACHABLE}.</li>
 * </ul>
 * The token is kept in memory only. Blocking (Argon2id and the network): call off the FX thread.
 */
public final class DefaultLoginService implements LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultLoginService.class);

    private final Settings settings;
    private final Clock clock;
    private final KdfParams kdf;
    private final SyncConfig syncConfig;
    private final ApiClient.Timeouts timeouts;
    private final boolean startSync;

    /** The workstation's service: this computer account's settings, the system clock, default costs. */
    public DefaultLoginService() {
        this(Settings.load(), Clock.systemUTC(), KdfParams.DEFAULT, SyncConfig.DEFAULT, ApiClient.Timeouts.DEFAULT, true);
    }

    /** @param startSync false in tests that drive the sync service by hand */
    public DefaultLoginService(Settings settings, Clock clock, KdfParams kdf, SyncConfig syncConfig,
                               ApiClient.Timeouts timeouts, boolean startSync) {
        this.settings = settings;
        this.clock = clock;
        this.kdf = kdf;
        this.syncConfig = syncConfig;
        this.timeouts = timeouts;
        this.startSync = startSync;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public Workspace login(String serverUrl, String username, char[] password) throws LoginException {
        return loginLocal(serverUrl, username, password);
    }

    /** {@link #login} with the concrete type (tests drive its sync service). */
    @Override
    public Workspace login(String serverUrl, String username, char[] password,
                           java.util.function.Consumer<String> progress) throws LoginException {
        return loginLocal(serverUrl, username, password, progress);
    }

    public LocalWorkspace loginLocal(String serverUrl, String username, char[] password) throws LoginException {
        return loginLocal(serverUrl, username, password, key -> { });
    }

    /** {@link #loginLocal(String, String, char[])}, telling {@code progress} of a long step (see {@link LoginService}). */
    public LocalWorkspace loginLocal(String serverUrl, String username, char[] password,
                                     java.util.function.Consumer<String> progress) throws LoginException {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty() || password == null || password.length == 0) {
            throw new LoginException(Reason.BAD_CREDENTIALS, Text.of("login.error.credentialsRequired"), null);
        }
        long t0 = System.nanoTime();
        Path dir = AppDirs.userDir(settings.home(), name);
        // The cache key's derivation (Argon2id, seconds on a loaded laptop) runs while the HTTP client loads and the
        // server is asked: online or offline, the same key opens the cache; it stays in memory only and is wiped
        // once used (or discarded when the login fails).
        LocalCache.Pending pending = LocalCache.prepare(dir, password);
        if (pending != null) {
            pending.onCompacting(() -> progress.accept(LoginService.COMPACTING));
        }
        // The cache opens (with that key, once derived) while the HTTP client loads and the server is asked (issue 13):
        // online, the same key opens it after the server's yes; offline, opening it is what proves the password.
        // Whichever answer comes, the open is not waited for after it.
        Opening opening = pending == null ? null : Opening.start(pending, clock);
        ApiClient api;
        try {
            api = new ApiClient(serverUrl, timeouts);
        } catch (BadServerAddressException e) {
            if (opening != null) {
                opening.abandon();
            }
            throw new LoginException(Reason.BAD_SERVER_ADDRESS, e.text(), e);
        } catch (RuntimeException e) {
            if (opening != null) {
                opening.abandon();
            }
            throw e;
        }
        String normalizedUrl = api.baseUrl().toString();
        try {
            LoginResponse response;
            try {
                response = api.login(name, password);
            } catch (ServerUnreachableException e) {
                api.close();
                LOG.info("login of {}: server {} unreachable (after {} ms), trying the local cache", name, normalizedUrl,
                        (System.nanoTime() - t0) / 1_000_000);
                Opening o = opening;
                opening = null;
                return offline(dir, name, password, e, t0, o);
            }
            if (!response.user().role().isCourtStaff()) {
                LOG.info("login of {} refused: role {} does not use the workstation", name, response.user().role());
                api.logout();
                throw new LoginException(Reason.NOT_COURT_STAFF, Text.of("login.error.staffOnly"), null);
            }
            Opening o = opening;
            opening = null;
            LocalCache cache = openOrCreate(dir, password, o);
            try {
                boolean cleared = cache.write(h -> {
                    Optional<String> previous = CacheMeta.get(h, CacheMeta.SERVER_URL);
                    boolean other = previous.isPresent() && !previous.get().equals(normalizedUrl);
                    if (other) {
                        // Rows, documents and cursor belong to another server; the outbox stays (never lost).
                        RequestStore.clear(h);
                        KindRequestStore.clear(h);
                        org.courtdesk.app.cache.FeedEntryStore.clear(h);
                        org.courtdesk.app.cache.DocumentStore.clear(h);
                        FeedCursor.set(h, 0, clock.instant());
                    }
                    CacheMeta.put(h, CacheMeta.SERVER_URL, normalizedUrl);
                    CacheMeta.put(h, CacheMeta.USER, Json.write(response.user()));
                    return other;
                });
                if (cleared) {
                    int n = cache.documents().deleteAll();
                    LOG.info("cache of {} was another server's: {} document file(s) deleted", name, n);
                }
            } catch (RuntimeException e) {
                cache.close();
                throw e;
            }
            settings.rememberLogin(serverUrl.trim(), name);
            LOG.info("login of {} ({}) online at {}; cache {}; log {}", name, response.user().role(), normalizedUrl, dir,
                    org.courtdesk.app.settings.AppLogs.file(settings.home()));
            LocalWorkspace ws = new LocalWorkspace(response.user(), cache, api, new Session(name, null), clock,
                    syncConfig, true);
            return startSync ? ws.startSync() : ws;
        } catch (ApiException e) {
            api.close();
            LOG.info("login of {} refused by the server: HTTP {} {}", name, e.httpStatus(), e.code());
            throw loginFailure(e);
        } catch (LoginException | RuntimeException e) {
            api.logout();
            api.close();
            throw e;
        } finally {
            if (opening != null) {
                opening.abandon(); // refused: the cache opened meanwhile is closed again
            }
        }
    }

    /**
     * The cache being opened on a thread of its own while the server is asked ({@link LocalCache#open(LocalCache.Pending,
     * Clock)}: it waits for the key derived in the background, then opens H2 with it — a wrong password fails there).
     */
    static final class Opening {
        private final java.util.concurrent.CompletableFuture<LocalCache> cache = new java.util.concurrent.CompletableFuture<>();

        static Opening start(LocalCache.Pending pending, Clock clock) {
            Opening o = new Opening();
            Thread t = new Thread(() -> {
                try {
                    o.cache.complete(LocalCache.open(pending, clock));
                } catch (Throwable e) {
                    o.cache.completeExceptionally(e);
                }
            }, "cache-open");
            t.setDaemon(true);
            t.start();
            return o;
        }

        /** The open cache, once open; its failure as thrown by {@link LocalCache#open}. */
        LocalCache await() throws CacheException {
            try {
                return cache.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof CacheException c) {
                    throw c;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }

        /**
         * Not used after all (the login was refused, or failed): waits for the open to end and closes the cache, so that
         * the next attempt finds it closed (a cache is opened once per JVM).
         */
        void abandon() {
            try {
                await().close();
            } catch (CacheException | RuntimeException e) {
                LOG.debug("cache opened beside a refused login: {}", e.toString());
            }
        }
    }

    private LocalCache openOrCreate(Path dir, char[] password, Opening opening) throws LoginException {
        try {
            if (LocalCache.exists(dir)) {
                try {
                    return opening != null ? opening.await() : LocalCache.open(dir, password, clock);
                } catch (CacheException e) {
                    if (e.kind() != CacheException.Kind.WRONG_PASSWORD && e.kind() != CacheException.Kind.DAMAGED) {
                        throw e;
                    }
                    // The server accepted this password, the cache does not: the password was changed (or the
                    // cache is damaged). Keep the old one intact beside it and start a new cache.
                    Path aside = LocalCache.moveAside(dir, clock);
                    LOG.warn("cache of {} could not be opened ({}); moved to {}", dir, e.kind(), aside);
                }
            }
            return LocalCache.create(dir, password, kdf, clock);
        } catch (CacheException e) {
            throw cacheFailure(e);
        } catch (IOException e) {
            throw new LoginException(Reason.SERVER_ERROR, Text.of("login.error.cacheTidy", e.getMessage()), e);
        }
    }

    private LocalWorkspace offline(Path dir, String name, char[] password, ServerUnreachableException cause, long t0,
                                   Opening opening) throws LoginException {
        if (!LocalCache.exists(dir)) {
            if (opening != null) {
                opening.abandon();
            }
            throw new LoginException(Reason.SERVER_UNREACHABLE, cause.text(), cause);
        }
        LocalCache cache;
        try {
            cache = opening != null ? opening.await() : LocalCache.open(dir, password, clock);
        } catch (CacheException e) {
            if (e.kind() == CacheException.Kind.WRONG_PASSWORD) {
                LOG.info("offline login of {} refused: not the password of the local cache", name);
                throw new LoginException(Reason.OFFLINE_PASSWORD_WRONG, Text.of("cache.error.wrongPassword"), e);
            }
            throw cacheFailure(e);
        }
        try {
            Optional<String> userJson = cache.read(h -> CacheMeta.get(h, CacheMeta.USER));
            Optional<String> server = cache.read(h -> CacheMeta.get(h, CacheMeta.SERVER_URL));
            if (userJson.isEmpty() || server.isEmpty()) {
                cache.close();
                throw new LoginException(Reason.SERVER_UNREACHABLE, cause.text(), cause);
            }
            UserInfo user = Json.read(userJson.get(), UserInfo.class);
            // The cache belongs to the server it came from: reconnect there.
            ApiClient api = new ApiClient(server.get(), timeouts);
            long tWs = System.nanoTime();
            LocalWorkspace ws = new LocalWorkspace(user, cache, api, new Session(name, password), clock, syncConfig, false);
            ws.syncStatusTracker().online(false, cause.text());
            LOG.info("login of {} ({}) offline from the local cache (server {} unreachable); outbox {}", name,
                    user.role(), server.get(), ws.syncStatus().pendingUploads());
            LOG.info("offline login of {}: {} ms in all (workspace {} ms)", name, (System.nanoTime() - t0) / 1_000_000,
                    (System.nanoTime() - tWs) / 1_000_000);
            return startSync ? ws.startSync() : ws;
        } catch (BadServerAddressException | RuntimeException e) {
            cache.close();
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new LoginException(Reason.SERVER_UNREACHABLE, cause.text(), cause);
        }
    }

    private static LoginException cacheFailure(CacheException e) {
        return new LoginException(Reason.SERVER_ERROR, e.text(), e);
    }

    /** Maps the server's refusal of a login to the reason the login screen shows. */
    static LoginException loginFailure(ApiException e) {
        if (e.is(ErrorCode.ACCOUNT_LOCKED) || e.httpStatus() == 423) {
            return new LoginException(Reason.ACCOUNT_LOCKED, e.detailText(), e, e.retryAfter().orElse(null));
        }
        if (e.is(ErrorCode.TOO_MANY_ATTEMPTS) || e.httpStatus() == 429) {
            return new LoginException(Reason.TOO_MANY_ATTEMPTS, e.detailText(), e, e.retryAfter().orElse(null));
        }
        if (e.httpStatus() == 401) {
            return new LoginException(Reason.BAD_CREDENTIALS, e.detailText(), e);
        }
        return new LoginException(Reason.SERVER_ERROR, e.detailText(), e);
    }
}
