package org.courtdesk.server.demo.casefiles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.courtdesk.server.demo.casefiles.CaseFileData.PartyRole;
import org.courtdesk.server.demo.casefiles.CauseTexts.Exhibit;
import org.courtdesk.server.demo.casefiles.CauseTexts.QA;
import org.courtdesk.server.demo.casefiles.CauseTexts.Template;
import org.courtdesk.server.pdf.CaseFileAssembler;
import org.courtdesk.server.pdf.CjkPdfWriter;

/**
 * Writes the volumes of a civil case file as PDFs: 起诉状 (上诉状 for 民终), 答辩状, 证据目录及证据, 庭审笔录, 判决书.
 * The wording depends on the 案由 (see {@link CauseTexts}); amounts, dates and party particulars are invented from
 * a random generator seeded by the case number, so the same case always gets the same file, and every volume
 * of a case tells the same story. Each page's footer carries the case number, the volume and "第 n 页 共 m 页".
 * Stateless and thread-safe: volumes of different cases may be generated in parallel.
 */
public final class CaseFileGenerator {

    private static final float TITLE = 22f;

    private CaseFileGenerator() {}

    /**
     * All volumes, in binding order. They are written as sections of one document (the fonts are embedded and
     * subset once, which is most of the cost) and then split into one PDF per volume.
     */
    public static List<GeneratedVolume> generateAll(CaseFileData data) {
        CaseVolume[] volumes = CaseVolume.values();
        // Built once per machine and reused (the demo's file cache): the volumes, then their page counts.
        List<byte[]> files = org.courtdesk.server.demo.DemoFileCache.getAll("generateAll\u0000" + data,
                volumes.length + 1, () -> draw(data, volumes));
        String[] counts = new String(files.get(volumes.length), java.nio.charset.StandardCharsets.US_ASCII).split(",");
        List<GeneratedVolume> result = new ArrayList<>();
        for (int i = 0; i < volumes.length; i++) {
            result.add(new GeneratedVolume(volumes[i], volumes[i].label(data), files.get(i), Integer.parseInt(counts[i])));
        }
        return result;
    }

    /** Every volume's PDF, then their page counts (comma-separated, ASCII). */
    private static List<byte[]> draw(CaseFileData data, CaseVolume[] volumes) {
        Story s = new Story(data);
        byte[] combined;
        List<Integer> counts;
        try (CjkPdfWriter w = new CjkPdfWriter(null)) {
            w.info(data.caseNumber() + " " + data.title(), data.courtName());
            for (CaseVolume v : volumes) {
                w.section(data.caseNumber() + "  " + v.label(data));
                write(w, s, v);
            }
            counts = w.sectionPageCounts();
            combined = w.toBytes();
        }
        List<byte[]> parts = new ArrayList<>(CjkPdfWriter.split(combined, counts));
        parts.add(counts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return parts;
    }

    /** Generates every volume of a case and binds them into one file (one bookmark per volume). */
    public static byte[] generateBound(CaseFileData data) {
        List<CaseFileAssembler.Part> parts = generateAll(data).stream().map(GeneratedVolume::asPart).toList();
        return CaseFileAssembler.assemble(data.caseNumber() + " " + data.title(), parts);
    }

    private static void write(CjkPdfWriter w, Story s, CaseVolume volume) {
        switch (volume) {
            case COMPLAINT -> complaint(w, s);
            case DEFENCE -> defence(w, s);
            case EVIDENCE -> evidence(w, s);
            case TRANSCRIPT -> transcript(w, s);
            case JUDGMENT -> judgment(w, s);
            default -> throw new IllegalArgumentException(volume.name());
        }
    }

    /** One volume. */
    public static GeneratedVolume generate(CaseFileData data, CaseVolume volume) {
        Story s = new Story(data);
        String title = volume.label(data);
        try (CjkPdfWriter w = new CjkPdfWriter(data.caseNumber() + "  " + title)) {
            w.info(data.caseNumber() + " " + title, data.courtName());
            write(w, s, volume);
            int pages = w.pageCount();
            byte[] pdf = w.toBytes();
            return new GeneratedVolume(volume, title, pdf, pages);
        }
    }

    // ------------------------------------------------------------------ volumes

    private static void complaint(CjkPdfWriter w, Story s) {
        CaseFileData d = s.data;
        w.title(d.appeal() ? "民事上诉状" : "民事起诉状", TITLE).gap(10);
        partyBlock(w, s, true);
        w.gap(6).line(d.appeal() ? "上诉请求：" : "诉讼请求：", CjkPdfWriter.BODY_SIZE, true);
        int n = 1;
        if (d.appeal()) {
            w.paragraph(n++ + ". 依法撤销" + s.originalCourt + s.originalNumber + "民事判决，改判支持上诉人的原审诉讼请求；");
        }
        for (String claim : s.template.claims()) {
            w.paragraph(n++ + ". " + s.fill(claim));
        }
        w.gap(4).line(d.appeal() ? "上诉理由：" : "事实与理由：", CjkPdfWriter.BODY_SIZE, true);
        if (d.appeal()) {
            w.paragraph("上诉人因与被上诉人" + d.cause() + "一案，不服" + s.originalCourt + s.originalNumber
                    + "民事判决，现依法提起上诉。一审判决认定事实不清，适用法律错误，理由如下：");
        }
        for (String p : s.template.facts()) {
            w.paragraph(s.fill(p));
        }
        w.gap(8).paragraph("此致", CjkPdfWriter.BODY_SIZE, 2).paragraph(d.courtName(), CjkPdfWriter.BODY_SIZE, 0).gap(20);
        w.right((d.appeal() ? "上诉人：" : "具状人：") + d.plaintiff(), CjkPdfWriter.BODY_SIZE);
        w.right(s.chineseDate(d.filedOn().minusDays(3)), CjkPdfWriter.BODY_SIZE).gap(12);
        w.line("附：本状副本" + (d.names(PartyRole.DEFENDANT).size() + d.names(PartyRole.THIRD_PARTY).size())
                + "份；证据材料" + s.template.exhibits().size() + "份。", CjkPdfWriter.BODY_SIZE - 1, false);
    }

    private static void defence(CjkPdfWriter w, Story s) {
        CaseFileData d = s.data;
        w.title("民事答辩状", TITLE).gap(10);
        for (String name : d.names(PartyRole.DEFENDANT)) {
            w.labelled("答辩人：", s.particulars(name));
        }
        for (String name : d.names(PartyRole.PLAINTIFF)) {
            w.labelled("被答辩人：", name + "。");
        }
        w.gap(6).paragraph("答辩人因与被答辩人" + d.cause() + "一案（案号：" + d.caseNumber() + "），现依法提出答辩意见如下：");
        String[] numerals = {"一、", "二、", "三、", "四、", "五、"};
        List<String> defence = s.template.defence();
        for (int i = 0; i < defence.size(); i++) {
            w.paragraph(numerals[Math.min(i, numerals.length - 1)] + s.fill(defence.get(i)));
        }
        w.paragraph("综上所述，被答辩人的诉讼请求缺乏事实和法律依据，请求人民法院在查明事实的基础上依法驳回或者调整被答辩人的诉讼请求，"
                + "以维护答辩人的合法权益。");
        w.gap(8).paragraph("此致", CjkPdfWriter.BODY_SIZE, 2).paragraph(d.courtName(), CjkPdfWriter.BODY_SIZE, 0).gap(20);
        w.right("答辩人：" + d.defendant(), CjkPdfWriter.BODY_SIZE);
        w.right(s.chineseDate(d.filedOn().plusDays(18)), CjkPdfWriter.BODY_SIZE);
    }

    private static void evidence(CjkPdfWriter w, Story s) {
        CaseFileData d = s.data;
        List<Exhibit> exhibits = s.template.exhibits();
        w.title("证据目录", TITLE).gap(6);
        w.line("案号：" + d.caseNumber(), CjkPdfWriter.BODY_SIZE, false);
        w.line("案由：" + d.cause(), CjkPdfWriter.BODY_SIZE, false);
        w.line("提交人：" + d.plaintiff() + "（" + d.label(PartyRole.PLAINTIFF) + "）", CjkPdfWriter.BODY_SIZE, false).gap(6);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"序号", "证据名称", "证明内容", "页码"});
        for (int i = 0; i < exhibits.size(); i++) {
            Exhibit e = exhibits.get(i);
            rows.add(new String[] {String.valueOf(i + 1), e.name(), s.fill(e.purpose()), String.valueOf(i + 2)});
        }
        w.table(new float[] {0.09f, 0.25f, 0.54f, 0.12f}, rows, true);
        w.gap(16).right("提交人：" + d.plaintiff(), CjkPdfWriter.BODY_SIZE);
        w.right(s.chineseDate(d.filedOn().minusDays(3)), CjkPdfWriter.BODY_SIZE);
        for (int i = 0; i < exhibits.size(); i++) {
            Exhibit e = exhibits.get(i);
            w.pageBreak().frame();
            w.line("证据" + (i + 1) + "：" + e.name() + "（复印件，与原件核对无异）", CjkPdfWriter.BODY_SIZE - 2, false).gap(10);
            List<String> body = e.body().stream().map(s::fill).toList();
            switch (e.kind()) {
                case NOTE -> {
                    w.title(body.get(0), 20).gap(6);
                    w.paragraph(body.get(1), 14, 2).gap(18);
                    w.right(body.get(2), 13);
                    w.fingerprint(CjkPdfWriter.contentWidth() - 22);
                    for (int k = 3; k < body.size(); k++) {
                        w.right(body.get(k), 13);
                    }
                }
                case CONTRACT -> {
                    w.title(body.get(0), 18).gap(6);
                    w.paragraph(body.get(1)).gap(24);
                    w.right(body.get(2), CjkPdfWriter.BODY_SIZE);
                    w.seal(body.get(2).length() > 12 ? body.get(2).substring(0, 12) : body.get(2), CjkPdfWriter.contentWidth() - 60);
                    w.right(body.get(3), CjkPdfWriter.BODY_SIZE);
                }
                case TABLE -> {
                    w.title(body.get(0), 16).gap(6);
                    List<String[]> table = new ArrayList<>();
                    for (int k = 1; k < body.size(); k++) {
                        table.add(body.get(k).split("\\|", -1));
                    }
                    int cols = table.get(0).length;
                    float[] widths = new float[cols];
                    java.util.Arrays.fill(widths, 1f / cols);
                    w.table(widths, table, true);
                    w.note("（以上信息打印自业务系统，加盖业务专用章）");
                }
                case CHAT -> {
                    w.title("微信聊天记录（截图打印件）", 15).gap(4);
                    LocalDate day = s.date("D2").plusDays(20);
                    int hour = 9;
                    for (int k = 0; k < body.size(); k++) {
                        if (k % 2 == 0) {
                            w.note(CaseFileText.date(day.plusDays(k * 9L)) + " " + (hour + k) + ":" + String.format("%02d", 10 + k * 7));
                        }
                        String line = body.get(k);
                        boolean mine = line.startsWith("P|");
                        w.chat(mine ? d.plaintiff() : d.defendant(), line.substring(2), mine);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private static void transcript(CjkPdfWriter w, Story s) {
        CaseFileData d = s.data;
        String pl = d.label(PartyRole.PLAINTIFF);
        String dl = d.label(PartyRole.DEFENDANT);
        String clerk = d.clerkName() == null ? "书记员" : d.clerkName();
        w.title("庭 审 笔 录", TITLE).gap(8);
        w.labelled("时间：", s.chineseDate(d.hearingOn()) + "上午9时30分至11时" + (10 + s.random.nextInt(40)) + "分");
        w.labelled("地点：", d.courtName() + "第" + s.numeral(1 + s.random.nextInt(20)) + "法庭");
        w.labelled("案号：", d.caseNumber());
        w.labelled("案由：", d.cause());
        w.labelled("审判人员：", (d.appeal() ? "审判长 " : "审判员 ") + d.judgeName());
        w.labelled("书记员：", clerk);
        w.labelled("记录：", "（开庭审理笔录）").gap(8);
        say(w, "书记员", "请肃静。现在宣布法庭纪律：全体诉讼参与人和旁听人员应当遵守法庭纪律，不得录音、录像、摄影，"
                + "不得随意走动和进入审判区，不得发言、提问、鼓掌、喧哗，关闭移动通信工具。请审判员入庭。");
        say(w, "审判员", "现在开庭。首先核对当事人身份。");
        for (String name : d.names(PartyRole.PLAINTIFF)) {
            say(w, pl, s.particulars(name));
        }
        for (String name : d.names(PartyRole.DEFENDANT)) {
            say(w, dl, s.particulars(name));
        }
        say(w, "审判员", "经核对，各方当事人身份与起诉状所列相符，可以参加本案诉讼。" + d.plaintiff() + "诉" + d.defendant()
                + d.cause() + "一案，本院依法适用" + (d.appeal() ? "第二审程序，组成合议庭" : "简易程序，由审判员独任审理")
                + "，今天公开开庭审理。本案由审判员" + d.judgeName() + "担任审理，书记员" + clerk
                + "担任记录。当事人的诉讼权利和义务已在举证通知书中告知，是否清楚？");
        say(w, pl, "清楚。");
        say(w, dl, "清楚。");
        say(w, "审判员", "是否申请回避？");
        say(w, pl, "不申请。");
        say(w, dl, "不申请。");
        say(w, "审判员", "现在进行法庭调查。由" + pl + "陈述诉讼请求及事实和理由。");
        StringBuilder claims = new StringBuilder("诉讼请求：");
        int n = 1;
        for (String c : s.template.claims()) {
            claims.append(n++).append(". ").append(s.fill(c));
        }
        say(w, pl, claims + "事实和理由详见起诉状。");
        say(w, "审判员", dl + "答辩。");
        say(w, dl, String.join("", s.template.defence().stream().map(s::fill).toList()));
        say(w, "审判员", "下面由" + pl + "举证。");
        List<Exhibit> exhibits = s.template.exhibits();
        for (int i = 0; i < exhibits.size(); i++) {
            say(w, pl, "证据" + s.numeral(i + 1) + "，" + exhibits.get(i).name() + "，" + s.fill(exhibits.get(i).purpose()) + "。");
        }
        say(w, "审判员", dl + "质证。");
        say(w, dl, "对证据一、证据二的真实性、合法性无异议，但对其证明内容有异议；其余证据的真实性由法庭依法认定。");
        say(w, "审判员", dl + "有无证据提交？");
        say(w, dl, "没有新的证据提交。");
        say(w, "审判员", "法庭询问。");
        for (QA qa : s.template.hearing()) {
            say(w, "审判员", s.fill(qa.question()));
            say(w, qa.who() == 'P' ? pl : dl, s.fill(qa.answer()));
        }
        say(w, "审判员", "法庭调查结束，下面进行法庭辩论。");
        say(w, pl, "坚持诉讼请求，请法庭依法支持。");
        say(w, dl, "坚持答辩意见。");
        say(w, "审判员", "法庭辩论结束。各方当事人作最后陈述。");
        say(w, pl, "请求法院依法判决。");
        say(w, dl, "请求法院依法公正处理。");
        say(w, "审判员", "在法庭主持下，双方是否愿意调解？");
        say(w, pl, "愿意调解，但对方须在合理期限内履行。");
        say(w, dl, "目前无力一次性履行。");
        say(w, "审判员", "双方调解意见差距较大，本庭不再主持调解，将在庭后依法作出裁判。当事人应在闭庭后阅读庭审笔录，"
                + "认为记录有遗漏或者差错的，有权申请补正。现在闭庭。");
        w.gap(16);
        w.line(pl + "（签名）：" + d.plaintiff(), CjkPdfWriter.BODY_SIZE, false);
        w.line(dl + "（签名）：" + d.defendant(), CjkPdfWriter.BODY_SIZE, false);
        w.line("审判员：" + d.judgeName(), CjkPdfWriter.BODY_SIZE, false);
        w.line("书记员：" + clerk, CjkPdfWriter.BODY_SIZE, false);
    }

    private static void say(CjkPdfWriter w, String who, String text) {
        w.labelled(who + "：", text);
    }

    private static void judgment(CjkPdfWriter w, Story s) {
        CaseFileData d = s.data;
        String pl = d.label(PartyRole.PLAINTIFF);
        String dl = d.label(PartyRole.DEFENDANT);
        w.centered(d.courtName(), 20, true).gap(4);
        w.centered("民 事 判 决 书", TITLE + 2, true).gap(4);
        w.right(d.caseNumber(), 13).gap(4);
        partyBlock(w, s, false);
        w.gap(4);
        if (d.appeal()) {
            w.paragraph("上诉人" + d.plaintiff() + "因与被上诉人" + d.defendant() + d.cause() + "一案，不服" + s.originalCourt
                    + s.originalNumber + "民事判决，向本院提起上诉。本院于" + s.chineseDate(d.filedOn())
                    + "立案后，依法组成合议庭，公开开庭进行了审理。上诉人" + d.plaintiff() + "、被上诉人" + d.defendant()
                    + "到庭参加诉讼。本案现已审理终结。");
        } else {
            w.paragraph(d.plaintiff() + "与" + d.defendant() + d.cause() + "一案，本院于" + s.chineseDate(d.filedOn())
                    + "立案后，依法适用简易程序，公开开庭进行了审理。" + pl + d.plaintiff() + "、" + dl + d.defendant()
                    + "到庭参加诉讼。本案现已审理终结。");
        }
        StringBuilder claims = new StringBuilder(d.plaintiff() + (d.appeal() ? "上诉请求：" : "向本院提出诉讼请求："));
        int n = 1;
        for (String c : s.template.claims()) {
            claims.append(n++).append(". ").append(s.fill(c));
        }
        w.paragraph(claims.toString());
        w.paragraph("事实和理由：" + String.join("", s.template.facts().stream().map(s::fill).toList()));
        w.paragraph(d.defendant() + "辩称，" + String.join("", s.template.defence().stream().map(s::fill).toList()));
        w.paragraph("当事人围绕诉讼请求依法提交了证据，本院组织当事人进行了证据交换和质证。对当事人无异议的证据，本院予以确认并在卷佐证。");
        w.paragraph("本院经审理认定事实如下：" + String.join("", s.template.found().stream().map(s::fill).toList()));
        List<String> reasoning = s.template.reasoning();
        for (int i = 0; i < reasoning.size(); i++) {
            w.paragraph((i == 0 ? "本院认为，" : "") + s.fill(reasoning.get(i)));
        }
        w.paragraph("综上所述，依照" + s.template.law() + "规定，判决如下：");
        if (d.appeal()) {
            w.paragraph("驳回上诉，维持原判。");
            w.paragraph("二审案件受理费" + s.fee() + "元，由上诉人" + d.plaintiff() + "负担。");
            w.paragraph("本判决为终审判决。");
        } else {
            String[] numerals = {"一、", "二、", "三、", "四、", "五、"};
            List<String> verdict = s.template.verdict();
            for (int i = 0; i < verdict.size(); i++) {
                w.paragraph(numerals[Math.min(i, numerals.length - 1)] + s.fill(verdict.get(i)));
            }
            w.paragraph("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，"
                    + "加倍支付迟延履行期间的债务利息。");
            w.paragraph("案件受理费" + s.fee() + "元，减半收取计" + s.halfFee() + "元，由" + dl + d.defendant() + "负担。");
            w.paragraph("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的人数提出副本，"
                    + "上诉于广东省广州市中级人民法院。");
        }
        w.gap(24).keep(150);
        w.right((d.appeal() ? "审  判  长　" : "审  判  员　") + d.judgeName(), 14).gap(10);
        w.right(s.chineseDate(d.judgedOn()), 14);
        w.seal(d.courtName(), CjkPdfWriter.contentWidth() - 70);
        w.gap(6).line("本件与原本核对无异", CjkPdfWriter.BODY_SIZE, false).gap(6);
        w.right("书  记  员　" + (d.clerkName() == null ? "" : d.clerkName()), 14);
    }

    private static void partyBlock(CjkPdfWriter w, Story s, boolean withPhone) {
        CaseFileData d = s.data;
        for (PartyRole role : PartyRole.values()) {
            String label = d.appeal() && role == PartyRole.PLAINTIFF ? "上诉人（原审原告）："
                    : d.appeal() && role == PartyRole.DEFENDANT ? "被上诉人（原审被告）：" : d.label(role) + "：";
            for (String name : d.names(role)) {
                String text = s.particulars(name);
                if (withPhone) {
                    text += "联系电话：1" + (3 + s.random.nextInt(6)) + s.digits(9) + "。";
                }
                w.labelled(label, text);
            }
        }
    }

    // ------------------------------------------------------------------ the story of one case

    /** Everything invented about one case, the same for all of its volumes. */
    private static final class Story {
        final CaseFileData data;
        final Template template;
        final Random random;
        final Map<String, String> vars = new HashMap<>();
        final Map<String, LocalDate> dates = new HashMap<>();
        final Map<String, String> particulars = new HashMap<>();
        final long amount;
        final String originalCourt;
        final String originalNumber;

        Story(CaseFileData data) {
            this.data = data;
            this.template = CauseTexts.forCause(data.cause());
            this.random = new Random(data.caseNumber().hashCode() * 1_000_003L + data.title().hashCode());
            Random r = new Random(random.nextLong());
            long amount;
            if (template.cause().equals("房屋租赁合同纠纷")) {
                long rent = (30 + r.nextInt(100)) * 100L;
                int months = 2 + r.nextInt(7);
                amount = rent * months;
                vars.put("RENT", String.valueOf(rent));
                vars.put("M", String.valueOf(months));
            } else {
                int min = template.minAmount();
                int max = template.maxAmount();
                long step = max >= 200_000 ? 1000 : 100;
                amount = (min + (long) (r.nextDouble() * (max - min))) / step * step;
                vars.put("RENT", "5000");
                vars.put("M", "3");
            }
            this.amount = amount;
            long second = Math.max(100, amount * (5 + r.nextInt(11)) / 100 / 10 * 10);
            vars.put("A", String.valueOf(amount));
            vars.put("AU", CaseFileText.capitalAmount(amount));
            vars.put("A2", String.valueOf(second));
            LocalDate d1 = data.filedOn().minusDays(300 + r.nextInt(500));
            long span = ChronoUnit.DAYS.between(d1, data.filedOn());
            LocalDate d2 = d1.plusDays(span * 2 / 5);
            LocalDate d3 = d1.plusDays(span * 17 / 20);
            dates.put("D1", d1);
            dates.put("D2", d2);
            dates.put("D3", d3);
            vars.put("D1", CaseFileText.date(d1));
            vars.put("D2", CaseFileText.date(d2));
            vars.put("D3", CaseFileText.date(d3));
            vars.put("RATE", template.cause().equals("金融借款合同纠纷") ? "年利率" + (39 + r.nextInt(15)) / 10.0 + "%"
                    : "年利率" + (6 + r.nextInt(7)) + "%");
            vars.put("ADDR", CaseFileText.address(r));
            vars.put("PLATE", "粤A" + CaseFileText.plate(r));
            vars.put("ID4", String.format("%04d", r.nextInt(10000)));
            vars.put("P", data.plaintiff());
            vars.put("D", data.defendant());
            vars.put("PL", data.label(PartyRole.PLAINTIFF));
            vars.put("DL", data.label(PartyRole.DEFENDANT));
            String[] basic = {"广州市天河区人民法院", "广州市越秀区人民法院", "广州市海珠区人民法院", "广州市白云区人民法院", "广州市番禺区人民法院"};
            String[] codes = {"粤0106", "粤0104", "粤0105", "粤0111", "粤0113"};
            int k = r.nextInt(basic.length);
            this.originalCourt = basic[k];
            this.originalNumber = "（" + (data.filedOn().getYear() - 1) + "）" + codes[k] + "民初" + (1000 + r.nextInt(30000)) + "号";
        }

        String fill(String text) {
            if (text.indexOf('{') < 0) {
                return text;
            }
            StringBuilder b = new StringBuilder(text.length() + 32);
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int close = c == '{' ? text.indexOf('}', i) : -1;
                if (close > i) {
                    String value = vars.get(text.substring(i + 1, close));
                    if (value != null) {
                        b.append(value);
                        i = close + 1;
                        continue;
                    }
                }
                b.append(c);
                i++;
            }
            return b.toString();
        }

        LocalDate date(String key) {
            return dates.get(key);
        }

        String chineseDate(LocalDate date) {
            return CaseFileText.chineseDate(date);
        }

        String numeral(int n) {
            return CaseFileText.numeral(n);
        }

        String digits(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(10));
            }
            return b.toString();
        }

        /** 陈志强，男，1979年3月2日出生，汉族，住……，公民身份号码…… — or a company's 住所地 and legal representative. */
        String particulars(String name) {
            return particulars.computeIfAbsent(name, n -> {
                Random r = new Random(n.hashCode() * 31L + data.caseNumber().hashCode());
                if (CaseFileText.isOrganisation(n)) {
                    String head = n.contains("银行") || n.contains("分公司") || n.contains("中心") ? "负责人" : "法定代表人";
                    return n + "，住所地" + CaseFileText.address(r) + "。" + head + "：" + CaseFileText.personName(r) + "，"
                            + (head.equals("负责人") ? "行长" : "总经理") + "。";
                }
                LocalDate birth = LocalDate.of(1958 + r.nextInt(42), 1 + r.nextInt(12), 1 + r.nextInt(28));
                String gender = CaseFileText.looksFemale(n) ? "女" : "男";
                return n + "，" + gender + "，" + CaseFileText.date(birth) + "出生，" + (r.nextInt(10) == 0 ? "壮族" : "汉族")
                        + "，住" + CaseFileText.address(r) + "，公民身份号码4401" + "**********" + String.format("%04d", r.nextInt(10000)) + "。";
            });
        }

        /** 案件受理费 for a property claim (《诉讼费用交纳办法》第十三条); labour disputes pay 10 yuan. */
        long fee() {
            if (template.cause().equals("劳动争议")) {
                return 10;
            }
            return CaseFileText.courtFee(amount + (vars.containsKey("A2") && !template.cause().equals("房屋租赁合同纠纷")
                    ? Long.parseLong(vars.get("A2")) : 0));
        }

        String halfFee() {
            long fee = fee();
            return fee % 2 == 0 ? String.valueOf(fee / 2) : (fee / 2) + ".50";
        }
    }
}
