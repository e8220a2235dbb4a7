package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.evidence.EvidenceRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's 证据交换: two of judge.chen's (one 举证中 with a late item, 质证 with objections and a 修改 recorded, one
 * 质证中) and one of judge.lin's, each on a case with lawyers for both sides; seeded once.
 */
class DemoEvidenceExchangesTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static List<EvidenceExchangeView> all;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        assertThat(DemoEvidenceExchanges.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoEvidenceExchanges.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isFalse();
        all = jdbi.withHandle(h -> EvidenceRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = "
                + "'EVIDENCE_EXCHANGE' ORDER BY id").mapTo(Long.class).list(), TODAY, true));
    }

    @Test
    void judgeChenHasOneStillProducingWithALateItemAndObjectionsAndOneInCrossExamination() {
        assertThat(all).hasSize(3);
        List<EvidenceExchangeView> chen = all.stream().filter(v -> v.judgeName().equals(DemoAccounts.JUDGE_CHEN_NAME)).toList();
        assertThat(chen).extracting(EvidenceExchangeView::status)
                .containsExactly(RequestStatus.EVIDENCE_PRODUCING, RequestStatus.CROSS_EXAMINING);
        EvidenceExchangeView producing = chen.get(0);
        assertThat(producing.items()).filteredOn(EvidenceItem::late).extracting(EvidenceItem::name).containsExactly("催款短信截图");
        assertThat(producing.items()).filteredOn(EvidenceItem::objected).hasSize(2);
        assertThat(producing.catalogue(true)).isNotEmpty();
        assertThat(producing.catalogue(false)).isNotEmpty();
        assertThat(producing.deadlineChanges()).singleElement().satisfies(c -> {
            assertThat(c.deadline()).isEqualTo("原告举证期限");
            assertThat(c.newValue()).isEqualTo(TODAY.minusDays(2));
        });
        assertThat(producing.audit()).isNotEmpty();
        // every item's file is stored, and both sides have a lawyer on record
        for (EvidenceExchangeView v : all) {
            for (EvidenceItem i : v.items()) {
                boolean stored = jdbi.withHandle(h -> org.courtdesk.server.documents.BlobStore.get(h, i.sha256()).isPresent());
                assertThat(stored).as("file of %s", i.name()).isTrue();
            }
            long lawyers = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT p.party_role) FROM case_agent a "
                    + "JOIN case_party p ON p.id = a.party_id JOIN request q ON q.case_id = a.case_id WHERE q.id = :id")
                    .bind("id", v.id()).mapTo(Long.class).one());
            assertThat(lawyers).as("sides with a lawyer in %s", v.caseNumber()).isGreaterThanOrEqualTo(2);
        }
    }
}
