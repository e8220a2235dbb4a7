package org.courtdesk.server;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.auth.AuthRoutes;
import org.courtdesk.server.auth.ClientAddresses;
import org.courtdesk.server.auth.TokenService;
import org.courtdesk.server.court.CourtRoutes;
import org.courtdesk.server.db.Database;
import org.courtdesk.server.feed.FeedSource;
import org.courtdesk.server.health.HealthRoutes;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.Problems;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.identity.IdentityRoutes;
import org.courtdesk.server.notify.DemoSmsGateway;
import org.courtdesk.server.notify.LoggingSmsGateway;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/** The companion server: database, routes, HTTP. Started by {@link ServerMain} and by tests. */
public final class CourtDeskServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CourtDeskServer.class);

    private final ServerContext context;
    private final Javalin javalin;
    private final org.courtdesk.server.ops.NightlyBackup nightlyBackup;

    private CourtDeskServer(ServerContext context, Javalin javalin, org.courtdesk.server.ops.NightlyBackup nightlyBackup) {
        this.context = context;
        this.javalin = javalin;
        this.nightlyBackup = nightlyBackup;
    }

    /**
     * Starts with the SMS gateway of the mode: {@code --demo} logs each SMS in full, clearly marked as the demo
     * gateway; otherwise the SMS is logged masked and not sent (no real gateway is wired in yet).
     */
    public static CourtDeskServer start(ServerConfig config) {
        return start(config, config.demo() ? new DemoSmsGateway() : new LoggingSmsGateway());
    }

    /** Starts with the given SMS gateway (tests capture what it gets). */
    public static CourtDeskServer start(ServerConfig config, SmsGateway smsGateway) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data directory " + config.dataDir(), e);
        }
        if (config.restoreFrom() != null) {
            // --restore: into an empty data directory only (refuses to overwrite), then an ordinary start.
            org.courtdesk.server.ops.Backups.restore(config.restoreFrom(), config);
        }
        Database database = Database.open(config.effectiveJdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        // Stored files' bytes: the file store, found by BlobStore on each handle; legacy rows moved into it first.
        org.courtdesk.server.files.DirectoryFileStore files =
                new org.courtdesk.server.files.DirectoryFileStore(config.effectiveFilesDir());
        database.jdbi().getConfig(org.courtdesk.server.files.FileStoreConfig.class).setStore(files);
        try {
            org.courtdesk.server.files.BlobsToFiles.run(database.jdbi(), files);
            // Files no row refers to (a rolled-back or killed upload), older than a day: removed, each one logged.
            org.courtdesk.server.files.OrphanSweep.run(database.jdbi(), files, org.courtdesk.server.files.OrphanSweep.DEFAULT_GRACE);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        ServerContext context = new ServerContext(config, database,
                new RecordingNotifier(config.clock(), smsGateway));
        try {
            if (config.demo()) {
                // Only into an empty database: a restart keeps the judges' decisions.
                DemoData.load().seedIfEmpty(database.jdbi(), config.clock());
            }
            TokenService tokens = new TokenService(database.jdbi(), config.clock(), config.tokenTtl());
            Auth auth = new Auth(database.jdbi(), tokens);
            // The heartbeat row names the port actually bound (with --port=0 known only after the start).
            java.util.concurrent.atomic.AtomicInteger boundPort = new java.util.concurrent.atomic.AtomicInteger(config.port());
            List<RouteModule> modules = modules(context, tokens, boundPort);
            Javalin javalin = Javalin.create(cfg -> {
                cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
                cfg.jetty.host = config.host();
                cfg.jetty.port = config.port();
                cfg.startup.showJavalinBanner = false;
                // The submission's multipart body is read as it streams, each part against its own limit
                // (http.MultipartReader), JSON bodies bounded by http.Json: no servlet multipart config.
                cfg.http.maxRequestSize = config.maxUploadBytes();
                // Files of multipart bodies stream to the file store's staging directory (never whole into the heap);
                // what a request staged and did not store is deleted after its answer.
                org.courtdesk.server.http.UploadSpool.install(cfg.routes, files.stagingDir());
                cfg.routes.before("/api/v1/*", auth::authenticate);
                Problems.register(cfg.routes);
                modules.forEach(m -> m.register(cfg.routes));
            });
            javalin.start();
            boundPort.set(javalin.port());
            if (!config.clockOffset().isZero()) {
                // Demo and test setting only: tokens, deadlines and 申请日期 all follow this clock.
                LOG.warn("server clock shifted by {} (--clock-offset): now {}", config.clockOffset(),
                        config.clock().instant());
            }
            LOG.info("CourtDesk server listening on http://{}:{} (data: {})", config.host(), javalin.port(),
                    config.jdbcUrl() == null ? config.dataDir().toAbsolutePath() : "external database");
            return new CourtDeskServer(context, javalin,
                    org.courtdesk.server.ops.NightlyBackup.start(database.jdbi(), config, files));
        } catch (Exception e) {
            database.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Every capability's routes. A new capability adds one line here. */
    private static List<RouteModule> modules(ServerContext c, TokenService tokens,
                                             java.util.concurrent.atomic.AtomicInteger boundPort) {
        return List.of(
                new HealthRoutes(c.database(), c.clock(), instance(boundPort)),
                new org.courtdesk.server.openapi.OpenApiRoutes(),
                // No trusted proxy yet: the socket's peer is the client address (X-Forwarded-For ignored).
                new AuthRoutes(c.jdbi(), tokens, c.clock(), new ClientAddresses(Set.copyOf(c.config().trustedProxies()))),
                new IdentityRoutes(c.jdbi(), c.config().identityProviderKey(), c.clock()),
                new CourtRoutes(c.jdbi()),
                new org.courtdesk.server.court.LimitsRoutes(c.config()),
                new org.courtdesk.server.feed.ChangesRoutes(c.jdbi(), c::today, feedSources(), feedEntrySources()),
                new org.courtdesk.server.reading.judge.JudgeRoutes(c),
                new org.courtdesk.server.reading.download.CaseFileRoutes(c),
                new org.courtdesk.server.reading.applicant.ApplicantRoutes(c),
                new org.courtdesk.server.filing.judge.FilingJudgeRoutes(c),
                new org.courtdesk.server.filing.applicant.FilingApplicantRoutes(c),
                new org.courtdesk.server.binding.judge.BindingJudgeRoutes(c),
                new org.courtdesk.server.binding.applicant.BindingApplicantRoutes(c),
                new org.courtdesk.server.adjournment.judge.AdjournmentJudgeRoutes(c),
                new org.courtdesk.server.adjournment.applicant.AdjournmentApplicantRoutes(c),
                new org.courtdesk.server.appeal.judge.AppealJudgeRoutes(c),
                new org.courtdesk.server.appeal.applicant.AppealApplicantRoutes(c),
                new org.courtdesk.server.preservation.judge.PreservationJudgeRoutes(c),
                new org.courtdesk.server.preservation.applicant.PreservationApplicantRoutes(c),
                new org.courtdesk.server.investigation.judge.InvestigationJudgeRoutes(c),
                new org.courtdesk.server.investigation.applicant.InvestigationApplicantRoutes(c),
                // 材料转接 (spec-004 §10)
                new org.courtdesk.server.transfer.judge.TransferJudgeRoutes(c),
                new org.courtdesk.server.transfer.applicant.TransferApplicantRoutes(c),
                // 庭审笔录 (spec-004 §13)
                new org.courtdesk.server.transcript.judge.TranscriptJudgeRoutes(c),
                new org.courtdesk.server.transcript.applicant.TranscriptApplicantRoutes(c),
                new org.courtdesk.server.contact.judge.ContactJudgeRoutes(c),
                new org.courtdesk.server.contact.applicant.ContactApplicantRoutes(c),
                new org.courtdesk.server.suggestion.judge.SuggestionJudgeRoutes(c),
                new org.courtdesk.server.suggestion.applicant.SuggestionApplicantRoutes(c),
                new org.courtdesk.server.servicecontent.judge.ServiceContentJudgeRoutes(c),
                new org.courtdesk.server.servicecontent.applicant.ServiceContentApplicantRoutes(c),
                // 证据交换 (spec-004 §7)
                new org.courtdesk.server.evidence.judge.EvidenceJudgeRoutes(c),
                new org.courtdesk.server.evidence.applicant.EvidenceApplicantRoutes(c),
                new org.courtdesk.server.documents.DocumentRoutes(c.jdbi(),
                        List.of(org.courtdesk.server.reading.ReadingMaterials::mayRead,
                                org.courtdesk.server.filing.FilingMaterials::mayRead,
                                org.courtdesk.server.binding.BindingMaterials::mayRead,
                                org.courtdesk.server.adjournment.AdjournmentMaterials::mayRead,
                                org.courtdesk.server.appeal.AppealMaterials::mayRead,
                                org.courtdesk.server.preservation.PreservationMaterials::mayRead,
                                org.courtdesk.server.investigation.InvestigationMaterials::mayRead,
                                org.courtdesk.server.transfer.TransferMaterials::mayRead,
                                new org.courtdesk.server.transcript.TranscriptMaterials(c.clock().withZone(c.config().zone()))::mayRead,
                                org.courtdesk.server.evidence.EvidenceMaterials::mayRead)),
                new org.courtdesk.server.notify.NotificationRoutes(c.jdbi()));
    }

    /** Each kind's side of the changes feed. A new kind adds one entry here. */
    private static Map<RequestKind, FeedSource> feedSources() {
        return Map.ofEntries(
                Map.entry(RequestKind.CASE_FILE_READING, new org.courtdesk.server.reading.ReadingFeedSource()),
                Map.entry(RequestKind.ONLINE_FILING, new org.courtdesk.server.filing.FilingFeedSource()),
                Map.entry(RequestKind.CASE_BINDING, new org.courtdesk.server.binding.BindingFeedSource()),
                Map.entry(RequestKind.ADJOURNMENT, new org.courtdesk.server.adjournment.AdjournmentFeedSource()),
                Map.entry(RequestKind.APPEAL, new org.courtdesk.server.appeal.AppealFeedSource()),
                Map.entry(RequestKind.PRESERVATION, new org.courtdesk.server.preservation.PreservationFeedSource()),
                Map.entry(RequestKind.INVESTIGATION_ORDER, new org.courtdesk.server.investigation.InvestigationFeedSource()),
                // 材料转接 (spec-004 §10)
                Map.entry(RequestKind.MATERIAL_TRANSFER, new org.courtdesk.server.transfer.TransferFeedSource()),
                // 庭审笔录 (spec-004 §13)
                Map.entry(RequestKind.HEARING_TRANSCRIPT, new org.courtdesk.server.transcript.TranscriptFeedSource()),
                Map.entry(RequestKind.CONTACT_JUDGE, new org.courtdesk.server.contact.ContactFeedSource()),
                Map.entry(RequestKind.SUGGESTION, new org.courtdesk.server.suggestion.SuggestionFeedSource()),
                Map.entry(RequestKind.SERVICE_CONTENT, new org.courtdesk.server.servicecontent.ServiceContentFeedSource()),
                Map.entry(RequestKind.EVIDENCE_EXCHANGE, new org.courtdesk.server.evidence.EvidenceFeedSource()));
    }

    /** Each kind's feed entries that are not requests (Change.entry). A kind with such a list adds one entry here. */
    private static Map<FeedSource.Key, FeedSource> feedEntrySources() {
        return Map.ofEntries(
                // 庭审笔录 (spec-004 §13): the transcripts themselves, beside their 申请补正
                Map.entry(FeedSource.Key.entry(RequestKind.HEARING_TRANSCRIPT,
                                org.courtdesk.model.transcript.TranscriptInfo.FEED_ENTRY),
                        new org.courtdesk.server.transcript.TranscriptFileFeedSource()));
    }

    /** This process among several on one database: host name and the port it listens on (its heartbeat row). */
    private static java.util.function.Supplier<String> instance(java.util.concurrent.atomic.AtomicInteger boundPort) {
        String host = hostName();
        return () -> instanceName(host, boundPort.get());
    }

    static String instanceName(String host, int port) {
        String name = host + ":" + port;
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    public int port() {
        return javalin.port();
    }

    public String baseUrl() {
        return "http://" + context.config().host() + ":" + port();
    }

    /** One HTTP route as Javalin registered it, e.g. GET /api/v1/judge/reading-requests/{id}. */
    public record Route(String method, String path) {}

    /** Every HTTP route the running server answers (before/after filters excluded); for the OpenAPI check. */
    public List<Route> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> new Route(e.endpoint.method.name(), e.endpoint.path))
                .toList();
    }

    public ServerContext context() {
        return context;
    }

    @Override
    public void close() {
        nightlyBackup.close();
        javalin.stop();
        context.database().close();
    }
}
