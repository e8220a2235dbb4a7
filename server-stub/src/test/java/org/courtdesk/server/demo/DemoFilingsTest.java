package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.filing.FilingMaterialRef;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingTimeLimit;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.filing.FilingRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 网上立案 at 粤0106: every status, overdue ones, threads both ways, 退回补正 with items, 立 with 案号. */
class DemoFilingsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static int seeded;
    static List<FilingView> filings;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        // As if the demo server was killed between the two seeders: the next start adds the filings, once.
        assertThat(DemoFilings.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoFilings.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isFalse();
        seeded = (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'ONLINE_FILING'")
                .mapTo(Long.class).one()).longValue();
        filings = jdbi.withHandle(h -> FilingRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = "
                + "'ONLINE_FILING' ORDER BY id").mapTo(Long.class).list(), true));
    }

    static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void fortyFilingsAtTianheInEveryStatus() {
        assertThat(seeded).isEqualTo(DemoFilings.COUNT);
        assertThat(filings).hasSize(DemoFilings.COUNT);
        assertThat(filings).extracting(FilingView::courtCode).containsOnly("粤0106");
        assertThat(filings).extracting(FilingView::applicationNo).allMatch(n -> n.matches("LA2026\\d{9}"))
                .doesNotHaveDuplicates();
        Map<RequestStatus, Long> byStatus = filings.stream().collect(Collectors.groupingBy(FilingView::status,
                Collectors.counting()));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(RequestStatus.FILING_RECEIVED, RequestStatus.FILING_CONFORMS,
                RequestStatus.FILING_RETURNED, RequestStatus.FILING_FILED);
        assertThat(byStatus.get(RequestStatus.FILING_RECEIVED)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void severalAreOverdueAndSomeInTheWarningDays() {
        Map<FilingTimeLimit.Urgency, Long> urgency = filings.stream()
                .filter(f -> f.status() == RequestStatus.FILING_RECEIVED)
                .map(f -> FilingRules.timeLimit(f.submittedAt(), f.lastSupplementAt(), TODAY, ServerConfig.CHINA).urgency())
                .collect(Collectors.groupingBy(u -> u, Collectors.counting()));
        assertThat(urgency.get(FilingTimeLimit.Urgency.OVERDUE)).isBetween(4L, 10L);
        assertThat(urgency.get(FilingTimeLimit.Urgency.WARN)).isPositive();
        assertThat(urgency.get(FilingTimeLimit.Urgency.OK)).isPositive();
        assertThat(filings).filteredOn(f -> f.status() == RequestStatus.FILING_RECEIVED && f.lastSupplementAt() != null)
                .hasSize(2);
    }

    @Test
    void returnsCarryTheirItemsOrReasonsAndFiledOnesACaseNumber() {
        List<FilingView> supplement = filings.stream().filter(f -> f.status() == RequestStatus.FILING_RETURNED
                && f.review().returnKind() == ReturnKind.SUPPLEMENT).toList();
        assertThat(supplement).hasSizeGreaterThanOrEqualTo(2).allSatisfy(f -> {
            assertThat(f.review().supplementItems()).isNotEmpty();
            assertThat(f.review().supplementDeadline()).isNotNull();
        });
        assertThat(filings).filteredOn(f -> f.status() == RequestStatus.FILING_RETURNED
                && f.review().returnKind() == ReturnKind.NOT_ACCEPTED).isNotEmpty()
                .allSatisfy(f -> assertThat(f.review().refusalReasons()).isNotBlank());
        List<FilingView> filed = filings.stream().filter(f -> f.status() == RequestStatus.FILING_FILED).toList();
        assertThat(filed).hasSizeGreaterThanOrEqualTo(2).allSatisfy(f -> {
            CaseNumber n = CaseNumber.parse(f.caseNumber());
            assertThat(n.courtCode()).isEqualTo("粤0106");
            assertThat(n.typeCode()).isEqualTo("民初");
            assertThat(f.filedAt()).isNotNull();
        });
        assertThat(filed.stream().map(FilingView::caseNumber).distinct()).hasSameSizeAs(filed);
        assertThat(filings).filteredOn(f -> f.status() != RequestStatus.FILING_RECEIVED)
                .allSatisfy(f -> assertThat(f.review().conclusion()).isNotNull());
    }

    @Test
    void threadsRunBothWaysAndEveryCourtMessageWasSent() {
        List<FilingView> threads = filings.stream().filter(f -> !f.messages().isEmpty()).toList();
        assertThat(threads).hasSizeGreaterThanOrEqualTo(5);
        assertThat(threads).anySatisfy(f -> assertThat(f.messages().stream().map(m -> m.fromCourt()).distinct())
                .containsExactlyInAnyOrder(true, false));
        long courtMessages = filings.stream().flatMap(f -> f.messages().stream()).filter(m -> m.fromCourt()).count();
        long decisions = filings.stream().filter(f -> f.status() != RequestStatus.FILING_RECEIVED).count()
                + filings.stream().filter(f -> f.lastSupplementAt() != null).count()
                + filings.stream().filter(f -> f.status() == RequestStatus.FILING_FILED).count();
        assertThat(count("SELECT COUNT(*) FROM notification n JOIN request r ON r.id = n.request_id "
                + "WHERE r.kind = 'ONLINE_FILING'")).isEqualTo(courtMessages + decisions);
    }

    @Test
    void theAudienceIsJudgeChenMostlyAndAlwaysTheCentreReviewersOfTheCourt() {
        long chen = count("SELECT id FROM account WHERE username = 'judge.chen'");
        assertThat(count("SELECT COUNT(*) FROM request WHERE kind = 'ONLINE_FILING' AND pool = 'CENTRE_REVIEWER@粤0106'"))
                .isEqualTo(DemoFilings.COUNT);
        assertThat(count("SELECT COUNT(*) FROM request WHERE kind = 'ONLINE_FILING' AND judge_id = " + chen))
                .isGreaterThan(DemoFilings.COUNT / 2);
        // one feed entry per filing, for judge and pool, whose seq is its version
        assertThat(count("SELECT COUNT(*) FROM request r JOIN change_log c ON c.request_id = r.id AND c.seq = r.version "
                + "AND c.judge_id = r.judge_id AND c.pool = r.pool WHERE r.kind = 'ONLINE_FILING'")).isEqualTo(DemoFilings.COUNT);
    }

    @Test
    void everyFilingHasTheMaterialsItsApplicantMustUploadAndATrail() {
        for (FilingView f : filings) {
            Set<FilingMaterialType> types = f.materials().stream().map(FilingMaterialRef::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(FilingMaterialType.class)));
            assertThat(types).containsAll(FilingRules.requiredMaterials(f.applicantRole()));
            assertThat(f.applicantRole()).isIn(Role.LAWYER, Role.PARTY);
            assertThat(f.audit().get(0).action()).isEqualTo(org.courtdesk.server.filing.FilingAudit.SUBMIT);
            assertThat(FilingRules.checkForm(new org.courtdesk.model.filing.FilingForm(f.courtCode(), f.parties(),
                    f.causeOfAction(), f.claims(), f.factsAndReasons(), f.amountInDispute()))).as("%s", f.applicationNo())
                    .isEmpty();
        }
    }
}
