package org.courtdesk.server.filing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.filing.FilingForm;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.filing.PartyType;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/** People and forms for 网上立案 tests on one server: court 粤0106 with its staff; court 粤0105 with its reviewer. */
public final class FilingFixtures {

    public static final String COURT = ReadingFixtures.COURT;
    public static final String OTHER_COURT = "粤0105";
    public static final byte[] PDF = new PlainPdf().title("起诉状", 16f).toBytes();

    public final TestServer server;
    public final TestData data;

    public FilingFixtures(TestServer server) {
        this.server = server;
        this.data = new ReadingFixtures(server).data;
        boolean other = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM court WHERE code = :c")
                .bind("c", OTHER_COURT).mapTo(Integer.class).one() > 0);
        if (!other) {
            data.court(OTHER_COURT, "广州市海珠区人民法院");
        }
    }

    /** A new account of {@code role}; its logged-in client. */
    public HttpTestClient login(long accountId) {
        String username = server.jdbi().withHandle(h -> h.createQuery("SELECT username FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).one());
        return server.client().login(username, TestData.PASSWORD);
    }

    public long account(String prefix, Role role, String court, boolean verified) {
        return data.account(ReadingFixtures.unique(prefix), role, court, verified);
    }

    public static FilingForm form(String court) {
        return new FilingForm(court, List.of(
                new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, "张三", "440106198001011234", "广州市天河区体育西路1号",
                        "13800001111", null),
                new FilingParty(PartyRole.DEFENDANT, PartyType.ORGANISATION, "广州某某贸易有限公司", "91440101MA5XXXXX1X",
                        "广州市越秀区中山五路2号", "02088886666", "李四")),
                "买卖合同纠纷", "1. 判令被告支付货款 120000 元；2. 本案诉讼费由被告承担。",
                "原告与被告于 2025 年签订买卖合同，原告依约交货，被告至今未付货款。", new BigDecimal("120000"));
    }

    /** The multipart body of a filing: the form and one file per required material of {@code role}. */
    public static List<Part> parts(FilingForm form, Role role) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("filing", form));
        for (FilingMaterialType t : FilingRules.requiredMaterials(role)) {
            parts.add(Part.file(t.name(), t.label() + ".pdf", "application/pdf", PDF));
        }
        return parts;
    }

    public static Response submit(HttpTestClient client, List<Part> parts, UUID key) {
        return client.multipart("/api/v1/filings", parts, "Idempotency-Key", key.toString());
    }

    public static Response submit(HttpTestClient client, Role role) {
        return submit(client, parts(form(COURT), role), UUID.randomUUID());
    }

    public long version(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    public String status(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    /** The recorded notices of a filing (masked texts, oldest first). */
    public List<String> notices(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT text FROM notification WHERE request_id = :id ORDER BY id")
                .bind("id", id).mapTo(String.class).list());
    }

    public long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
