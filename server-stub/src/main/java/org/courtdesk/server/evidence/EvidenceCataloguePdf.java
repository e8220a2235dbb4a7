package org.courtdesk.server.evidence;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.evidence.CrossExam;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.server.pdf.CjkPdfWriter;

/**
 * 目录下载 (spec-004 §7): the exchange's evidence catalogue as an A4 PDF with the CJK font embedded (CjkPdfWriter):
 * per side the 序号, 证据名称, 证据来源, 证明对象, 页数, who submitted it and when (逾期 marked), and the other sides' 质证.
 */
public final class EvidenceCataloguePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private EvidenceCataloguePdf() {}

    public static byte[] write(EvidenceExchangeView v, java.time.ZoneId zone) {
        try (CjkPdfWriter w = new CjkPdfWriter(v.caseNumber() + "  证据目录")) {
            w.info("证据目录 " + v.caseNumber(), v.courtName());
            w.centered(v.courtName(), 14f, true).title("证 据 目 录", 20f).gap(4f);
            w.labelled("案号：", v.caseNumber());
            w.labelled("案件：", v.caseTitle());
            w.labelled("证据交换：", v.applicationNo() + "（" + v.procedure().label() + "，承办法官 " + v.judgeName() + "）");
            w.labelled("举证期限：", "原告 " + v.deadlines().plaintiff() + "；被告 " + v.deadlines().defendant()
                    + (v.deadlines().thirdParty() != null ? "；第三人 " + v.deadlines().thirdParty() : ""));
            w.labelled("质证期限：", String.valueOf(v.deadlines().crossExamination()));
            w.labelled("状态：", v.status().label());
            for (EvidenceSide side : EvidenceSide.values()) {
                List<EvidenceItem> items = v.items().stream().filter(i -> i.side() == side).toList();
                if (items.isEmpty() && side == EvidenceSide.THIRD_PARTY) {
                    continue;
                }
                w.gap(6f).line(side.label() + "证据", 14f, true);
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"序号", "证据名称", "证据来源", "证明对象", "页数", "提交", "质证意见"});
                for (EvidenceItem i : items) {
                    rows.add(new String[] {Integer.toString(i.seq()), i.name(), i.source(), i.proves(),
                            Integer.toString(i.pages()),
                            i.submitterName() + " " + DAY.format(i.submittedAt().atZone(zone)) + (i.late() ? " 逾期" : "")
                                    + (i.paper() ? " 纸质代传" : ""),
                            crossText(i)});
                }
                if (items.isEmpty()) {
                    rows.add(new String[] {"", "（未提交证据）", "", "", "", "", ""});
                }
                w.table(new float[] {0.08f, 0.16f, 0.12f, 0.2f, 0.08f, 0.14f, 0.22f}, rows, true);
            }
            return w.toBytes();
        }
    }

    private static String crossText(EvidenceItem i) {
        if (i.crossExams().isEmpty()) {
            return "未质证";
        }
        List<String> parts = new ArrayList<>();
        for (CrossExam x : i.crossExams()) {
            parts.add(x.side().label() + "：真实性" + x.authenticity() + "，合法性" + x.legality() + "，关联性" + x.relevance()
                    + (x.objection() ? "；有异议：" + x.objectionReason() : "；无异议"));
        }
        return String.join("；", parts);
    }
}
