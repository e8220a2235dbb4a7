package org.courtdesk.model.request;

import static org.courtdesk.model.request.RequestStatus.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of statuses and allowed transitions per request kind. The server enforces it, the
 * workstation greys out what it forbids. Add a kind's behaviour elsewhere, never a second table.
 */
public final class Transitions {

    /** One allowed move, and whether a person decides it or the calendar does. */
    public record Transition(RequestStatus from, RequestStatus to, Trigger trigger) {}

    public enum Trigger {
        /** A judge, clerk or reviewer decides. */
        DECISION,
        /** The applicant acts (withdraws, resubmits). */
        APPLICANT,
        /** Time passes: a validity date or a window ends. */
        CLOCK
    }

    private record KindTable(RequestStatus initial, Set<RequestStatus> statuses, List<Transition> transitions) {}

    private static final Map<RequestKind, KindTable> TABLE = new EnumMap<>(RequestKind.class);

    static {
        kind(RequestKind.CASE_FILE_READING, PENDING_REVIEW, List.of(PENDING_REVIEW, APPROVED, REJECTED, EXPIRED),
                t(PENDING_REVIEW, APPROVED, Trigger.DECISION),
                t(PENDING_REVIEW, REJECTED, Trigger.DECISION),
                t(APPROVED, EXPIRED, Trigger.CLOCK));
        kind(RequestKind.ADJOURNMENT, PENDING_REVIEW, List.of(PENDING_REVIEW, APPROVED, REJECTED),
                t(PENDING_REVIEW, APPROVED, Trigger.DECISION),
                t(PENDING_REVIEW, REJECTED, Trigger.DECISION));
        kind(RequestKind.ONLINE_FILING, FILING_RECEIVED, List.of(FILING_RECEIVED, FILING_CONFORMS, FILING_RETURNED, FILING_FILED),
                t(FILING_RECEIVED, FILING_CONFORMS, Trigger.DECISION),
                t(FILING_RECEIVED, FILING_RETURNED, Trigger.DECISION),
                t(FILING_CONFORMS, FILING_FILED, Trigger.DECISION),
                // 退回补正: the applicant's supplement puts it back before the reviewer and restarts the 7 days
                // (登记立案规定 第7条); a 不予受理 stays 退 (FilingRules.checkSupplement refuses it).
                t(FILING_RETURNED, FILING_RECEIVED, Trigger.APPLICANT));
        kind(RequestKind.APPEAL, SUBMITTED, List.of(SUBMITTED, RETURNED, APPEAL_ACCEPTED),
                t(SUBMITTED, RETURNED, Trigger.DECISION),
                t(SUBMITTED, APPEAL_ACCEPTED, Trigger.DECISION));
        for (RequestKind k : List.of(RequestKind.PRESERVATION, RequestKind.INVESTIGATION_ORDER)) {
            kind(k, SUBMITTED, List.of(SUBMITTED, RETURNED, ACCEPTED),
                    t(SUBMITTED, RETURNED, Trigger.DECISION),
                    t(SUBMITTED, ACCEPTED, Trigger.DECISION));
        }
        kind(RequestKind.CASE_BINDING, BINDING_PENDING, List.of(BINDING_PENDING, BINDING_APPROVED, BINDING_REJECTED),
                t(BINDING_PENDING, BINDING_APPROVED, Trigger.DECISION),
                t(BINDING_PENDING, BINDING_REJECTED, Trigger.DECISION));
        for (RequestKind k : List.of(RequestKind.CONTACT_JUDGE, RequestKind.SUGGESTION)) {
            kind(k, AWAITING_REPLY, List.of(AWAITING_REPLY, REPLIED),
                    t(AWAITING_REPLY, REPLIED, Trigger.DECISION));
        }
        kind(RequestKind.EVIDENCE_EXCHANGE, EVIDENCE_PRODUCING, List.of(EVIDENCE_PRODUCING, CROSS_EXAMINING, EVIDENCE_REVIEWED),
                t(EVIDENCE_PRODUCING, CROSS_EXAMINING, Trigger.CLOCK),
                t(EVIDENCE_PRODUCING, EVIDENCE_REVIEWED, Trigger.DECISION),
                t(CROSS_EXAMINING, EVIDENCE_REVIEWED, Trigger.DECISION));
        kind(RequestKind.MATERIAL_TRANSFER, NOT_RECEIVED, List.of(NOT_RECEIVED, RECEIVED),
                t(NOT_RECEIVED, RECEIVED, Trigger.DECISION));
        kind(RequestKind.SERVICE_CONTENT, DRAFT, List.of(DRAFT, PUBLISHED),
                t(DRAFT, PUBLISHED, Trigger.DECISION),
                t(PUBLISHED, DRAFT, Trigger.DECISION));
        // 庭审笔录 (spec-004 §13): the party's 申请补正 of a transcript, answered by the judge (民事诉讼法 第150条: a
        // refused request is recorded, so 不予补正 is a status of its own, with the reason).
        kind(RequestKind.HEARING_TRANSCRIPT, AWAITING_REPLY, List.of(AWAITING_REPLY, CORRECTION_AGREED, CORRECTION_REFUSED),
                t(AWAITING_REPLY, CORRECTION_AGREED, Trigger.DECISION),
                t(AWAITING_REPLY, CORRECTION_REFUSED, Trigger.DECISION));
    }

    private Transitions() {}

    private static Transition t(RequestStatus from, RequestStatus to, Trigger trigger) {
        return new Transition(from, to, trigger);
    }

    private static void kind(RequestKind kind, RequestStatus initial, List<RequestStatus> statuses, Transition... transitions) {
        TABLE.put(kind, new KindTable(initial, Collections.unmodifiableSet(new LinkedHashSet<>(statuses)), List.of(transitions)));
    }

    /** The status a new request of this kind starts in. */
    public static RequestStatus initial(RequestKind kind) {
        return table(kind).initial();
    }

    /** This kind's statuses, in the order the seeds list them. */
    public static Set<RequestStatus> statuses(RequestKind kind) {
        return table(kind).statuses();
    }

    public static List<Transition> transitions(RequestKind kind) {
        return table(kind).transitions();
    }

    public static boolean allowed(RequestKind kind, RequestStatus from, RequestStatus to) {
        return table(kind).transitions().stream().anyMatch(t -> t.from() == from && t.to() == to);
    }

    /** Statuses a person may move this request to from {@code from} (what the UI offers). */
    public static Set<RequestStatus> decisionsFrom(RequestKind kind, RequestStatus from) {
        Set<RequestStatus> result = EnumSet.noneOf(RequestStatus.class);
        for (Transition t : table(kind).transitions()) {
            if (t.from() == from && t.trigger() == Trigger.DECISION) {
                result.add(t.to());
            }
        }
        return result;
    }

    /** Throws {@link IllegalTransitionException} unless the table allows the move. */
    public static void check(RequestKind kind, RequestStatus from, RequestStatus to) {
        if (!allowed(kind, from, to)) {
            throw new IllegalTransitionException(kind, from, to);
        }
    }

    /** Kinds with a status table (all of them); for tests that the table is complete. */
    public static List<RequestKind> kinds() {
        return new ArrayList<>(TABLE.keySet());
    }

    private static KindTable table(RequestKind kind) {
        KindTable table = TABLE.get(kind);
        if (table == null) {
            throw new IllegalArgumentException("no status table for " + kind);
        }
        return table;
    }
}
