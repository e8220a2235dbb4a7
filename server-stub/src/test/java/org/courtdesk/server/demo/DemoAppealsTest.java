package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.appeal.AppealRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 提起上诉: judge.chen's and judge.lin's, every status, flagged and unflagged lawyers, steps due and late. */
class DemoAppealsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static List<AppealView> all;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        assertThat(DemoAppeals.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoAppeals.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isFalse();
        all = jdbi.withHandle(h -> AppealRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = 'APPEAL' "
                + "ORDER BY id").mapTo(Long.class).list(), true));
    }

    @Test
    void everyStatusForJudgeChenAndAppealsForJudgeLin() {
        List<AppealView> chen = all.stream().filter(v -> Objects.equals(v.judgeName(), DemoAccounts.JUDGE_CHEN_NAME)).toList();
        List<AppealView> lin = all.stream().filter(v -> Objects.equals(v.judgeName(), DemoAccounts.JUDGE_LIN_NAME)).toList();
        assertThat(chen).hasSize(8).extracting(AppealView::status).contains(RequestStatus.SUBMITTED,
                RequestStatus.APPEAL_ACCEPTED, RequestStatus.RETURNED);
        assertThat(lin).hasSize(3);
        assertThat(all).extracting(AppealView::applicationNo).allMatch(n -> n.matches("SS2026\\d{9}")).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(v -> assertThat(v.materials()).isNotEmpty());
    }

    @Test
    void nextStepsAreDueLaterSoonAndLate() {
        List<AppealRules.Urgency> urgencies = all.stream().map(v -> {
            LocalDate received = v.submittedAt().atZone(ServerConfig.CHINA).toLocalDate();
            LocalDate decided = v.review() == null ? null : v.review().decidedAt().atZone(ServerConfig.CHINA).toLocalDate();
            return AppealRules.nextStep(v.status(), received, decided);
        }).filter(Objects::nonNull).map(s -> AppealRules.urgency(s.due(), TODAY)).toList();
        assertThat(urgencies).contains(AppealRules.Urgency.LATER, AppealRules.Urgency.DUE_SOON, AppealRules.Urgency.OVERDUE);
    }

    @Test
    void theSmsFollowTheDecisions() {
        for (AppealView v : all) {
            long sms = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification WHERE request_id = :id")
                    .bind("id", v.id()).mapTo(Long.class).one());
            assertThat(sms).isEqualTo(v.status() == RequestStatus.SUBMITTED ? 0 : 1);
        }
        assertThat(all).anySatisfy(v -> assertThat(v.specialAuthorityMissing()).isTrue());
        assertThat(all).anySatisfy(v -> assertThat(v.specialAuthorityMissing()).isFalse());
    }
}
