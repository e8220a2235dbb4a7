package org.courtdesk.server.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingForm;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/** People, cases and forms for 案件绑定 tests: court 粤0106 with a judge, the clerk serving them and another judge. */
public final class BindingFixtures {

    public static final String COURT = "粤0106";
    public static final String COURT_NAME = "广州市天河区人民法院";
    public static final byte[] PDF = new PlainPdf().title("授权委托书", 16f).toBytes();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final TestServer server;
    public final TestData data;

    /** A case of the fixture's judge with its two parties. */
    public record Case(long id, String number, long plaintiffId, long defendantId) {}

    public BindingFixtures(TestServer server) {
        this.server = server;
        this.data = new TestData(server.jdbi());
        boolean known = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM court WHERE code = :c")
                .bind("c", COURT).mapTo(Integer.class).one() > 0);
        if (!known) {
            data.court(COURT, COURT_NAME);
        }
    }

    public static String unique(String prefix) {
        return prefix + ".b" + COUNTER.incrementAndGet();
    }

    public long lawyer(boolean verified) {
        return data.account(unique("lawyer"), Role.LAWYER, null, verified);
    }

    /** A case in trial of {@code judgeId} at {@code court}: 原告 张三, 被告 广州某某贸易有限公司. */
    public Case inTrial(String court, long judgeId) {
        String number = "（2026）" + court + "民初" + (500 + COUNTER.incrementAndGet()) + "号";
        long id = data.caseOf(court, number, judgeId, CaseStatus.IN_TRIAL, true);
        long plaintiff = data.party(id, "PLAINTIFF", "张三", null);
        long defendant = data.party(id, "DEFENDANT", "广州某某贸易有限公司", null);
        return new Case(id, number, plaintiff, defendant);
    }

    public HttpTestClient login(long accountId) {
        String username = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).one());
        return server.client().login(username, TestData.PASSWORD);
    }

    public static BindingForm form(String court, String caseNumber) {
        return new BindingForm(court, caseNumber, BindingPartyRole.DEFENDANT, "广州某某贸易有限公司", "14401201810123456",
                "广东正义律师事务所", BindingAuthority.SPECIAL);
    }

    /** The multipart body: the form and both papers (or only those given). */
    public static List<Part> parts(BindingForm form, BindingMaterialType... types) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("binding", form));
        for (BindingMaterialType t : types.length == 0 ? BindingMaterialType.values() : types) {
            parts.add(Part.file(t.name(), t.label() + ".pdf", "application/pdf", PDF));
        }
        return parts;
    }

    public static Response submit(HttpTestClient client, List<Part> parts) {
        return client.multipart("/api/v1/bindings", parts, "Idempotency-Key", UUID.randomUUID().toString());
    }

    public long version(long id) {
        return count("SELECT version FROM request WHERE id = " + id);
    }

    public String status(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    /** The recorded notices to one account (masked texts, oldest first). */
    public List<String> noticesTo(long accountId) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT text FROM notification WHERE account_id = :a ORDER BY id")
                .bind("a", accountId).mapTo(String.class).list());
    }

    public long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** Rows a refused submission must not have added to. */
    public record Counts(long requests, long bindings, long materials, long agents, long notices, long changes) {}

    public Counts counts() {
        return new Counts(count("SELECT COUNT(*) FROM request"), count("SELECT COUNT(*) FROM binding_request"),
                count("SELECT COUNT(*) FROM binding_material"), count("SELECT COUNT(*) FROM case_agent"),
                count("SELECT COUNT(*) FROM notification"), count("SELECT COUNT(*) FROM change_log"));
    }
}
