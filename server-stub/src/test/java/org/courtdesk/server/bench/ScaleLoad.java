package org.courtdesk.server.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Stores a million 阅卷申请 (and their cases and feed entries) fast enough for {@link ScaleBench}: the same rows as
 * {@code ChangesFeedBench.Court.bulk} (pending, version = feed seq, a quiet tail without the first judge), but
 * written as a bulk load, not through the demo's or the server's path: PostgreSQL takes each table in chunks of
 * {@value #CHUNK} rows through {@code COPY … FROM STDIN}; embedded H2 takes JDBC batches of {@value #BATCH},
 * committed every {@value #CHUNK} rows (one transaction of a million rows makes H2 keep its whole undo log). The
 * feed entries are copied from the requests by {@code INSERT … SELECT}, in id ranges of {@value #CHUNK}. Foreign
 * keys are not checked row by row while loading (the rows are consistent by construction).
 */
final class ScaleLoad {

    static final int JUDGES = 4;
    static final int REQUESTS_PER_CASE = 4;
    static final int QUIET_TAIL_PERCENT = 10;
    static final int BATCH = 1_000;
    static final int CHUNK = 50_000;

    private static final String CASE_TITLE = "张某诉李某民间借贷纠纷";
    private static final String CASE_CAUSE = "民间借贷纠纷";
    private static final String CONTENT = "全案卷宗";
    private static final String REASON = "代理案件需要查阅卷宗";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final OffsetDateTime AT = OffsetDateTime.ofInstant(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);

    private ScaleLoad() {}

    /** Loads {@code requests} requests for {@code judges} (4) from {@code lawyers}; returns how many went to the first. */
    static int load(Jdbi jdbi, int requests, List<Long> judges, List<Long> lawyers) throws SQLException {
        return load(jdbi, requests, judges, lawyers, "（2025）粤0106民初");
    }

    /** As {@link #load(Jdbi, int, List, List)}, the case numbers starting with {@code casePrefix} (apart from a demo court's). */
    static int load(Jdbi jdbi, int requests, List<Long> judges, List<Long> lawyers, String casePrefix) throws SQLException {
        if (judges.size() != JUDGES) {
            throw new IllegalArgumentException("expected " + JUDGES + " judges");
        }
        return jdbi.withHandle(h -> {
            Connection c = h.getConnection();
            boolean postgresql = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
            // The rows are consistent by construction: no foreign-key check per row while they load (PostgreSQL's
            // are triggers, off for a session in the replica role; H2 has a switch), back on before anything else.
            try (Statement st = c.createStatement()) {
                st.execute(postgresql ? "SET session_replication_role = replica" : "SET REFERENTIAL_INTEGRITY FALSE");
            }
            c.setAutoCommit(false);
            try {
                return load(c, postgresql, requests, judges, lawyers, casePrefix);
            } finally {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute(postgresql ? "SET session_replication_role = DEFAULT" : "SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
        });
    }

    private static int load(Connection c, boolean pg, int requests, List<Long> judges, List<Long> lawyers,
                            String casePrefix) throws SQLException {
        CopyManager copy = pg ? c.unwrap(PGConnection.class).getCopyAPI() : null;
        long t0 = System.nanoTime();
        int casesPerJudge = requests / (JUDGES - 1) / REQUESTS_PER_CASE + 1; // the busiest judge's share, rounded up
        int serial = 0;
        if (pg) {
            StringBuilder sb = new StringBuilder();
            int rows = 0;
            for (long judge : judges) {
                for (int k = 0; k < casesPerJudge; k++) {
                    sb.append(casePrefix).append(++serial).append("号\t").append(ReadingFixtures.COURT).append('\t')
                            .append(CASE_TITLE).append('\t').append(CASE_CAUSE).append("\tARCHIVED\tt\t").append(judge)
                            .append("\t2023-03-01\t2024-01-10\n");
                    if (++rows == CHUNK) {
                        copyIn(copy, c, "court_case (case_number, court_code, title, cause, status, digitised, judge_id, "
                                + "filed_on, archived_on)", sb);
                        rows = 0;
                    }
                }
            }
            copyIn(copy, c, "court_case (case_number, court_code, title, cause, status, digitised, judge_id, filed_on, "
                    + "archived_on)", sb);
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO court_case (case_number, court_code, title, "
                    + "cause, status, digitised, judge_id, filed_on, archived_on) VALUES (?, ?, ?, ?, 'ARCHIVED', TRUE, ?, "
                    + "DATE '2023-03-01', DATE '2024-01-10')")) {
                int rows = 0;
                for (long judge : judges) {
                    for (int k = 0; k < casesPerJudge; k++) {
                        ps.setString(1, casePrefix + (++serial) + "号");
                        ps.setString(2, ReadingFixtures.COURT);
                        ps.setString(3, CASE_TITLE);
                        ps.setString(4, CASE_CAUSE);
                        ps.setLong(5, judge);
                        ps.addBatch();
                        rows++;
                        if (rows % BATCH == 0) {
                            ps.executeBatch();
                        }
                        if (rows % CHUNK == 0) {
                            c.commit();
                        }
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        Map<Long, List<Long>> casesOf = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, judge_id FROM court_case WHERE case_number LIKE ? ORDER BY id")) {
            st.setString(1, casePrefix + "%");
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                casesOf.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
            }
        }
        c.commit();
        System.out.printf("ScaleLoad: %,d cases in %.1f s%n", serial, (System.nanoTime() - t0) / 1e9);

        long base = one(c, "SELECT last_seq FROM feed_counter WHERE id = 1 FOR UPDATE");
        long firstId = one(c, "SELECT last_id FROM request_id_counter WHERE id = 1 FOR UPDATE") + 1;
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE request_id_counter SET last_id = " + (firstId - 1 + requests) + " WHERE id = 1");
            st.executeUpdate("UPDATE feed_counter SET last_seq = " + (base + requests) + " WHERE id = 1");
        }
        c.commit(); // the counters first: the rows below are numbered from them

        int quietFrom = requests - requests * QUIET_TAIL_PERCENT / 100;
        int[] made = new int[JUDGES];
        String at = AT.toString();
        long t1 = System.nanoTime();
        if (pg) {
            StringBuilder head = new StringBuilder();
            StringBuilder detail = new StringBuilder();
            for (int i = 0; i < requests; i++) {
                int j = i < quietFrom ? i % JUDGES : 1 + i % (JUDGES - 1);
                long judge = judges.get(j);
                long caseId = casesOf.get(judge).get(made[j]++ / REQUESTS_PER_CASE);
                long id = firstId + i;
                head.append(id).append("\tCASE_FILE_READING\t").append(String.format("YJB%013d", i)).append('\t')
                        .append(caseId).append('\t').append(ReadingFixtures.COURT).append('\t').append(judge).append('\t')
                        .append(lawyers.get(i % lawyers.size())).append('\t').append(at).append("\tPENDING_REVIEW\t")
                        .append(base + i + 1).append('\n');
                detail.append(id).append('\t').append(DAY).append('\t').append(CONTENT).append('\t').append(REASON)
                        .append('\t').append(mode(i)).append('\n');
                if ((i + 1) % CHUNK == 0) {
                    copyRequests(copy, c, head, detail);
                }
            }
            copyRequests(copy, c, head, detail);
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO request (id, kind, application_no, case_id, "
                    + "court_code, judge_id, applicant_id, submitted_at, status, version) "
                    + "VALUES (?, 'CASE_FILE_READING', ?, ?, ?, ?, ?, ?, 'PENDING_REVIEW', ?)");
                 PreparedStatement ds = c.prepareStatement("INSERT INTO reading_request (id, application_date, content, "
                         + "reason, requested_mode) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < requests; i++) {
                    int j = i < quietFrom ? i % JUDGES : 1 + i % (JUDGES - 1);
                    long judge = judges.get(j);
                    long caseId = casesOf.get(judge).get(made[j]++ / REQUESTS_PER_CASE);
                    long id = firstId + i;
                    ps.setLong(1, id);
                    ps.setString(2, String.format("YJB%013d", i));
                    ps.setLong(3, caseId);
                    ps.setString(4, ReadingFixtures.COURT);
                    ps.setLong(5, judge);
                    ps.setLong(6, lawyers.get(i % lawyers.size()));
                    ps.setObject(7, AT);
                    ps.setLong(8, base + i + 1);
                    ps.addBatch();
                    ds.setLong(1, id);
                    ds.setObject(2, DAY);
                    ds.setString(3, CONTENT);
                    ds.setString(4, REASON);
                    ds.setString(5, mode(i));
                    ds.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        ps.executeBatch();
                        ds.executeBatch();
                    }
                    if ((i + 1) % CHUNK == 0) {
                        c.commit();
                    }
                }
                ps.executeBatch();
                ds.executeBatch();
                c.commit();
            }
        }
        System.out.printf("ScaleLoad: %,d requests in %.1f s%n", requests, (System.nanoTime() - t1) / 1e9);

        long t2 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (seq, kind, request_id, judge_id, "
                + "applicant_id, op, at) SELECT version, 'CASE_FILE_READING', id, judge_id, applicant_id, 'UPSERT', "
                + "submitted_at FROM request WHERE id >= ? AND id < ?")) {
            for (long from = firstId; from < firstId + requests; from += CHUNK) {
                ps.setLong(1, from);
                ps.setLong(2, Math.min(from + CHUNK, firstId + requests));
                ps.executeUpdate();
                c.commit();
            }
        }
        System.out.printf("ScaleLoad: %,d feed entries in %.1f s%n", requests, (System.nanoTime() - t2) / 1e9);
        return made[0];
    }

    private static String mode(int i) {
        return (i % 3 == 0 ? ReadingMode.ON_SITE : ReadingMode.ONLINE).name();
    }

    private static void copyRequests(CopyManager copy, Connection c, StringBuilder head, StringBuilder detail)
            throws SQLException {
        copyIn(copy, c, "request (id, kind, application_no, case_id, court_code, judge_id, applicant_id, submitted_at, "
                + "status, version)", head);
        copyIn(copy, c, "reading_request (id, application_date, content, reason, requested_mode)", detail);
    }

    /** COPY the rows in {@code sb} (tab-separated text) into {@code table (columns)}, commit, and empty {@code sb}. */
    private static void copyIn(CopyManager copy, Connection c, String tableAndColumns, StringBuilder sb)
            throws SQLException {
        if (sb.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(sb.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + tableAndColumns + " failed", e);
        }
        c.commit();
        sb.setLength(0);
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
