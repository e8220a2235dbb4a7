package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.DemoData;
import org.courtdesk.server.auth.PasswordHasher;
import org.courtdesk.server.documents.BlobStore;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSeederTest {

    static final Instant NOW = Instant.parse("2025-11-20T02:00:00Z"); // 10:00 in Guangzhou
    static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    @TempDir
    static Path dir;

    static Jdbi jdbi;
    static DemoSeeder.Summary summary;
    static boolean secondRun;

    @BeforeAll
    static void seedOnce() {
        String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath().toString().replace('\\', '/');
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        summary = DemoSeeder.seed(jdbi, clock);
        System.out.println("demo seeding: " + summary);
        // The server finds the demo through ServiceLoader (DemoData); its filings are DemoFilingsTest's. Here the 阅卷
        // court alone: a second run of the seeder adds nothing.
        assertThat(DemoData.load()).isInstanceOf(DemoDataService.class);
        secondRun = DemoSeeder.seedIfEmpty(jdbi, clock);
    }

    static <T> T with(org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
        return jdbi.withHandle(callback);
    }

    static long count(String sql) {
        return with(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void seedsOnceAndIsSkippedTheSecondTime() {
        assertThat(summary).isNotNull();
        assertThat(secondRun).isFalse();
        assertThat(count("SELECT COUNT(*) FROM court")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM account")).isEqualTo(summary.accounts());
    }

    @Test
    void courtsOfGuangzhouWithReadingRoomNotices() {
        List<Map<String, Object>> courts = with(h -> h.createQuery("SELECT * FROM court ORDER BY code").mapToMap().list());
        assertThat(courts).extracting(c -> c.get("code"))
                .containsExactly("粤01", "粤0104", "粤0105", "粤0106", "粤0111", "粤0113");
        assertThat(courts).allSatisfy(c -> {
            assertThat(c.get("city")).isEqualTo("广州市");
            assertThat((String) c.get("reading_room_notice")).contains("现场阅卷地址", "营业时间", "电话");
        });
        assertThat(courts.get(0).get("name")).isEqualTo("广州市中级人民法院");
        assertThat(courts.get(0).get("court_level")).isEqualTo("INTERMEDIATE");
        assertThat(courts.get(3).get("name")).isEqualTo("广州市天河区人民法院");
        // 广州中院 lets a lawyer on record read a case in trial (seed 002); the basic courts read archived cases only
        assertThat(courts).extracting(c -> c.get("agents_read_in_trial"))
                .containsExactly(true, false, false, false, false, false);
    }

    @Test
    void demoLoginsExistWithTheDemoPasswordAndTheirRoles() {
        Map<String, Map<String, Object>> byName = with(h -> h.createQuery("SELECT * FROM account").mapToMap().list())
                .stream().collect(Collectors.toMap(m -> (String) m.get("username"), m -> m));
        assertThat(byName.keySet()).containsAll(DemoAccounts.ALL);
        assertThat(byName.get(DemoAccounts.JUDGE_CHEN)).containsEntry("role", "JUDGE").containsEntry("court_code", "粤0106")
                .containsEntry("display_name", "陈志明");
        assertThat(byName.get(DemoAccounts.JUDGE_LIN)).containsEntry("role", "JUDGE").containsEntry("court_code", "粤01");
        assertThat(byName.get(DemoAccounts.CLERK_WANG)).containsEntry("role", "CLERK");
        assertThat(byName.get(DemoAccounts.REVIEWER_ZHAO)).containsEntry("role", "CENTRE_REVIEWER");
        assertThat(byName.get(DemoAccounts.LAWYER_LI)).containsEntry("role", "LAWYER").containsEntry("identity_verified", true);
        assertThat((String) byName.get(DemoAccounts.LAWYER_LI).get("law_firm")).endsWith("律师事务所");
        assertThat(byName.get(DemoAccounts.PARTY_ZHANG)).containsEntry("identity_verified", true);
        assertThat(byName.get(DemoAccounts.PARTY_LIU)).containsEntry("identity_verified", false);
        String hash = (String) byName.get(DemoAccounts.JUDGE_CHEN).get("password_hash");
        assertThat(PasswordHasher.matches(DemoAccounts.PASSWORD, hash)).isTrue();
        assertThat(byName.values().stream().map(m -> m.get("password_hash")).distinct()).hasSize(1);
        Map<String, Long> roles = byName.values().stream().collect(Collectors.groupingBy(m -> (String) m.get("role"),
                Collectors.counting()));
        assertThat(roles.get("JUDGE")).isGreaterThanOrEqualTo(12);
        assertThat(roles.get("LAWYER")).isEqualTo(15);
        assertThat(roles.get("PARTY")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM account WHERE role = 'PARTY' AND identity_verified = FALSE")).isBetween(3L, 20L);
        assertThat(count("SELECT COUNT(*) FROM clerk_assignment ca JOIN account c ON c.id = ca.clerk_id "
                + "JOIN account j ON j.id = ca.judge_id WHERE c.username = 'clerk.wang' AND j.username = 'judge.chen'"))
                .isEqualTo(1);
    }

    @Test
    void casesHaveCanonicalNumbersPartiesAndDates() {
        List<Map<String, Object>> cases = with(h -> h.createQuery("SELECT * FROM court_case").mapToMap().list());
        assertThat(cases.size()).isBetween(250, 400);
        for (Map<String, Object> c : cases) {
            String number = (String) c.get("case_number");
            CaseNumber parsed = CaseNumber.parse(number);
            assertThat(parsed.toString()).isEqualTo(number);
            assertThat(parsed.courtCode()).isEqualTo(c.get("court_code"));
            LocalDate filed = ((java.sql.Date) c.get("filed_on")).toLocalDate();
            assertThat(parsed.year()).isEqualTo(filed.getYear());
            assertThat(filed).isBefore(TODAY);
            if ("ARCHIVED".equals(c.get("status"))) {
                assertThat(((java.sql.Date) c.get("archived_on")).toLocalDate()).isAfter(filed).isBefore(TODAY);
            } else {
                assertThat(c.get("status")).isEqualTo("IN_TRIAL");
                assertThat(c.get("archived_on")).isNull();
                assertThat(c.get("digitised")).isEqualTo(false);
            }
            assertThat((String) c.get("title")).endsWith((String) c.get("cause"));
        }
        assertThat(count("SELECT COUNT(*) FROM court_case c WHERE NOT EXISTS (SELECT 1 FROM case_party p "
                + "WHERE p.case_id = c.id AND p.party_role = 'PLAINTIFF') OR NOT EXISTS (SELECT 1 FROM case_party p "
                + "WHERE p.case_id = c.id AND p.party_role = 'DEFENDANT')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM court_case c JOIN account j ON j.id = c.judge_id "
                + "WHERE j.username = 'judge.chen'")).isGreaterThanOrEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM court_case WHERE status = 'ARCHIVED' AND digitised = FALSE")).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT cp.case_id) FROM case_party cp JOIN account a ON a.id = cp.account_id "
                + "JOIN court_case c ON c.id = cp.case_id WHERE a.username = 'party.zhang' AND c.status = 'ARCHIVED'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(DISTINCT ca.case_id) FROM case_agent ca JOIN account a ON a.id = ca.lawyer_id "
                + "WHERE a.username = 'lawyer.li'")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM case_agent")).isGreaterThan(100);
        // the agent's party belongs to the case
        assertThat(count("SELECT COUNT(*) FROM case_agent ca JOIN case_party p ON p.id = ca.party_id WHERE p.case_id <> ca.case_id"))
                .isZero();
    }

    @Test
    void digitisedCasesCarryRealCaseFiles() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM court_case c WHERE digitised = TRUE AND NOT EXISTS "
                + "(SELECT 1 FROM case_document d WHERE d.case_id = c.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_document d JOIN court_case c ON c.id = d.case_id WHERE c.digitised = FALSE"))
                .isZero();
        Map<String, Object> doc = with(h -> h.createQuery("SELECT d.*, c.case_number, c.title AS case_title FROM case_document d "
                + "JOIN court_case c ON c.id = d.case_id JOIN account j ON j.id = c.judge_id "
                + "WHERE j.username = 'judge.chen' AND d.position = 5 ORDER BY d.id").mapToMap().list().get(0));
        assertThat(doc.get("title")).isEqualTo("判决书");
        byte[] pdf = with(h -> BlobStore.get(h, (String) doc.get("sha256")).orElseThrow().content());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isEqualTo(doc.get("pages"));
            String text = new PDFTextStripper().getText(d).replace("\n", "").replace("\r", "");
            assertThat(text).contains((String) doc.get("case_number"), "广州市天河区人民法院", "陈志明", "判决如下");
        }
    }

    @Test
    void readingRequestsInEveryStatusWithConsistentReviewFields() {
        List<Map<String, Object>> rows = with(h -> h.createQuery("SELECT r.*, q.application_no, q.case_id, q.court_code, q.judge_id, q.applicant_id, q.submitted_at, "
                + "q.status, q.version, c.status AS case_status, c.digitised, c.judge_id AS case_judge "
                + "FROM request q JOIN reading_request r ON r.id = q.id JOIN court_case c ON c.id = q.case_id").mapToMap().list());
        assertThat(rows.size()).isBetween(40, 200);
        Set<RequestStatus> effective = EnumSet.noneOf(RequestStatus.class);
        Set<String> kinds = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Map<String, Object> r : rows) {
            assertThat(numbers.add((String) r.get("application_no"))).isTrue();
            assertThat(r.get("case_status")).isEqualTo("ARCHIVED");
            assertThat(r.get("judge_id")).isEqualTo(r.get("case_judge"));
            RequestStatus status = RequestStatus.valueOf((String) r.get("status"));
            ReadingMode mode = r.get("mode") == null ? null : ReadingMode.valueOf((String) r.get("mode"));
            LocalDate validUntil = date(r.get("valid_until"));
            LocalDate end = date(r.get("on_site_end"));
            boolean attended = Boolean.TRUE.equals(r.get("attended"));
            RequestStatus shown = ReadingRules.effectiveStatus(status, mode, validUntil, end, attended, TODAY);
            effective.add(shown);
            assertThat(((java.time.OffsetDateTime) r.get("submitted_at")).toInstant()).isBefore(NOW);
            switch (status) {
                case PENDING_REVIEW -> {
                    assertThat(r.get("reviewer_id")).isNull();
                    assertThat(r.get("opinion")).isNull();
                    assertThat(r.get("review_date")).isNull();
                    kinds.add("pending");
                }
                case REJECTED -> {
                    assertThat(r.get("opinion")).isEqualTo("DISAGREE");
                    assertThat((String) r.get("explanation")).isNotBlank();
                    assertThat(r.get("reviewer_id")).isNotNull();
                    assertThat(mode).isNull();
                    kinds.add("rejected");
                }
                case APPROVED -> {
                    assertThat(r.get("opinion")).isEqualTo("AGREE");
                    assertThat(r.get("reviewer_id")).isNotNull();
                    assertThat(date(r.get("review_date"))).isBeforeOrEqualTo(TODAY);
                    if (mode == ReadingMode.ONLINE) {
                        assertThat(r.get("digitised")).isEqualTo(true);
                        assertThat(validUntil).isNotNull();
                        assertThat(r.get("on_site_start")).isNull();
                        kinds.add(validUntil.isBefore(TODAY) ? "online-expired" : "online-valid");
                    } else {
                        assertThat(mode).isEqualTo(ReadingMode.ON_SITE);
                        LocalDate start = date(r.get("on_site_start"));
                        assertThat(start).isNotNull();
                        assertThat(end).isAfterOrEqualTo(start);
                        assertThat(validUntil).isNull();
                        kinds.add(start.isAfter(TODAY) ? "on-site-upcoming" : "on-site-past");
                        if (attended) {
                            assertThat(r.get("borrowed_at")).isNotNull();
                            assertThat(r.get("returned_at")).isNotNull();
                            kinds.add("on-site-attended");
                            // a visit that happened is not 已过期 after its window (seed 002 fig. 14)
                            assertThat(shown).isEqualTo(RequestStatus.APPROVED);
                        } else if (end.isBefore(TODAY)) {
                            assertThat(shown).isEqualTo(RequestStatus.EXPIRED);
                            kinds.add("on-site-missed");
                        }
                        if (!(Boolean) r.get("digitised")) {
                            kinds.add("on-site-not-digitised");
                        }
                    }
                }
                default -> throw new AssertionError("unexpected stored status " + status);
            }
        }
        assertThat(effective).containsExactlyInAnyOrder(RequestStatus.PENDING_REVIEW, RequestStatus.APPROVED,
                RequestStatus.EXPIRED, RequestStatus.REJECTED);
        assertThat(kinds).contains("pending", "rejected", "online-valid", "online-expired", "on-site-upcoming",
                "on-site-past", "on-site-attended", "on-site-missed", "on-site-not-digitised");
        // judge.chen sees every status on his own cases
        List<String> chen = with(h -> h.createQuery("SELECT DISTINCT r.status FROM request r JOIN account j "
                + "ON j.id = r.judge_id WHERE j.username = 'judge.chen'").mapTo(String.class).list());
        assertThat(chen).contains("PENDING_REVIEW", "APPROVED", "REJECTED");
        assertThat(count("SELECT COUNT(*) FROM request r JOIN account j ON j.id = r.judge_id "
                + "WHERE j.username = 'judge.chen'")).isGreaterThanOrEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM request r JOIN account a ON a.id = r.applicant_id "
                + "WHERE a.username = 'lawyer.li'")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM request r JOIN account a ON a.id = r.applicant_id "
                + "WHERE a.username = 'party.zhang'")).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM request r JOIN account a ON a.id = r.applicant_id "
                + "WHERE a.identity_verified = FALSE")).isZero();
    }

    @Test
    void everyRequestHasItsMaterialsAuditAndOneFeedEntryWhoseSeqIsItsVersion() {
        with(h -> {
            List<Map<String, Object>> rows = h.createQuery("SELECT r.id, r.version, r.status, r.judge_id, r.applicant_id, "
                    + "a.role FROM request r JOIN account a ON a.id = r.applicant_id").mapToMap().list();
            for (Map<String, Object> r : rows) {
                long id = (Long) r.get("id");
                Set<MaterialType> types = h.createQuery("SELECT material_type FROM reading_material WHERE request_id = :id")
                        .bind("id", id).mapTo(String.class).stream().map(MaterialType::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MaterialType.class)));
                assertThat(types).isEqualTo(ReadingRules.requiredMaterials(Role.valueOf((String) r.get("role"))));
                List<Map<String, Object>> feed = h.createQuery("SELECT * FROM change_log WHERE request_id = :id "
                        + "AND kind = 'CASE_FILE_READING'").bind("id", id).mapToMap().list();
                assertThat(feed).hasSize(1);
                assertThat(feed.get(0).get("seq")).isEqualTo(r.get("version"));
                assertThat(feed.get(0).get("judge_id")).isEqualTo(r.get("judge_id"));
                assertThat(feed.get(0).get("applicant_id")).isEqualTo(r.get("applicant_id"));
                List<String> actions = h.createQuery("SELECT action FROM audit_log WHERE request_id = :id "
                        + "AND kind = 'CASE_FILE_READING' ORDER BY at").bind("id", id).mapTo(String.class).list();
                assertThat(actions.get(0)).isEqualTo(DemoSeeder.ACTION_SUBMIT);
                if (!"PENDING_REVIEW".equals(r.get("status"))) {
                    assertThat(actions).contains(r.get("status").equals("REJECTED") ? DemoSeeder.ACTION_REJECT
                            : DemoSeeder.ACTION_APPROVE);
                    assertThat(h.createQuery("SELECT COUNT(*) FROM notification WHERE request_id = :id").bind("id", id)
                            .mapTo(Long.class).one()).isEqualTo(1);
                }
            }
            long maxSeq = h.createQuery("SELECT last_seq FROM feed_counter WHERE id = 1").mapTo(Long.class).one();
            assertThat(maxSeq).isEqualTo(rows.size());
            return null;
        });
        // materials are real files of their declared type
        with((Handle h) -> {
            for (Map<String, Object> m : h.createQuery("SELECT DISTINCT m.content_type, m.sha256 FROM reading_material m")
                    .mapToMap().list()) {
                byte[] bytes = BlobStore.get(h, (String) m.get("sha256")).orElseThrow().content();
                if ("image/png".equals(m.get("content_type"))) {
                    try {
                        java.nio.file.Files.write(Path.of(System.getProperty("java.io.tmpdir"), "courtdesk-demo-material.png"), bytes);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
                } else {
                    assertThat(m.get("content_type")).isEqualTo("application/pdf");
                    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                }
            }
            return null;
        });
    }

    @Test
    void firstStartCostIsBounded() {
        // Generating the case files is what first start costs (~0.1 s of CPU per digitised case, two threads); the
        // wall time is printed above, not asserted, because this machine is shared with other builds.
        assertThat(summary.digitisedCases()).isBetween(20, 70);
        assertThat(summary.caseDocuments()).isEqualTo(summary.digitisedCases() * 5);
    }

    static LocalDate date(Object o) {
        return o == null ? null : ((java.sql.Date) o).toLocalDate();
    }
}
