package org.courtdesk.server.investigation;

import java.time.LocalDate;

import org.courtdesk.server.pdf.CjkPdfWriter;

/**
 * The 调查令 as a PDF (spec-004 §6 [I] on issue: 调查令编号, 有效期, the holder): the court, the order's number, the
 * lawyer holding it, the case, the 被调查人, what may be investigated and for which fact, the validity period and the
 * usual conditions of local practice [P], signed by the judge with the court's seal. Chinese through the CJK font.
 */
public final class InvestigationOrderPdf {

    private InvestigationOrderPdf() {}

    public static byte[] write(InvestigationRepository.Stored s, String orderNo, LocalDate issuedOn, LocalDate validUntil,
                        String judgeName) {
        try (CjkPdfWriter w = new CjkPdfWriter(orderNo)) {
            w.info("调查令 " + orderNo, s.courtName());
            w.title(s.courtName(), 18f).gap(4f).title("调 查 令", 22f).gap(2f).centered(orderNo, 12f, false).gap(12f);
            w.labelled("持令人：", s.applicantName() + (s.lawFirm() == null ? "律师" : "，" + s.lawFirm() + "律师"));
            w.labelled("案　号：", s.caseNumber());
            w.labelled("被调查人：", s.subject() + (s.subjectAddress() == null ? "" : "（" + s.subjectAddress() + "）"));
            w.labelled("调查内容：", s.evidence());
            w.labelled("待证事实：", s.factToProve());
            w.labelled("有效期限：", "自" + chinese(issuedOn) + "起至" + chinese(validUntil) + "止");
            w.gap(8f);
            w.paragraph("根据《中华人民共和国民事诉讼法》第六十七条及本院调查令相关规定，准许持令人向被调查人调查收集上述证据。"
                    + "被调查人应当予以协助，如实提供有关证据材料；无正当理由拒不协助的，持令人可向本院报告。");
            w.paragraph("持令人应当在有效期限内持本令及律师执业证调查，不得涂改、转借本令，不得调查与上述内容无关的证据；"
                    + "所收集的证据应当自收集之日起五日内提交本院，并将本令交回。");
            w.gap(24f);
            w.right("承办法官：" + judgeName, 12f);
            w.right(s.courtName(), 12f);
            w.seal(s.courtName(), CjkPdfWriter.contentWidth() - 60f);
            w.right(chinese(issuedOn), 12f);
            return w.toBytes();
        }
    }

    /** 2026年12月7日 */
    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
