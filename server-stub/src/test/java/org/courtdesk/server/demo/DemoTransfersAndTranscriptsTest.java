package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.transcript.TranscriptRepository;
import org.courtdesk.server.transfer.TransferRepository;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's 材料转接 and 庭审笔录: both judges have materials 未接收 and 已接收, and corrections in every status. */
class DemoTransfersAndTranscriptsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    static Path dir;

    static List<MaterialTransferView> transfers;
    static List<TranscriptCorrectionView> corrections;

    @BeforeAll
    static void seed() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        Jdbi jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoSeeder.seed(jdbi, clock);
        assertThat(DemoTransfers.missing(jdbi)).isTrue();
        assertThat(DemoTranscripts.missing(jdbi)).isTrue();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isTrue();
        assertThat(DemoTransfers.missing(jdbi)).isFalse();
        assertThat(DemoTranscripts.missing(jdbi)).isFalse();
        assertThat(new DemoDataService().seedIfEmpty(jdbi, clock)).isFalse();
        transfers = jdbi.withHandle(h -> TransferRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE kind = "
                + "'MATERIAL_TRANSFER' ORDER BY id").mapTo(Long.class).list(), true));
        corrections = jdbi.withHandle(h -> TranscriptRepository.findAll(h, h.createQuery("SELECT id FROM request WHERE "
                + "kind = 'HEARING_TRANSCRIPT' ORDER BY id").mapTo(Long.class).list(), true));
    }

    @Test
    void bothJudgesHaveMaterialsToReceiveAndReceivedOnes() {
        for (String judge : List.of(DemoAccounts.JUDGE_CHEN_NAME, DemoAccounts.JUDGE_LIN_NAME)) {
            Map<RequestStatus, Long> byStatus = transfers.stream().filter(v -> judge.equals(v.judgeName()))
                    .collect(Collectors.groupingBy(MaterialTransferView::status, Collectors.counting()));
            assertThat(byStatus.keySet()).as(judge).containsExactlyInAnyOrder(RequestStatus.NOT_RECEIVED,
                    RequestStatus.RECEIVED);
        }
        assertThat(transfers).allSatisfy(v -> {
            assertThat(v.applicationNo()).startsWith("CL");
            assertThat(v.files()).isNotEmpty();
            assertThat(v.audit()).isNotEmpty();
            assertThat(v.status() == RequestStatus.RECEIVED).isEqualTo(v.receivedAt() != null);
        });
    }

    @Test
    void correctionsInEveryStatusWithReadableAndClosedTranscripts() {
        assertThat(corrections.stream().map(TranscriptCorrectionView::status).distinct())
                .containsExactlyInAnyOrder(RequestStatus.AWAITING_REPLY, RequestStatus.CORRECTION_AGREED,
                        RequestStatus.CORRECTION_REFUSED);
        LocalDate today = LocalDate.ofInstant(NOW, ServerConfig.CHINA);
        assertThat(corrections).allSatisfy(v -> {
            assertThat(v.applicationNo()).startsWith("BZ");
            assertThat(v.transcript()).isNotNull();
            assertThat(v.status() == RequestStatus.AWAITING_REPLY).isEqualTo(v.answer() == null);
        });
        assertThat(corrections.stream().map(v -> !v.transcript().readableUntil().isBefore(today)).distinct())
                .as("readable and closed transcripts").contains(true);
        assertThat(corrections.stream().map(TranscriptCorrectionView::judgeName).distinct())
                .contains(DemoAccounts.JUDGE_CHEN_NAME, DemoAccounts.JUDGE_LIN_NAME);
    }
}
