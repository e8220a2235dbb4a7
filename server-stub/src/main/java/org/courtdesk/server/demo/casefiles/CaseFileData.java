package org.courtdesk.server.demo.casefiles;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the case-file generator needs to know about one case; no database involved.
 *
 * @param caseNumber canonical 案号, e.g. （2023）粤0106民初1234号
 * @param courtName  e.g. 广州市天河区人民法院
 * @param title      e.g. 陈志强诉黄丽娟民间借贷纠纷
 * @param cause      案由, e.g. 民间借贷纠纷 (known causes get their own wording; others a generic text)
 * @param parties    names by role, each list in order (the first plaintiff speaks for the plaintiffs)
 * @param judgeName  承办法官
 * @param clerkName  书记员, may be null
 * @param filedOn    立案日期
 * @param hearingOn  开庭日期, null = 45 days after filing
 * @param judgedOn   判决日期, null = 30 days after the hearing
 */
public record CaseFileData(String caseNumber, String courtName, String title, String cause,
                           Map<PartyRole, List<String>> parties, String judgeName, String clerkName,
                           LocalDate filedOn, LocalDate hearingOn, LocalDate judgedOn) {

    /** 当事人的诉讼地位, as stored in case_party.party_role. */
    public enum PartyRole {
        PLAINTIFF("原告", "上诉人"),
        DEFENDANT("被告", "被上诉人"),
        THIRD_PARTY("第三人", "原审第三人");

        private final String label;
        private final String appealLabel;

        PartyRole(String label, String appealLabel) {
            this.label = label;
            this.appealLabel = appealLabel;
        }

        /** 原告 / 被告 / 第三人. */
        public String label() {
            return label;
        }

        /** The label in a second-instance case (民终): 上诉人 / 被上诉人 / 原审第三人. */
        public String appealLabel() {
            return appealLabel;
        }
    }

    public CaseFileData {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(courtName, "courtName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(judgeName, "judgeName");
        Objects.requireNonNull(filedOn, "filedOn");
        EnumMap<PartyRole, List<String>> copy = new EnumMap<>(PartyRole.class);
        if (parties != null) {
            parties.forEach((role, names) -> {
                if (names != null && !names.isEmpty()) {
                    copy.put(role, List.copyOf(names));
                }
            });
        }
        if (!copy.containsKey(PartyRole.PLAINTIFF) || !copy.containsKey(PartyRole.DEFENDANT)) {
            throw new IllegalArgumentException("a case file needs at least one plaintiff and one defendant");
        }
        parties = Collections.unmodifiableMap(copy);
        if (hearingOn == null) {
            hearingOn = filedOn.plusDays(45);
        }
        if (judgedOn == null) {
            judgedOn = hearingOn.plusDays(30);
        }
    }

    /** The names in one role, empty when none. */
    public List<String> names(PartyRole role) {
        return parties.getOrDefault(role, List.of());
    }

    public String plaintiff() {
        return names(PartyRole.PLAINTIFF).get(0);
    }

    public String defendant() {
        return names(PartyRole.DEFENDANT).get(0);
    }

    /** Whether this is a second-instance civil case (民终): appeal wording instead of first-instance wording. */
    public boolean appeal() {
        return caseNumber.contains("民终");
    }

    /** 原告 or 上诉人 etc., as this case calls the role. */
    public String label(PartyRole role) {
        return appeal() ? role.appealLabel() : role.label();
    }
}
