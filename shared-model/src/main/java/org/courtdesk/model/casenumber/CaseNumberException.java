package org.courtdesk.model.casenumber;

/** A 案号 that does not parse; {@link #part()} names the part that is wrong, the message says so in Chinese. */
public class CaseNumberException extends IllegalArgumentException {

    /** The parts of 「（收案年度）法院代字 类型代字 序号 号」. */
    public enum Part {
        EMPTY("案号不能为空"),
        YEAR("收案年度"),
        COURT("法院代字"),
        TYPE("类型代字"),
        SERIAL("序号"),
        SUFFIX("结尾的“号”字");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Part part;

    public CaseNumberException(Part part, String message) {
        super(message);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
