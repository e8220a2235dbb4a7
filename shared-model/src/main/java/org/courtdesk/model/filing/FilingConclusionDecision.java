package org.courtdesk.model.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 审查 step 2: press the conclusion after the opinion was saved (spec-004 §2 screen 2, fig. 198/210). For
 * {@link FilingConclusion#RETURNED}: {@code returnKind} with {@code supplementItems} and {@code supplementDeadline}
 * (退回补正, one notice of everything) or {@code refusalReasons} (不予受理); for 符 all of those are absent.
 */
public record FilingConclusionDecision(UUID idempotencyKey, long baseVersion, FilingConclusion conclusion,
                                       ReturnKind returnKind, List<String> supplementItems, LocalDate supplementDeadline,
                                       String refusalReasons) {}
