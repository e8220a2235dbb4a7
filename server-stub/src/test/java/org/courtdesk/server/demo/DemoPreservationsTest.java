package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.courtdesk.model.preservation.PreservationClock;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.preservation.PreservationRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 诉讼保全: judge.chen's and judge.lin's, every status, both clocks overdue, due soon and fresh. */
class DemoPreservationsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static List<PreservationView> all;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        assertThat(DemoPreservations.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoPreservations.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isFalse();
        all = jdbi.withHandle(h -> PreservationRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = "
                + "'PRESERVATION' ORDER BY id").mapTo(Long.class).list(), true));
    }

    private static List<PreservationView> of(String judgeName) {
        return all.stream().filter(v -> judgeName.equals(v.judgeName())).toList();
    }

    @Test
    void bothJudgesHaveEveryStatus() {
        assertThat(all).hasSize(18);
        for (String judge : List.of(DemoAccounts.JUDGE_CHEN_NAME, DemoAccounts.JUDGE_LIN_NAME)) {
            Map<RequestStatus, Long> byStatus = of(judge).stream()
                    .collect(Collectors.groupingBy(PreservationView::status, Collectors.counting()));
            assertThat(byStatus).containsOnlyKeys(RequestStatus.SUBMITTED, RequestStatus.RETURNED, RequestStatus.ACCEPTED);
        }
        assertThat(of(DemoAccounts.JUDGE_CHEN_NAME)).hasSize(13);
        assertThat(all).allSatisfy(v -> {
            assertThat(v.applicationNo()).startsWith("BQ");
            assertThat(v.materials()).hasSize(2);
            assertThat(v.audit()).isNotEmpty();
            assertThat(v.stage() == PreservationStage.PRE_SUIT).isEqualTo(v.caseNumber() == null);
        });
    }

    @Test
    void theWaitingOnesSpreadOverBothClocks() {
        List<PreservationClock> clocks = all.stream().filter(v -> v.status() == RequestStatus.SUBMITTED)
                .map(v -> PreservationRules.timeLimit(v.submittedAt(), v.stage(), v.urgent(), NOW, ServerConfig.CHINA))
                .toList();
        for (boolean hourly : List.of(true, false)) {
            List<PreservationClock.Urgency> u = clocks.stream().filter(c -> c.hourly() == hourly)
                    .map(PreservationClock::urgency).toList();
            assertThat(u).as(hourly ? "48 hours" : "5 days").contains(PreservationClock.Urgency.OVERDUE,
                    PreservationClock.Urgency.DUE_SOON, PreservationClock.Urgency.OK);
        }
    }

    @Test
    void clerkWangDecidedSomeAndEveryDecisionSentAnSms() {
        List<PreservationView> decided = all.stream().filter(v -> v.decision() != null).toList();
        assertThat(decided).allSatisfy(v -> assertThat(v.status()).isNotEqualTo(RequestStatus.SUBMITTED));
        assertThat(decided).extracting(v -> v.decision().deciderName()).contains(DemoAccounts.CLERK_WANG_NAME);
        assertThat(decided.stream().filter(v -> v.status() == RequestStatus.RETURNED))
                .allSatisfy(v -> assertThat(v.decision().returnReason()).isNotBlank());
        long sms = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification n JOIN request r "
                + "ON r.id = n.request_id WHERE r.kind = 'PRESERVATION'").mapTo(Long.class).one());
        assertThat(sms).isEqualTo(decided.size());
        // in litigation the applicant is a lawyer bound to the case
        long unbound = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request r WHERE r.kind = 'PRESERVATION' "
                + "AND r.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM case_agent a WHERE a.case_id = r.case_id "
                + "AND a.lawyer_id = r.applicant_id)").mapTo(Long.class).one());
        assertThat(unbound).isZero();
    }
}
