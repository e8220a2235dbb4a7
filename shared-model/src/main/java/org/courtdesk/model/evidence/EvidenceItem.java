package org.courtdesk.model.evidence;

import java.time.Instant;
import java.util.List;

/**
 * One item of evidence in a side's catalogue: the catalogue entry, who submitted it and when, whether it came after
 * that side's 举证期限 ({@code late}, [L] 民事诉讼法 第68条: the court may refuse it or admit it with a reprimand) and
 * whether the court entered it for a party from paper ({@code paper}); the file by {@code sha256} (the name is a label,
 * never a path); and the other sides' 质证 of it.
 */
public record EvidenceItem(long id, EvidenceSide side, int seq, String name, String source, String proves, int pages,
                           String submitterName, Instant submittedAt, boolean late, boolean paper, String fileName,
                           String contentType, long size, String sha256, List<CrossExam> crossExams) {

    public EvidenceItem {
        crossExams = crossExams == null ? List.of() : List.copyOf(crossExams);
    }

    /** Whether any side that examined it objects (the catalogue's 异议 mark). */
    public boolean objected() {
        return crossExams.stream().anyMatch(CrossExam::objection);
    }

    /** Whether at least one other side has given its 质证. */
    public boolean examined() {
        return !crossExams.isEmpty();
    }
}
