package org.courtdesk.server.support;

import java.time.Instant;
import java.time.LocalDate;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.account.AccountRepository;
import org.courtdesk.server.auth.PasswordHasher;
import org.jdbi.v3.core.Jdbi;

/** Builds courts, accounts and cases straight into a test server's database. All passwords: {@link #PASSWORD}. */
public final class TestData {

    public static final String PASSWORD = "secret-pass-1";
    private static final String HASH = PasswordHasher.hash(PASSWORD);

    private final Jdbi jdbi;

    public TestData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public TestData court(String code, String name) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO court (code, name, city, court_level, reading_room_notice) "
                        + "VALUES (:c, :n, '广州市', :l, '广州市白云区应潭路66号 档案阅卷室')")
                .bind("c", code).bind("n", name)
                .bind("l", code.length() == 1 ? "HIGH" : code.length() == 3 ? "INTERMEDIATE" : "BASIC").execute());
        return this;
    }

    /**
     * A court whose setting lets a lawyer on record read a case still in trial (seed 002, 广州); {@link #court} keeps
     * the default, archived cases only.
     */
    public TestData courtWithInTrialReading(String code, String name) {
        court(code, name);
        jdbi.useHandle(h -> h.createUpdate("UPDATE court SET agents_read_in_trial = TRUE WHERE code = :c")
                .bind("c", code).execute());
        return this;
    }

    public long account(String username, Role role, String courtCode, boolean verified) {
        return jdbi.withHandle(h -> AccountRepository.create(h, username, HASH, "用户" + username, role, courtCode,
                "1380000" + String.format("%04d", Math.abs(username.hashCode()) % 10000), "440100199001010000",
                role == Role.LAWYER ? "广东某某律师事务所" : null, verified, Instant.now()));
    }

    public long judge(String username, String courtCode) {
        return account(username, Role.JUDGE, courtCode, true);
    }

    public long clerk(String username, String courtCode, long judgeId) {
        long id = account(username, Role.CLERK, courtCode, true);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO clerk_assignment (clerk_id, judge_id) VALUES (:c, :j)")
                .bind("c", id).bind("j", judgeId).execute());
        return id;
    }

    public long caseOf(String courtCode, String caseNumber, long judgeId, CaseStatus status, boolean digitised) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO court_case (case_number, court_code, title, cause, status, "
                        + "digitised, judge_id, filed_on, archived_on) VALUES (:n, :c, :t, '民间借贷纠纷', :s, :d, :j, :f, :a)")
                .bind("n", caseNumber).bind("c", courtCode).bind("t", "张某诉李某民间借贷纠纷").bind("s", status.name())
                .bind("d", digitised).bind("j", judgeId).bind("f", LocalDate.of(2023, 3, 1))
                .bind("a", status == CaseStatus.ARCHIVED ? LocalDate.of(2024, 1, 10) : null)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Adds a party (原告 PLAINTIFF / 被告 DEFENDANT / 第三人 THIRD_PARTY); accountId may be null. */
    public long party(long caseId, String partyRole, String name, Long accountId) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO case_party (case_id, party_role, name, account_id) "
                        + "VALUES (:c, :r, :n, :a)")
                .bind("c", caseId).bind("r", partyRole).bind("n", name).bind("a", accountId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Binds a lawyer as agent (代理人) of a party. */
    public void bind(long caseId, long partyId, long lawyerId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO case_agent (case_id, party_id, lawyer_id, bound_at) "
                        + "VALUES (:c, :p, :l, CURRENT_TIMESTAMP)")
                .bind("c", caseId).bind("p", partyId).bind("l", lawyerId).execute());
    }
}
