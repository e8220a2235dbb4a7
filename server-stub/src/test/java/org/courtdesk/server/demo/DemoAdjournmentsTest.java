package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.adjournment.AdjournmentRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 延期开庭: judge.chen's and judge.lin's, every status, due soon and overdue ones, SMS on each decision. */
class DemoAdjournmentsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDateTime LOCAL_NOW = LocalDateTime.of(2026, 12, 7, 10, 0);

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static List<AdjournmentView> all;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        assertThat(DemoAdjournments.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoAdjournments.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isFalse();
        all = jdbi.withHandle(h -> AdjournmentRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = "
                + "'ADJOURNMENT' ORDER BY id").mapTo(Long.class).list(), true));
    }

    static List<AdjournmentView> of(String judgeName) {
        return all.stream().filter(v -> Objects.equals(v.judgeName(), judgeName)).toList();
    }

    @Test
    void judgeChenAndJudgeLinHaveEveryStatus() {
        assertThat(all).extracting(AdjournmentView::applicationNo).allMatch(n -> n.matches("YQ2026\\d{9}"))
                .doesNotHaveDuplicates();
        for (String judge : List.of(DemoAccounts.JUDGE_CHEN_NAME, DemoAccounts.JUDGE_LIN_NAME)) {
            assertThat(of(judge)).as(judge).extracting(AdjournmentView::status)
                    .contains(RequestStatus.PENDING_REVIEW, RequestStatus.APPROVED);
        }
        assertThat(of(DemoAccounts.JUDGE_CHEN_NAME)).hasSize(9).extracting(AdjournmentView::status)
                .contains(RequestStatus.REJECTED);
        assertThat(of(DemoAccounts.JUDGE_LIN_NAME)).hasSize(4);
        assertThat(all).extracting(AdjournmentView::courtCode).contains("粤0106", "粤01");
    }

    @Test
    void pendingOnesAreSpreadOverDueSoonLaterAndOverdue() {
        List<AdjournmentRules.Urgency> urgencies = all.stream()
                .map(v -> AdjournmentRules.timeLimit(v.status(), v.hearing(), LOCAL_NOW)).filter(Objects::nonNull)
                .map(AdjournmentRules.TimeLimit::urgency).toList();
        assertThat(urgencies).contains(AdjournmentRules.Urgency.DUE_SOON, AdjournmentRules.Urgency.LATER,
                AdjournmentRules.Urgency.OVERDUE);
        assertThat(urgencies.stream().filter(u -> u == AdjournmentRules.Urgency.OVERDUE)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void decisionsMovedTheHearingAndToldTheApplicant() {
        for (AdjournmentView v : all) {
            if (v.status() == RequestStatus.APPROVED) {
                assertThat(v.hearing().startsAt()).isEqualTo(v.review().newHearingAt()).isAfter(v.requestedHearingAt());
                assertThat(v.hearing().adjournments()).isGreaterThanOrEqualTo(1);
            }
            long sms = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification WHERE request_id = :id")
                    .bind("id", v.id()).mapTo(Long.class).one());
            assertThat(sms).as(v.applicationNo()).isEqualTo(v.status() == RequestStatus.PENDING_REVIEW ? 0 : 1);
            assertThat(v.audit()).isNotEmpty();
        }
        // one simplified case is now at its limit: a further request could not be approved
        assertThat(all).anySatisfy(v -> assertThat(AdjournmentRules.limitReached(v.hearing())).isTrue());
    }

    @Test
    void clerkWangSeesJudgeChensQueue() {
        long served = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request q JOIN clerk_assignment ca "
                        + "ON ca.judge_id = q.judge_id JOIN account c ON c.id = ca.clerk_id WHERE q.kind = 'ADJOURNMENT' "
                        + "AND c.username = :u").bind("u", DemoAccounts.CLERK_WANG).mapTo(Long.class).one());
        assertThat(served).isEqualTo(of(DemoAccounts.JUDGE_CHEN_NAME).size());
    }
}
