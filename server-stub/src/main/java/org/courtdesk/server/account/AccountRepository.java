package org.courtdesk.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.courtdesk.model.account.Role;
import org.jdbi.v3.core.Handle;

/** Reads and updates accounts. Every method works inside the caller's handle (and its transaction). */
public final class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, role, court_code, phone, id_number, "
            + "law_firm, identity_verified";

    private AccountRepository() {}

    public static Optional<Account> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    public static Optional<Account> byUsername(Handle h, String username) {
        return h.createQuery("SELECT " + COLUMNS + " FROM account WHERE username = :u").bind("u", username)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    public static Optional<String> passwordHash(Handle h, long id) {
        return h.createQuery("SELECT password_hash FROM account WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne();
    }

    /** Judges whose queues this clerk works. */
    public static List<Long> judgesServedBy(Handle h, long clerkId) {
        return h.createQuery("SELECT judge_id FROM clerk_assignment WHERE clerk_id = :c ORDER BY judge_id")
                .bind("c", clerkId).mapTo(Long.class).list();
    }

    /** The accounts of one role at one court (e.g. the members of a court's pool of 中心审核员), by id. */
    public static List<Long> inCourt(Handle h, Role role, String courtCode) {
        return h.createQuery("SELECT id FROM account WHERE role = :r AND court_code = :c ORDER BY id")
                .bind("r", role.name()).bind("c", courtCode).mapTo(Long.class).list();
    }

    public static int markVerified(Handle h, String username, Instant at) {
        return h.createUpdate("UPDATE account SET identity_verified = TRUE, verified_at = :at WHERE username = :u")
                .bind("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).bind("u", username).execute();
    }

    /** Creates an account (used by demo seeding and tests). Returns its id. */
    public static long create(Handle h, String username, String passwordHash, String displayName, Role role,
                              String courtCode, String phone, String idNumber, String lawFirm, boolean verified,
                              Instant now) {
        return h.createUpdate("INSERT INTO account (username, password_hash, display_name, role, court_code, phone, "
                        + "id_number, law_firm, identity_verified, verified_at, created_at) VALUES (:u, :p, :d, :r, :c, "
                        + ":phone, :idn, :firm, :v, :va, :now)")
                .bind("u", username).bind("p", passwordHash).bind("d", displayName).bind("r", role.name())
                .bind("c", courtCode).bind("phone", phone).bind("idn", idNumber).bind("firm", lawFirm)
                .bind("v", verified).bind("va", verified ? OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC) : null)
                .bind("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("court_code"), rs.getString("phone"),
                rs.getString("id_number"), rs.getString("law_firm"), rs.getBoolean("identity_verified"));
    }
}
