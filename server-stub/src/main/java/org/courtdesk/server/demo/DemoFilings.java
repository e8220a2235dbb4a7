package org.courtdesk.server.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingForm;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.filing.PartyType;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.filing.FilingAudit;
import org.courtdesk.server.filing.FilingNotices;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.filing.trial.LocalCaseRegister;
import org.courtdesk.server.filing.trial.TrialSystem;
import org.courtdesk.server.notify.RecordingNotifier;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo court's 网上立案: {@value #COUNT} filings at 天河区人民法院 (粤0106) over all four statuses, written through the
 * filing kind's own storage ({@link FilingRepository}), its SMS texts ({@link FilingNotices}) and its case register
 * ({@link LocalCaseRegister}), with the history each step leaves (audit, 留言, notices). Several are overdue (8–12 days
 * in 收), some in the warning days, two back in 收 after a 补正; 留言 threads run both ways. judge.chen is 承办法官 of
 * most of them; reviewer.zhao (centre reviewer of 粤0106) sees them all.
 */
final class DemoFilings {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoFilings.class);
    static final int COUNT = 40;
    static final String COURT = DemoAccounts.COURT_TIANHE;
    private static final ZoneId ZONE = ServerConfig.CHINA;
    private static final long RANDOM_SEED = 20261207L;

    /** What happened to a filing, in the order of the plan. */
    private enum Plan { RECEIVED, REVIEWING, RESUBMITTED, CONFORMS, SUPPLEMENT, NOT_ACCEPTED, FILED }

    private record Person(long id, String name, Role role, String phone, String idNumber, String lawFirm) {}

    private record Cause(String name, String claims, String facts) {}

    private static final Cause[] CAUSES = {
            new Cause("民间借贷纠纷", "1. 判令被告偿还借款本金 %s 元及逾期利息（按一年期贷款市场报价利率自起诉之日起计至实际清偿之日止）；2. 本案诉讼费由被告承担。",
                    "被告于 2025 年向原告借款 %s 元并出具借条，约定半年内归还。借款到期后经原告多次催讨，被告至今未还。"),
            new Cause("买卖合同纠纷", "1. 判令被告支付货款 %s 元及逾期付款损失；2. 本案诉讼费由被告承担。",
                    "原、被告于 2025 年签订《购销合同》，原告依约交付货物，被告签收后仅支付部分货款，尚欠 %s 元未付。"),
            new Cause("房屋租赁合同纠纷", "1. 判令被告支付拖欠租金 %s 元；2. 判令被告腾退租赁房屋；3. 本案诉讼费由被告承担。",
                    "被告承租原告位于天河区的房屋，自 2025 年 6 月起未按约支付租金，累计拖欠 %s 元，经催告仍未支付。"),
            new Cause("劳动争议", "1. 判令被告支付拖欠工资及经济补偿金共计 %s 元；2. 本案诉讼费由被告承担。",
                    "原告自 2022 年起在被告处工作，被告于 2025 年无故解除劳动合同，拖欠工资及经济补偿金 %s 元。劳动仲裁裁决后被告仍未支付。"),
            new Cause("机动车交通事故责任纠纷", "1. 判令被告赔偿医疗费、误工费、护理费等各项损失共计 %s 元；2. 本案诉讼费由被告承担。",
                    "2025 年 9 月，被告驾驶的小型轿车在天河路与原告驾驶的电动车相撞，交警认定被告负全部责任。原告受伤住院，损失共计 %s 元。"),
            new Cause("物业服务合同纠纷", "1. 判令被告支付物业服务费 %s 元及违约金；2. 本案诉讼费由被告承担。",
                    "原告为被告所在小区提供物业服务，被告自 2023 年起拒交物业服务费，累计欠费 %s 元。"),
            new Cause("装饰装修合同纠纷", "1. 判令被告返还装修款 %s 元并赔偿损失；2. 本案诉讼费由被告承担。",
                    "原告委托被告装修住宅并预付装修款，被告施工质量不合格且逾期停工，经协商未果，应返还装修款 %s 元。"),
            new Cause("服务合同纠纷", "1. 判令被告退还服务费 %s 元；2. 本案诉讼费由被告承担。",
                    "原告于 2025 年与被告签订培训服务合同并支付服务费 %s 元，被告未按约提供服务，亦拒绝退费。")};

    private static final String[] SUPPLEMENT_ITEMS = {
            "起诉状中被告的住所地不明确，请补充被告的准确住所地或经常居住地",
            "请补充提交借条（或合同）原件的清晰扫描件",
            "请补充被告的身份信息（身份证号码或统一社会信用代码）",
            "请写明诉讼请求金额的具体计算方式及依据",
            "证据材料第 3 页至第 5 页不清晰，请重新扫描上传"};
    private static final String[] REFUSALS = {
            "双方签订的合同约定了仲裁条款，应向广州仲裁委员会申请仲裁，本院不予受理。",
            "被告住所地及合同履行地均不在本院辖区，本院无管辖权，请向有管辖权的人民法院起诉。",
            "本案纠纷已由广州市海珠区人民法院受理，属于重复起诉。",
            "原告与本案无直接利害关系，不符合《中华人民共和国民事诉讼法》第一百二十二条规定的起诉条件。"};
    private static final String[] COURT_MESSAGES = {
            "您提交的证据材料部分页面不清晰，如有原件请一并扫描上传。",
            "请核实被告的联系电话是否准确，便于送达。",
            "您的立案申请已进入审查，审查结果将以短信通知。",
            "补正材料请于补正期限内提交，如有疑问可致电立案庭 020-38888000。"};
    private static final String[] APPLICANT_MESSAGES = {
            "已重新扫描上传，请查收。", "被告电话已核实无误，谢谢。", "请问大概什么时候能有审查结果？", "好的，收到，谢谢法官。"};

    private final Handle h;
    private final Instant now;
    private final Random random = new Random(RANDOM_SEED);
    private final List<Person> judges = new ArrayList<>();
    private final Person reviewer;
    private final List<Person> applicants = new ArrayList<>();
    private final String courtName;
    private final TrialSystem register = new LocalCaseRegister();
    private final Map<Long, byte[]> identityCards = new HashMap<>();

    private DemoFilings(Handle h, Clock clock) {
        this.h = h;
        this.now = clock.instant();
        this.courtName = h.createQuery("SELECT name FROM court WHERE code = :c").bind("c", COURT).mapTo(String.class).one();
        judges.add(person("username = '" + DemoAccounts.JUDGE_CHEN + "'").get(0));
        judges.addAll(person("role = 'JUDGE' AND court_code = '" + COURT + "' AND username <> '" + DemoAccounts.JUDGE_CHEN
                + "' ORDER BY id"));
        reviewer = person("username = '" + DemoAccounts.REVIEWER_ZHAO + "'").get(0);
        applicants.addAll(person("role IN ('LAWYER', 'PARTY') AND identity_verified AND phone IS NOT NULL "
                + "AND id_number IS NOT NULL AND (role = 'PARTY' OR law_firm IS NOT NULL) ORDER BY id"));
    }

    /**
     * Whether this is a demo database (reviewer.zhao exists) whose court has no 网上立案 yet. A court's real database
     * has no demo accounts, so it never gets demo filings.
     */
    static boolean missing(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", DemoAccounts.REVIEWER_ZHAO).mapTo(Integer.class).one() > 0
                && h.createQuery("SELECT COUNT(*) FROM request WHERE kind = 'ONLINE_FILING' AND court_code = :c")
                .bind("c", COURT).mapTo(Integer.class).one() == 0);
    }

    /** Seeds the filings into a demo database that has its courts and accounts; returns how many. */
    static int seed(Jdbi jdbi, Clock clock) {
        int n = jdbi.inTransaction(h -> new DemoFilings(h, clock).writeAll());
        LOG.info("demo 网上立案 seeded: {} filings at {}", n, COURT);
        return n;
    }

    private List<Person> person(String where) {
        return h.createQuery("SELECT id, display_name, role, phone, id_number, law_firm FROM account WHERE " + where)
                .map((rs, c) -> new Person(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    // ------------------------------------------------------------------ the plan

    private int writeAll() {
        List<Plan> plans = new ArrayList<>();
        // 收: six overdue, three in the warning days, eight fresh; three under review; two back after a 补正
        int[] receivedDays = {12, 11, 10, 9, 8, 8, 7, 6, 5, 4, 3, 2, 2, 1, 1, 0, 0};
        for (int i = 0; i < receivedDays.length; i++) {
            plans.add(Plan.RECEIVED);
        }
        int[] reviewingDays = {6, 3, 2};
        plans.addAll(List.of(Plan.REVIEWING, Plan.REVIEWING, Plan.REVIEWING, Plan.RESUBMITTED, Plan.RESUBMITTED));
        for (int i = 0; i < 6; i++) {
            plans.add(Plan.CONFORMS);
        }
        plans.addAll(List.of(Plan.SUPPLEMENT, Plan.SUPPLEMENT, Plan.SUPPLEMENT, Plan.NOT_ACCEPTED, Plan.NOT_ACCEPTED,
                Plan.NOT_ACCEPTED));
        while (plans.size() < COUNT) {
            plans.add(Plan.FILED);
        }
        int received = 0;
        int reviewing = 0;
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            double daysAgo = switch (plan) {
                case RECEIVED -> receivedDays[received++] + 0.1 + random.nextDouble() * 0.3;
                case REVIEWING -> reviewingDays[reviewing++] + 0.2;
                case RESUBMITTED -> 12 + random.nextInt(4);
                case CONFORMS -> 2 + random.nextInt(5);
                case SUPPLEMENT, NOT_ACCEPTED -> 6 + random.nextInt(20);
                case FILED -> 10 + random.nextInt(40);
            };
            // judge.chen is 承办法官 of three in five; the court's other judges share the rest
            Person judge = i % 5 < 3 ? judges.get(0) : judges.get(1 + i % Math.max(1, judges.size() - 1));
            Person applicant = applicants.get(random.nextInt(applicants.size()));
            write(plan, Instant.ofEpochMilli(now.toEpochMilli() - (long) (daysAgo * 86_400_000L)), judge, applicant, i);
        }
        return plans.size();
    }

    private void write(Plan plan, Instant submitted, Person judge, Person applicant, int index) {
        Cause cause = CAUSES[random.nextInt(CAUSES.length)];
        BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(400) * 1_000L).setScale(2);
        FilingForm form = form(applicant, cause, amount);
        ChangeLog.lock(h);
        long id = FilingRepository.insert(h, form, judge.id(), applicant.id(), submitted,
                LocalDate.ofInstant(submitted, ZONE), null).id();
        String serialNo = h.createQuery("SELECT application_no FROM request WHERE id = :id").bind("id", id)
                .mapTo(String.class).one();
        Map<FilingMaterialType, byte[]> materials = materials(applicant, form, cause);
        for (Map.Entry<FilingMaterialType, byte[]> m : materials.entrySet()) {
            boolean png = m.getValue()[0] == (byte) 0x89;
            FilingRepository.attachMaterial(h, id, m.getKey(), m.getKey().label().replaceAll("（.*）", "") + (png ? ".png" : ".pdf"),
                    png ? "image/png" : "application/pdf", m.getValue(), submitted);
        }
        AuditLog.recordAt(h, FilingRepository.KIND, id, applicant.id(), applicant.name(), FilingAudit.SUBMIT,
                "提交网上立案申请：" + names(form, PartyRole.PLAINTIFF) + "诉" + names(form, PartyRole.DEFENDANT) + "，案由："
                        + cause.name() + "，标的额：" + amount.toPlainString() + " 元，材料" + materials.size() + "份", submitted);
        Person actor = index % 2 == 0 ? reviewer : judge;
        Instant t = submitted.plus(Duration.ofHours(20 + random.nextInt(30)));
        if (index % 4 == 1 || plan == Plan.RESUBMITTED) {
            t = thread(id, serialNo, applicant, actor, submitted.plus(Duration.ofHours(3)), plan == Plan.RESUBMITTED ? 3 : 2);
        }
        switch (plan) {
            case RECEIVED -> { }
            case REVIEWING -> opinion(id, actor, "起诉材料基本齐全，正在核实被告身份信息及管辖。", t);
            case RESUBMITTED -> {
                LocalDate deadline = LocalDate.ofInstant(t, ZONE).plusDays(10);
                returnForSupplement(id, serialNo, applicant, actor, t, deadline);
                Instant back = t.plus(Duration.ofDays(2 + random.nextInt(3)));
                FilingRepository.attachMaterial(h, id, FilingMaterialType.EVIDENCE, "补正证据.pdf", "application/pdf",
                        DemoFileCache.pdf(new PlainPdf().title("补正材料", 16f).line("已按补正通知补充提交相关材料。", 12f)), back);
                FilingRepository.supplemented(h, id, back);
                Requests.moveTo(h, id, RequestStatus.FILING_RECEIVED);
                AuditLog.recordAt(h, FilingRepository.KIND, id, applicant.id(), applicant.name(), FilingAudit.SUPPLEMENT,
                        "补正材料1份，补正说明：已按通知补充；审查期限自补正之日起重新计算", back);
            }
            case CONFORMS -> conforms(id, serialNo, applicant, actor, t);
            case SUPPLEMENT -> returnForSupplement(id, serialNo, applicant, actor, t,
                    // one 补正期限 already passed: the applicant has to file anew
                    LocalDate.ofInstant(t, ZONE).plusDays(index % 3 == 0 ? 3 : 15));
            case NOT_ACCEPTED -> {
                String reasons = REFUSALS[random.nextInt(REFUSALS.length)];
                opinion(id, actor, reasons, t);
                Instant at = t.plus(Duration.ofMinutes(10));
                FilingRepository.conclude(h, id, actor.id(), FilingConclusion.RETURNED, ReturnKind.NOT_ACCEPTED, null, null,
                        reasons, at);
                Requests.moveTo(h, id, RequestStatus.FILING_RETURNED);
                AuditLog.recordAt(h, FilingRepository.KIND, id, actor.id(), actor.name(), FilingAudit.NOT_ACCEPTED,
                        "不予受理理由：" + reasons, at);
                sms(applicant, FilingNotices.notAccepted(serialNo, courtName, reasons), id, at);
            }
            case FILED -> {
                conforms(id, serialNo, applicant, actor, t);
                Instant at = t.plus(Duration.ofHours(4 + random.nextInt(40)));
                String title = names(form, PartyRole.PLAINTIFF) + "诉" + names(form, PartyRole.DEFENDANT) + cause.name();
                CaseNumber number = register.register(h, new TrialSystem.Registration(id, serialNo, COURT,
                        LocalDate.ofInstant(at, ZONE), title, cause.name(), judge.id(), actor.id()));
                FilingRepository.filed(h, id, number.toString(), at);
                Requests.moveTo(h, id, RequestStatus.FILING_FILED);
                AuditLog.recordAt(h, FilingRepository.KIND, id, actor.id(), actor.name(), FilingAudit.INTAKE,
                        "已提交审判系统立案，案号：" + number, at);
                sms(applicant, FilingNotices.filed(serialNo, courtName, number.toString()), id, at);
            }
        }
        long seq = ChangeLog.record(h, FilingRepository.KIND, id, judge.id(), org.courtdesk.server.request.Pools.centreReviewers(COURT),
                applicant.id(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
    }

    // ------------------------------------------------------------------ the steps

    private void opinion(long id, Person actor, String text, Instant at) {
        FilingRepository.saveOpinion(h, id, actor.id(), text, at);
        AuditLog.recordAt(h, FilingRepository.KIND, id, actor.id(), actor.name(), FilingAudit.OPINION, "审查意见及理由：" + text, at);
    }

    private void conforms(long id, String serialNo, Person applicant, Person actor, Instant t) {
        opinion(id, actor, "起诉状记载事项齐全，被告明确，有具体的诉讼请求和事实、理由，属于本院管辖，符合立案条件。", t);
        Instant at = t.plus(Duration.ofMinutes(5));
        FilingRepository.conclude(h, id, actor.id(), FilingConclusion.CONFORMS, null, null, null, null, at);
        Requests.moveTo(h, id, RequestStatus.FILING_CONFORMS);
        AuditLog.recordAt(h, FilingRepository.KIND, id, actor.id(), actor.name(), FilingAudit.CONFORMS, "符合立案条件", at);
        sms(applicant, FilingNotices.conforms(serialNo, courtName), id, at);
    }

    private void returnForSupplement(long id, String serialNo, Person applicant, Person actor, Instant t, LocalDate deadline) {
        List<String> items = new ArrayList<>();
        int first = random.nextInt(SUPPLEMENT_ITEMS.length);
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            items.add(SUPPLEMENT_ITEMS[(first + k) % SUPPLEMENT_ITEMS.length]);
        }
        opinion(id, actor, "起诉材料不完整，需一次性书面告知补正：" + String.join("；", items) + "。", t);
        Instant at = t.plus(Duration.ofMinutes(8));
        FilingRepository.conclude(h, id, actor.id(), FilingConclusion.RETURNED, ReturnKind.SUPPLEMENT, items, deadline,
                null, at);
        Requests.moveTo(h, id, RequestStatus.FILING_RETURNED);
        AuditLog.recordAt(h, FilingRepository.KIND, id, actor.id(), actor.name(), FilingAudit.RETURN_FOR_SUPPLEMENT,
                "补正内容：" + String.join("；", items) + "；补正期限：" + deadline, at);
        sms(applicant, FilingNotices.supplement(serialNo, courtName, items, deadline), id, at);
    }

    /** A 留言 thread both ways, starting with the court; returns when it ended. */
    private Instant thread(long id, String serialNo, Person applicant, Person staff, Instant start, int messages) {
        Instant at = start;
        for (int k = 0; k < messages; k++) {
            boolean court = k % 2 == 0;
            String text = court ? COURT_MESSAGES[random.nextInt(COURT_MESSAGES.length)]
                    : APPLICANT_MESSAGES[random.nextInt(APPLICANT_MESSAGES.length)];
            Person author = court ? staff : applicant;
            FilingRepository.addMessage(h, id, at, author.id(), author.name(), author.role(), text);
            AuditLog.recordAt(h, FilingRepository.KIND, id, author.id(), author.name(),
                    court ? FilingAudit.COURT_MESSAGE : FilingAudit.APPLICANT_MESSAGE, text, at);
            if (court) {
                sms(applicant, FilingNotices.message(serialNo, courtName, text), id, at);
            }
            at = at.plus(Duration.ofHours(2 + random.nextInt(6)));
        }
        return at;
    }

    /** Recorded as the live notifier records it, dated when it was sent; nothing goes to a gateway. */
    private void sms(Person to, Sms sms, long id, Instant at) {
        new RecordingNotifier(Clock.fixed(at, ZoneOffset.UTC), message -> { }).send(h, to.id(), sms, id);
    }

    // ------------------------------------------------------------------ the form and its materials

    private FilingForm form(Person applicant, Cause cause, BigDecimal amount) {
        List<FilingParty> parties = new ArrayList<>();
        if (applicant.role() == Role.PARTY) {
            parties.add(new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, applicant.name(), applicant.idNumber(),
                    DemoNames.address(random), applicant.phone(), null));
        } else if (random.nextBoolean()) {
            parties.add(new FilingParty(PartyRole.PLAINTIFF, PartyType.ORGANISATION, DemoNames.company(random),
                    creditCode(), DemoNames.address(random), "020" + DemoSeeder.digits(random, 8), DemoNames.person(random)));
        } else {
            parties.add(new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, DemoNames.person(random),
                    DemoSeeder.idNumberFrom(random, 1960, 2000), DemoNames.address(random), "139" + DemoSeeder.digits(random, 8),
                    null));
        }
        if (random.nextInt(3) == 0) {
            parties.add(new FilingParty(PartyRole.DEFENDANT, PartyType.PERSON, DemoNames.person(random),
                    DemoSeeder.idNumberFrom(random, 1960, 2000), DemoNames.address(random), null, null));
        } else {
            parties.add(new FilingParty(PartyRole.DEFENDANT, PartyType.ORGANISATION, DemoNames.company(random), creditCode(),
                    DemoNames.address(random), null, DemoNames.person(random)));
        }
        if (random.nextInt(8) == 0) {
            parties.add(new FilingParty(PartyRole.THIRD_PARTY, PartyType.PERSON, DemoNames.person(random), null, null, null,
                    null));
        }
        String money = amount.stripTrailingZeros().toPlainString();
        return new FilingForm(COURT, parties, cause.name(), String.format(cause.claims(), money),
                String.format(cause.facts(), money), amount);
    }

    private String creditCode() {
        return "91440101" + DemoSeeder.digits(random, 9) + "X";
    }

    /** The materials the applicant's role requires ({@link FilingRules#requiredMaterials}), as small real files. */
    private Map<FilingMaterialType, byte[]> materials(Person applicant, FilingForm form, Cause cause) {
        Map<FilingMaterialType, byte[]> out = new EnumMap<>(FilingMaterialType.class);
        FilingParty plaintiff = form.parties().get(0);
        PlainPdf complaint = new PlainPdf().title("民 事 起 诉 状", 18f).gap(10f);
        for (FilingParty p : form.parties()) {
            complaint.line(p.role().label() + "：" + p.name() + (p.address() == null ? "" : "，住所：" + p.address()), 12f);
        }
        complaint.gap(8f).line("诉讼请求：", 12f).line(form.claims(), 12f).gap(8f).line("事实与理由：", 12f)
                .line(form.factsAndReasons(), 12f).gap(12f).line("此致", 12f).line(courtName, 12f);
        out.put(FilingMaterialType.COMPLAINT, DemoFileCache.pdf(complaint));
        out.put(FilingMaterialType.PARTY_IDENTITY, plaintiff.type() == PartyType.ORGANISATION
                ? DemoMaterials.businessLicencePng(plaintiff.name(), plaintiff.idNumber(), plaintiff.legalRepresentative())
                : applicant.role() == Role.PARTY ? identityCards.computeIfAbsent(applicant.id(), k -> idCard(plaintiff))
                : idCard(plaintiff));
        out.put(FilingMaterialType.EVIDENCE, DemoFileCache.pdf(new PlainPdf().title("证 据 目 录", 16f).gap(8f)
                .line("1. " + (cause.name().contains("借贷") ? "借条" : "合同") + "，证明双方之间的法律关系；", 12f)
                .line("2. 转账记录 / 付款凭证，证明款项往来；", 12f).line("3. 催告记录，证明原告多次催讨。", 12f)));
        if (applicant.role() == Role.LAWYER) {
            out.put(FilingMaterialType.POWER_OF_ATTORNEY, DemoFileCache.pdf(new PlainPdf().title("授 权 委 托 书", 16f).gap(8f)
                    .line("委托人：" + plaintiff.name(), 12f).line("受托人：" + applicant.name() + "，" + applicant.lawFirm() + "律师", 12f)
                    .line("代理事项及权限：代为起诉、提交证据、参加诉讼，特别授权。", 12f)));
            out.put(FilingMaterialType.LAWYER_LICENCE, DemoMaterials.lawyerLicencePng(applicant.name(), applicant.lawFirm(),
                    "1440120" + (applicant.id() % 100_000_000L)));
            out.put(FilingMaterialType.LAW_FIRM_LETTER, DemoFileCache.pdf(new PlainPdf().title(applicant.lawFirm(), 16f)
                    .title("律 师 事 务 所 函", 16f).gap(8f).line("致：" + courtName, 12f)
                    .line("本所接受" + plaintiff.name() + "的委托，指派" + applicant.name() + "律师担任其代理人。特此函告。", 12f)));
        }
        return out;
    }

    private static byte[] idCard(FilingParty person) {
        return DemoMaterials.idCardPng(person.name(), false, person.idNumber(), person.address());
    }

    private static String names(FilingForm form, PartyRole role) {
        return String.join("、", form.parties().stream().filter(p -> p.role() == role).map(FilingParty::name).toList());
    }
}
