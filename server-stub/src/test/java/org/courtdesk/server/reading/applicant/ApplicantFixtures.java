package org.courtdesk.server.reading.applicant;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;

/**
 * What the applicant tests need: real PDF / JPEG / PNG bytes (each call different, so every upload is a new blob),
 * forms and multipart bodies, accounts and cases, and a count of everything a submission could store.
 */
final class ApplicantFixtures {

    static final String PATH = "/api/v1/reading-requests";
    static final String COURT = ReadingFixtures.COURT;
    /** A second court whose setting lets a lawyer on record read a case in trial (seed 002, 广州中院). */
    static final String IN_TRIAL_COURT = "粤01";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    final TestServer server;
    final ReadingFixtures fx;
    final TestData data;

    ApplicantFixtures(TestServer server) {
        this.server = server;
        this.fx = new ReadingFixtures(server);
        this.data = fx.data;
        data.courtWithInTrialReading(IN_TRIAL_COURT, "广州市中级人民法院");
    }

    // ------------------------------------------------------------------ files

    /** A small PNG photo, different on every call. */
    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        int n = UNIQUE.incrementAndGet();
        BufferedImage img = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xE2EEF4));
        g.fillRect(0, 0, 64, 40);
        g.setColor(new Color(n * 7919 & 0xFFFFFF));
        g.fillRect(n % 50, (n / 50) % 30, 12, 9);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF with Chinese text, different on every call. */
    static byte[] pdf(String title) {
        return new PlainPdf().title(title, 16f).gap(8f).line("编号 " + UNIQUE.incrementAndGet(), 11f).toBytes();
    }

    static byte[] text() {
        return ("这不是扫描件，只是一段文字 " + UNIQUE.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ forms

    static ReadingApplicationForm form(String caseNumber, ReadingMode mode) {
        return form(COURT, caseNumber, mode);
    }

    static ReadingApplicationForm form(String court, String caseNumber, ReadingMode mode) {
        return new ReadingApplicationForm(court, caseNumber, "全案卷宗", "代理该案执行程序，需要查阅卷宗", mode, true, 1);
    }

    static Part application(Object form) {
        return Part.json("application", form);
    }

    static Part file(MaterialType type, String fileName, String declaredType, byte[] bytes) {
        return Part.file(type.name(), fileName, declaredType, bytes);
    }

    /** The lawyer's four required materials (seed 002): two photos, two PDFs. */
    static List<Part> lawyerMaterials() {
        return List.of(
                file(MaterialType.LAWYER_LICENCE, "律师执业证.png", "image/png", png()),
                file(MaterialType.LAW_FIRM_LETTER, "律所介绍信.pdf", "application/pdf", pdf("律师事务所介绍信")),
                file(MaterialType.POWER_OF_ATTORNEY, "授权委托书.pdf", "application/pdf", pdf("授权委托书")),
                file(MaterialType.PARTY_IDENTITY, "当事人身份证.jpg", "image/jpeg", jpeg()));
    }

    static List<Part> partyMaterials() {
        return List.of(file(MaterialType.ID_CARD, "身份证.png", "image/png", png()));
    }

    static List<Part> body(Object form, List<Part> materials) {
        List<Part> parts = new ArrayList<>();
        parts.add(application(form));
        parts.addAll(materials);
        return parts;
    }

    /** The lawyer's materials with one of them replaced (or dropped when {@code replacement} is null). */
    static List<Part> lawyerMaterialsWith(MaterialType type, Part replacement) {
        List<Part> parts = new ArrayList<>();
        for (Part p : lawyerMaterials()) {
            if (!p.name().equals(type.name())) {
                parts.add(p);
            }
        }
        if (replacement != null) {
            parts.add(replacement);
        }
        return parts;
    }

    // ------------------------------------------------------------------ people and cases

    long judge() {
        return data.judge(ReadingFixtures.unique("judge"), COURT);
    }

    long lawyer() {
        return data.account(ReadingFixtures.unique("lawyer"), Role.LAWYER, null, true);
    }

    long party(boolean verified) {
        return data.account(ReadingFixtures.unique("party"), Role.PARTY, null, verified);
    }

    HttpTestClient login(long accountId) {
        return server.client().login(fx.username(accountId), TestData.PASSWORD);
    }

    record Case(long id, String number) {}

    Case archived(long judgeId, boolean digitised) {
        String number = ReadingFixtures.caseNumber();
        return new Case(data.caseOf(COURT, number, judgeId, CaseStatus.ARCHIVED, digitised), number);
    }

    /** An archived, digitised case with two scanned volumes, so the judge can approve online reading. */
    Case archivedWithVolumes(long judgeId) {
        long id = fx.archivedCase(judgeId, true);
        String number = server.jdbi().withHandle(h -> h.createQuery("SELECT case_number FROM court_case WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        return new Case(id, number);
    }

    Case inTrial(long judgeId) {
        String number = ReadingFixtures.caseNumber();
        return new Case(data.caseOf(COURT, number, judgeId, CaseStatus.IN_TRIAL, false), number);
    }

    /** A judge of {@link #IN_TRIAL_COURT}. */
    long judgeOfInTrialCourt() {
        return data.judge(ReadingFixtures.unique("judge"), IN_TRIAL_COURT);
    }

    /** A case still in trial at {@link #IN_TRIAL_COURT}, the court letting a lawyer on record read it. */
    Case inTrialAtInTrialCourt(long judgeId, boolean digitised) {
        String number = ReadingFixtures.caseNumber().replace(COURT, IN_TRIAL_COURT);
        return new Case(data.caseOf(IN_TRIAL_COURT, number, judgeId, CaseStatus.IN_TRIAL, digitised), number);
    }

    /** Makes the account the plaintiff (原告) of the case in their own name. */
    long plaintiff(Case c, long accountId) {
        return data.party(c.id(), "PLAINTIFF", "用户" + fx.username(accountId), accountId);
    }

    /** Binds the lawyer as agent of a (new) defendant of the case. */
    void bind(Case c, long lawyerId) {
        long party = data.party(c.id(), "DEFENDANT", "广州某某贸易有限公司", null);
        data.bind(c.id(), party, lawyerId);
    }

    // ------------------------------------------------------------------ what is stored

    /** Everything a submission writes; a refusal must leave all of it unchanged. */
    record Counts(long requests, long materials, long blobs, long changes, long audit, long feedSeq) {}

    Counts counts() {
        return server.jdbi().withHandle(h -> new Counts(
                count(h, "SELECT COUNT(*) FROM reading_request"),
                count(h, "SELECT COUNT(*) FROM reading_material"),
                count(h, "SELECT COUNT(*) FROM blob"),
                count(h, "SELECT COUNT(*) FROM change_log"),
                count(h, "SELECT COUNT(*) FROM audit_log"),
                count(h, "SELECT last_seq FROM feed_counter WHERE id = 1")));
    }

    private static long count(org.jdbi.v3.core.Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }
}
