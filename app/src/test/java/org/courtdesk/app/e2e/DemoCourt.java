package org.courtdesk.app.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeoutException;

import org.testfx.api.FxToolkit;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.CourtDeskServer;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The real companion server with the Guangzhou demo court, on a port chosen once and a throwaway data folder, so it
 * can be stopped and started again on the same port and database (the workstation keeps its server address).
 * Read-only look-ups into its database let tests check what the server holds without going through the app.
 */
public final class DemoCourt implements AutoCloseable {

    public static final String PASSWORD = org.courtdesk.server.demo.DemoAccounts.PASSWORD;
    public static final String JUDGE = org.courtdesk.server.demo.DemoAccounts.JUDGE_CHEN;
    public static final String CLERK = org.courtdesk.server.demo.DemoAccounts.CLERK_WANG;

    private final Path dir;
    private ServerConfig config;
    private CourtDeskServer server;
    private TimeZone machineZone;

    private DemoCourt(Path dir, int port) {
        this(dir, port, java.util.function.UnaryOperator.identity());
    }

    private DemoCourt(Path dir, int port, java.util.function.UnaryOperator<ServerConfig> customise) {
        this.dir = dir;
        this.config = customise.apply(ServerConfig.forTests(dir, Clock.systemUTC()).withDemo(true).withPort(port));
    }

    /** A seeded demo database, made once per JVM and copied for each court (seeding takes tens of seconds). */
    private static Path template;

    /**
     * A demo court of its own: a copy of the JVM's seeded demo database (seeded on first use) in a new throwaway
     * folder, served on a free port.
     */
    /**
     * A court for a workstation test: the JVM's time zone is Guangzhou's (the app's "today" is the court's), the
     * UI speaks Chinese and the FX toolkit is up. {@link #close()} gives the machine its zone back.
     */
    public static DemoCourt startForWorkstation() throws TimeoutException {
        TimeZone machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        try {
            Messages.use(Messages.CHINESE);
            DemoCourt c = start();
            c.machineZone = machine;
            FxToolkit.registerPrimaryStage();
            return c;
        } catch (RuntimeException | TimeoutException e) {
            TimeZone.setDefault(machine);
            throw e;
        }
    }

    public static DemoCourt start() {
        return start(java.util.function.UnaryOperator.identity());
    }

    /** {@link #start()} with the server's configuration changed (e.g. a smaller {@code --max-material-mb}). */
    public static DemoCourt start(java.util.function.UnaryOperator<ServerConfig> customise) {
        try {
            Path dir = Files.createTempDirectory("courtdesk-e2e-server");
            copy(template(), dir);
            DemoCourt c = new DemoCourt(dir, freePort(), customise);
            c.startAgain();
            return c;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the JVM's seeded demo database (seeded on first use) into {@code dir}, for a server of one's own. */
    public static void seededCopyInto(Path dir) throws IOException {
        copy(template(), dir);
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("courtdesk-e2e-demo");
            long t = System.nanoTime();
            CourtDeskServer.start(ServerConfig.forTests(dir, Clock.systemUTC()).withDemo(true)).close();
            System.out.printf("e2e: demo court seeded in %d ms%n", (System.nanoTime() - t) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            template = dir;
        }
        return template;
    }

    /** The whole data directory: the database and the file store beside it (files/ab/cd/sha), where the bytes live. */
    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(f)) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** Starts on the same port and data folder (the demo seed is skipped: the database is not empty). */
    public void startAgain() {
        if (server != null) {
            throw new IllegalStateException("already running");
        }
        server = CourtDeskServer.start(config);
    }

    /** Starts on the same port and data folder with the configuration changed (e.g. another file limit). */
    public void startAgain(java.util.function.UnaryOperator<ServerConfig> change) {
        config = change.apply(config);
        startAgain();
    }

    /** Stops the server as a shutdown would; its data stays. */
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public boolean running() {
        return server != null;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + config.port();
    }

    public Jdbi jdbi() {
        if (server == null) {
            throw new IllegalStateException("server is stopped");
        }
        return server.context().jdbi();
    }

    /** The court's today (Asia/Shanghai): the date the server validates decisions against. */
    public LocalDate today() {
        return server.context().today();
    }

    public long accountId(String username) {
        return jdbi().withHandle(h -> h.createQuery("SELECT id FROM account WHERE username = :u").bind("u", username)
                .mapTo(Long.class).one());
    }

    public String username(long accountId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id").bind("id", accountId)
                .mapTo(String.class).one());
    }

    /** Everything a judge may see, as the server's own repository builds it (effective statuses). */
    public List<ReadingRequestView> requestsOf(String judge) {
        long id = accountId(judge);
        return jdbi().withHandle(h -> ReadingRequestRepository.query(h,
                ReadingRequestRepository.Filter.judges(List.of(id)), today()));
    }

    public long countOf(String judge, RequestStatus status) {
        return requestsOf(judge).stream().filter(r -> r.status() == status).count();
    }

    /** One request with its audit trail, as the server stores it. */
    public ReadingRequestView request(long id) {
        return jdbi().withHandle(h -> ReadingRequestRepository.find(h, id, today(), true).orElseThrow());
    }

    /**
     * Pending requests of the judge that no decision has touched yet, digitised and asking for online reading when
     * {@code online}; those alone on their case first, then the oldest.
     */
    public List<ReadingRequestView> untouchedPending(String judge, boolean online) {
        List<ReadingRequestView> all = requestsOf(judge);
        Comparator<ReadingRequestView> aloneFirst = Comparator.comparingLong(
                r -> all.stream().filter(o -> o.caseNumber().equals(r.caseNumber())).count());
        List<ReadingRequestView> found = all.stream()
                .filter(r -> r.status() == RequestStatus.PENDING_REVIEW)
                .filter(r -> !online || (r.caseDigitised() && r.requestedMode() == ReadingMode.ONLINE))
                .filter(r -> decisions(r.id()) == 0)
                .sorted(aloneFirst.thenComparing(ReadingRequestView::submittedAt))
                .toList();
        if (found.isEmpty()) {
            throw new AssertionError("the demo court has no untouched pending request of " + judge + " left");
        }
        return found;
    }

    /** 审查通过 / 审查不通过 entries in the server's audit trail of the request: one per applied decision. */
    public int decisions(long requestId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE request_id = :id "
                        + "AND action IN ('审查通过', '审查不通过', 'APPROVE', 'REJECT')")
                .bind("id", requestId).mapTo(Integer.class).one());
    }

    /** Idempotency keys the server stored for decisions on the request (one per applied decision). */
    public List<String> decisionKeys(long requestId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT idem_key FROM idempotency_key WHERE request_id = :id "
                        + "AND action = 'DECISION' ORDER BY created_at")
                .bind("id", requestId).mapTo(String.class).list());
    }

    /** Entries of the changes feed for the request. */
    public int feedEntries(long requestId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM change_log WHERE request_id = :id")
                .bind("id", requestId).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        stop();
        delete(dir);
        if (machineZone != null) {
            TimeZone.setDefault(machineZone);
        }
    }
}
