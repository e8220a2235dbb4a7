package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.binding.BindingRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 案件绑定: judge.chen's (clerk.wang's) queue in every status, judge.lin's too; approvals on record. */
class DemoBindingsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static List<BindingView> bindings;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        assertThat(DemoBindings.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoBindings.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).as("seeded once").isFalse();
        bindings = jdbi.withHandle(h -> BindingRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = "
                + "'CASE_BINDING' ORDER BY id").mapTo(Long.class).list(), true).stream()
                .map(BindingRepository.Found::view).toList());
    }

    private static List<BindingView> of(String judgeName, RequestStatus status) {
        return bindings.stream().filter(b -> b.judgeName().equals(judgeName) && b.status() == status).toList();
    }

    @Test
    void judgeChenHasEveryStatusIncludingLongWaitingOnes() {
        assertThat(of(DemoAccounts.JUDGE_CHEN_NAME, RequestStatus.BINDING_PENDING)).hasSize(7)
                .anySatisfy(b -> assertThat(b.submittedAt()).isBefore(NOW.minusSeconds(10 * 86_400)));
        assertThat(of(DemoAccounts.JUDGE_CHEN_NAME, RequestStatus.BINDING_APPROVED)).hasSize(3);
        assertThat(of(DemoAccounts.JUDGE_CHEN_NAME, RequestStatus.BINDING_REJECTED)).hasSize(2)
                .allSatisfy(b -> assertThat(b.rejectionReason()).isNotBlank());
    }

    @Test
    void judgeLinHasSomeToo() {
        assertThat(of(DemoAccounts.JUDGE_LIN_NAME, RequestStatus.BINDING_PENDING)).hasSize(2);
        assertThat(of(DemoAccounts.JUDGE_LIN_NAME, RequestStatus.BINDING_APPROVED)).hasSize(1);
        assertThat(of(DemoAccounts.JUDGE_LIN_NAME, RequestStatus.BINDING_REJECTED)).hasSize(1);
    }

    @Test
    void everyBindingHasBothPapersAValidNumberAndItsHistory() {
        assertThat(bindings).allSatisfy(b -> {
            assertThat(b.applicationNo()).matches("BD\\d{13}");
            assertThat(b.licenceNo()).matches("\\d{17}");
            assertThat(b.materials()).hasSize(2);
            assertThat(b.audit()).hasSize(b.status() == RequestStatus.BINDING_PENDING ? 1 : 2);
        });
    }

    @Test
    void anApprovedLawyerIsOnRecordAndClerkWangServesJudgeChen() {
        long onRecord = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request q JOIN binding_request b "
                        + "ON b.id = q.id JOIN case_agent a ON a.party_id = b.party_id AND a.lawyer_id = q.applicant_id "
                        + "AND a.authority = b.authority WHERE q.status = 'BINDING_APPROVED'")
                .mapTo(Long.class).one());
        assertThat(onRecord).isEqualTo(4);
        long served = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM clerk_assignment ca JOIN account c "
                        + "ON c.id = ca.clerk_id JOIN account j ON j.id = ca.judge_id WHERE c.username = :c AND j.username = :j")
                .bind("c", DemoAccounts.CLERK_WANG).bind("j", DemoAccounts.JUDGE_CHEN).mapTo(Long.class).one());
        assertThat(served).isEqualTo(1);
    }
}
