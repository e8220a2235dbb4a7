package org.courtdesk.model.filing;

/**
 * The two legally different outcomes the seed's 退 covers (spec-004 §2 Rules, §16): record which one.
 */
public enum ReturnKind {
    /** 退回补正: one written notice of everything to supplement, and by when; the 7 days restart on the supplement
     *  ([L] 登记立案规定 第7条; 民诉法解释 第208条). */
    SUPPLEMENT("退回补正"),
    /** 不予受理: a written ruling with reasons, open to appeal ([L] 民事诉讼法 第126条). */
    NOT_ACCEPTED("不予受理");

    private final String label;

    ReturnKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
