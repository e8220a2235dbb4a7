package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 调查令: judge.chen's and judge.lin's, every status, overdue ones, issued orders with their PDFs. */
class DemoInvestigationsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static List<InvestigationView> all;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        assertThat(DemoInvestigations.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoInvestigations.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isFalse();
        all = jdbi.withHandle(h -> InvestigationRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = "
                + "'INVESTIGATION_ORDER' ORDER BY id").mapTo(Long.class).list(), true));
    }

    @Test
    void bothJudgesEveryStatusAndOverdueOnes() {
        assertThat(all).hasSize(10);
        assertThat(all).extracting(InvestigationView::judgeName)
                .contains(DemoAccounts.JUDGE_CHEN_NAME, DemoAccounts.JUDGE_LIN_NAME);
        assertThat(all).extracting(InvestigationView::status)
                .contains(RequestStatus.SUBMITTED, RequestStatus.RETURNED, RequestStatus.ACCEPTED);
        long overdue = all.stream().filter(v -> v.status() == RequestStatus.SUBMITTED)
                .filter(v -> InvestigationRules.dueDate(v.submittedAt(), v.decisionDays(), ServerConfig.CHINA).isBefore(TODAY))
                .count();
        assertThat(overdue).isGreaterThanOrEqualTo(2);
        assertThat(all).allSatisfy(v -> {
            assertThat(v.applicationNo()).startsWith("DC");
            assertThat(v.evidenceDeadline()).isNotNull();
            assertThat(v.materials()).hasSize(2);
        });
    }

    @Test
    void acceptedOnesCarryTheirOrderAndEveryDecisionAnSms() {
        List<InvestigationView> accepted = all.stream().filter(v -> v.status() == RequestStatus.ACCEPTED).toList();
        assertThat(accepted).hasSize(3).allSatisfy(v -> {
            assertThat(v.decision().order().orderNo()).matches("（2026）粤01(06)?调令\\d+号");
            assertThat(v.decision().order().validUntil()).isEqualTo(v.decision().order().issuedOn().plusDays(14));
            long blobs = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM blob WHERE sha256 = :s")
                    .bind("s", v.decision().order().pdfSha256()).mapTo(Long.class).one());
            assertThat(blobs).isEqualTo(1);
        });
        long sms = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification n JOIN request r "
                + "ON r.id = n.request_id WHERE r.kind = 'INVESTIGATION_ORDER'").mapTo(Long.class).one());
        assertThat(sms).isEqualTo(all.stream().filter(v -> v.decision() != null).count());
        assertThat(all.stream().filter(v -> v.decision() != null).map(v -> v.decision().deciderName()))
                .contains(DemoAccounts.CLERK_WANG_NAME);
    }
}
