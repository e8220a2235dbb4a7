package org.courtdesk.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.NotificationView;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.reading.download.CaseFileRoutes;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The download code and open password of an online approval go out by SMS (the gateway) and nowhere else: the
 * notification row, /api/v1/me/notifications and the default log hold them masked.
 */
class SmsSecretsTest {

    static final TypeReference<List<NotificationView>> NOTICES = new TypeReference<>() {};
    static TestServer server;
    static ReadingFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new ReadingFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theApprovalSmsIsStoredAndServedMaskedAndOnlyTheGatewayGetsTheSecrets() {
        String judgeName = ReadingFixtures.unique("judge");
        long judgeId = fx.data.judge(judgeName, ReadingFixtures.COURT);
        long lawyerId = fx.lawyer();
        HttpTestClient judge = server.client().login(judgeName, TestData.PASSWORD);
        HttpTestClient lawyer = server.client().login(fx.username(lawyerId), TestData.PASSWORD);
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);

        HttpTestClient.Response r = judge.post("/api/v1/judge/reading-requests/" + id + "/decision",
                ReadingFixtures.approveOnline(fx.version(id), LocalDate.of(2026, 12, 8)));
        assertThat(r.status()).as(r.text()).isEqualTo(200);

        // The gateway got the SMS in full, for the applicant's phone, and its code downloads the file.
        List<SmsGateway.Message> sent = server.sms().delivered().stream()
                .filter(m -> m.requestId() != null && m.requestId() == id).toList();
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.accountId()).isEqualTo(lawyerId);
            assertThat(m.phone()).startsWith("1380000");
            assertThat(m.sms().secrets()).hasSize(2);
        });
        String[] codes = fx.codesFromSms(id);
        assertThat(codes[0]).hasSize(6);
        assertThat(codes[1]).hasSize(10);
        assertThat(lawyer.get("/api/v1/reading-requests/" + id + "/case-file", CaseFileRoutes.HEADER, codes[0]).status())
                .isEqualTo(200);

        // The stored row and the served notice are masked.
        String stored = fx.sms(id).get(0);
        assertThat(stored).isEqualTo(sent.get(0).sms().maskedText())
                .contains("卷宗下载密码为：******，卷宗文档打开密码为：******")
                .doesNotContain(codes[0]).doesNotContain(codes[1]);
        List<NotificationView> served = lawyer.get("/api/v1/me/notifications").as(NOTICES);
        assertThat(served).extracting(NotificationView::text).containsExactly(stored);
        assertThat(lawyer.get("/api/v1/me/notifications").text()).doesNotContain(codes[0]).doesNotContain(codes[1]);
        int anywhere = server.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM notification WHERE text LIKE :c OR text LIKE :p")
                .bind("c", "%" + codes[0] + "%").bind("p", "%" + codes[1] + "%").mapTo(Integer.class).one());
        assertThat(anywhere).isZero();
    }

    @Test
    void theGatewayIsCalledOnlyAfterTheCommitAndNeverForARolledBackChange() {
        long lawyerId = fx.lawyer();
        Notifier notifier = server.server().context().notifier();
        Sms sms = Sms.builder().text("卷宗下载密码为：").secret("112233").build();
        int before = server.sms().delivered().size();

        assertThatThrownBy(() -> server.jdbi().useTransaction(h -> {
            notifier.send(h, lawyerId, sms, null);
            throw new IllegalStateException("the decision failed after its SMS was prepared");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(server.sms().delivered()).hasSize(before);
        assertThat(rowsOf(lawyerId)).isZero();

        server.jdbi().useTransaction(h -> {
            notifier.send(h, lawyerId, sms, null);
            assertThat(server.sms().delivered()).as("not before the commit").hasSize(before);
        });
        assertThat(server.sms().delivered()).hasSize(before + 1);
        assertThat(server.sms().delivered().get(before).sms().fullText()).isEqualTo("卷宗下载密码为：112233");
        assertThat(rowsOf(lawyerId)).isEqualTo(1);
    }

    @Test
    void aFailingGatewayDoesNotUndoTheCommittedChange() {
        long lawyerId = fx.lawyer();
        RecordingNotifier failing = new RecordingNotifier(Clock.fixed(TestServer.START, ZoneOffset.UTC), m -> {
            throw new IllegalStateException("gateway down");
        });
        server.jdbi().useTransaction(h -> failing.send(h, lawyerId, Sms.plain("您的阅卷申请已提交"), null));
        assertThat(rowsOf(lawyerId)).isEqualTo(1);
    }

    @Test
    void theDefaultGatewayLogsMaskedAndTheDemoGatewaySaysItIsOne() {
        SmsGateway.Message message = new SmsGateway.Message(7, "13800001234", 9L,
                Sms.builder().text("卷宗下载密码为：").secret("445566").text("，卷宗文档打开密码为：").secret("7788990011").build());

        List<String> logged = logOf(LoggingSmsGateway.class, () -> new LoggingSmsGateway().deliver(message));
        assertThat(logged).singleElement().asString().contains("卷宗下载密码为：******").contains("138****1234")
                .doesNotContain("445566").doesNotContain("7788990011").doesNotContain("13800001234");

        List<String> demo = logOf(DemoSmsGateway.class, () -> new DemoSmsGateway().deliver(message));
        assertThat(demo).singleElement().asString().startsWith("[DEMO SMS GATEWAY").contains("nothing is sent")
                .contains("445566").contains("7788990011").contains("138****1234");
    }

    @Test
    void theMigrationMasksSecretsOlderVersionsStored() {
        String url = "jdbc:h2:mem:v4-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).target("3").load().migrate();
        Jdbi jdbi = Jdbi.create(url, "sa", "");
        String old = "您申请的【（2024）粤0106民初1234号】【在线阅卷】审核已通过，有效截止日期2026-12-08，您可以登录诉讼服务平台下载卷宗。"
                + "卷宗下载密码为：135790，卷宗文档打开密码为：2468013579，密码信息请勿泄漏！【广州市天河区人民法院】";
        String refused = "您申请的【（2024）粤0106民初1234号】【阅卷申请】审查不通过。审查意见说明：材料不全，编号 20261123。";
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO account (id, username, password_hash, display_name, role, failed_logins, created_at) "
                    + "VALUES (1, 'lawyer.old', 'x', '老律师', 'LAWYER', 3, CURRENT_TIMESTAMP)");
            h.execute("INSERT INTO notification (account_id, text, sent_at) VALUES (1, ?, CURRENT_TIMESTAMP)", old);
            h.execute("INSERT INTO notification (account_id, text, sent_at) VALUES (1, ?, CURRENT_TIMESTAMP)", refused);
        });

        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();

        List<String> texts = jdbi.withHandle(h -> h.createQuery("SELECT text FROM notification ORDER BY id")
                .mapTo(String.class).list());
        assertThat(texts.get(0)).isEqualTo(old.replace("135790", Sms.MASK).replace("2468013579", Sms.MASK));
        assertThat(texts.get(1)).as("texts without secrets keep their digits").isEqualTo(refused);
        jdbi.useHandle(h -> h.execute("DROP ALL OBJECTS"));
    }

    private static int rowsOf(long accountId) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification WHERE account_id = :a")
                .bind("a", accountId).mapTo(Integer.class).one());
    }

    private static List<String> logOf(Class<?> type, Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger(type);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            action.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
