package org.courtdesk.model.evidence;

import java.time.Instant;

/** One side's standing 质证 of an item (see {@link CrossExamForm}), with who entered it and when. */
public record CrossExam(EvidenceSide side, String examinerName, String authenticity, String legality, String relevance,
                        boolean objection, String objectionReason, Instant at) {}
