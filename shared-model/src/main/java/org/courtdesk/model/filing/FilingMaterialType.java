package org.courtdesk.model.filing;

/**
 * The materials of an online filing. spec-004 §2 Fields names 起诉状, 身份证明, 证据; [L] 登记立案规定 第6条 adds, for a
 * filing through an agent, the 授权委托书 and the agent's identity papers; [L] 民诉法解释 第88条 asks a lawyer for the
 * 律师执业证 and the 律师事务所证明 (the same lawyer's papers seed 002 lists for 阅卷). Which are required for whom is in
 * {@link FilingRules#requiredMaterials}.
 */
public enum FilingMaterialType {
    COMPLAINT("起诉状"),
    PARTY_IDENTITY("当事人身份证明（身份证或营业执照、法定代表人身份证明）"),
    EVIDENCE("证据材料"),
    POWER_OF_ATTORNEY("授权委托书"),
    LAWYER_LICENCE("律师执业证"),
    LAW_FIRM_LETTER("律师事务所证明（所函）"),
    OTHER("其他材料");

    private final String label;

    FilingMaterialType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
