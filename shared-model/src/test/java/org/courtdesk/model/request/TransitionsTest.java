package org.courtdesk.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.courtdesk.model.request.RequestStatus.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.courtdesk.model.request.Transitions.Transition;
import org.courtdesk.model.request.Transitions.Trigger;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The one table of statuses and transitions, checked against domain.md §1 and §3. */
class TransitionsTest {

    /** Each kind's statuses by their Chinese terms, in the order the seeds list them. */
    @Test
    void eachKindHasExactlyTheStatusesOfTheDomain() {
        // §1: 待审查 / 审查通过 / 审查不通过, and 已过期 once the validity date or the on-site window has passed
        // ("after it, nothing can be viewed: the applicant must apply again").
        assertLabels(RequestKind.CASE_FILE_READING, "待审查", "审查通过", "审查不通过", "已过期");
        // §3 table
        assertLabels(RequestKind.ADJOURNMENT, "待审查", "审查通过", "审查不通过");
        assertLabels(RequestKind.ONLINE_FILING, "收", "符", "退", "立");
        assertLabels(RequestKind.APPEAL, "提交/待处理", "退回", "已接受");
        assertLabels(RequestKind.PRESERVATION, "提交/待处理", "退回", "已接收");
        assertLabels(RequestKind.INVESTIGATION_ORDER, "提交/待处理", "退回", "已接收");
        assertLabels(RequestKind.MATERIAL_TRANSFER, "未接收", "已接收");
        assertLabels(RequestKind.SERVICE_CONTENT, "未发布", "已发布");
        assertLabels(RequestKind.HEARING_TRANSCRIPT, "待答复", "同意补正", "不予补正");
        // §2 (12309: "您的案件绑定申请审核通过…")
        assertLabels(RequestKind.CASE_BINDING, "待审核", "审核通过", "审核不通过");
        // 联系法官 / 意见建议: "view and reply"
        assertLabels(RequestKind.CONTACT_JUDGE, "待答复", "已答复");
        assertLabels(RequestKind.SUGGESTION, "待答复", "已答复");
        assertLabels(RequestKind.EVIDENCE_EXCHANGE, "举证中", "质证中", "已审查");
    }

    /** 退回补正: the applicant's supplement moves 退 back to 收; no reviewer may do that, and 立 is final. */
    @Test
    void aFilingReturnedForSupplementGoesBackToReceivedOnlyByTheApplicant() {
        assertThat(Transitions.allowed(RequestKind.ONLINE_FILING, FILING_RETURNED, FILING_RECEIVED)).isTrue();
        assertThat(Transitions.transitions(RequestKind.ONLINE_FILING))
                .contains(new Transition(FILING_RETURNED, FILING_RECEIVED, Trigger.APPLICANT));
        assertThat(Transitions.decisionsFrom(RequestKind.ONLINE_FILING, FILING_RETURNED)).isEmpty();
        assertThat(Transitions.decisionsFrom(RequestKind.ONLINE_FILING, FILING_RECEIVED))
                .containsExactlyInAnyOrder(FILING_CONFORMS, FILING_RETURNED);
        assertThatThrownBy(() -> Transitions.check(RequestKind.ONLINE_FILING, FILING_FILED, FILING_RECEIVED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> Transitions.check(RequestKind.ONLINE_FILING, FILING_RECEIVED, FILING_FILED))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void everyKindHasATableAndStartsInItsFirstStatus() {
        assertThat(Transitions.kinds()).containsExactlyInAnyOrder(RequestKind.values());
        for (RequestKind kind : RequestKind.values()) {
            assertThat(Transitions.initial(kind)).as("initial of %s", kind)
                    .isEqualTo(Transitions.statuses(kind).iterator().next());
            assertThat(kind.label()).isNotBlank();
        }
        assertThat(RequestKind.CASE_FILE_READING.label()).isEqualTo("阅卷申请");
        assertThat(RequestKind.ADJOURNMENT.label()).isEqualTo("延期开庭");
        assertThat(RequestKind.ONLINE_FILING.label()).isEqualTo("网上立案");
    }

    @Test
    void everyStatusBelongsToSomeKind() {
        Set<RequestStatus> used = EnumSet.noneOf(RequestStatus.class);
        Transitions.kinds().forEach(k -> used.addAll(Transitions.statuses(k)));
        assertThat(used).containsExactlyInAnyOrder(RequestStatus.values());
    }

    @Test
    void readingRequestIsDecidedFromPendingReviewOnly() {
        RequestKind k = RequestKind.CASE_FILE_READING;
        assertThat(Transitions.initial(k)).isEqualTo(PENDING_REVIEW);
        assertThatCode(() -> Transitions.check(k, PENDING_REVIEW, APPROVED)).doesNotThrowAnyException();
        assertThatCode(() -> Transitions.check(k, PENDING_REVIEW, REJECTED)).doesNotThrowAnyException();
        assertThat(Transitions.decisionsFrom(k, PENDING_REVIEW)).containsExactlyInAnyOrder(APPROVED, REJECTED);
        // Expiry is the calendar's doing, not a decision the UI offers.
        assertThat(Transitions.allowed(k, APPROVED, EXPIRED)).isTrue();
        assertThat(Transitions.decisionsFrom(k, APPROVED)).isEmpty();
        assertThat(Transitions.transitions(k)).contains(new Transition(APPROVED, EXPIRED, Trigger.CLOCK));
    }

    @Test
    void readingRequestRefusesEveryOtherMove() {
        RequestKind k = RequestKind.CASE_FILE_READING;
        IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                () -> Transitions.check(k, APPROVED, PENDING_REVIEW));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(k);
        assertThat(e.from()).isEqualTo(APPROVED);
        assertThat(e.to()).isEqualTo(PENDING_REVIEW);
        assertThat(e.getMessage()).contains("阅卷申请", "审查通过", "待审查");

        for (RequestStatus[] move : new RequestStatus[][] {
                {APPROVED, REJECTED}, {REJECTED, APPROVED}, {REJECTED, PENDING_REVIEW}, {EXPIRED, APPROVED},
                {PENDING_REVIEW, EXPIRED}, {PENDING_REVIEW, PENDING_REVIEW}, {APPROVED, APPROVED},
                {FILING_RECEIVED, FILING_CONFORMS}}) {
            assertThatThrownBy(() -> Transitions.check(k, move[0], move[1]))
                    .as("%s -> %s", move[0], move[1]).isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void onlineFilingGoesReceivedThenConformsThenFiled() {
        RequestKind k = RequestKind.ONLINE_FILING;
        assertThat(Transitions.decisionsFrom(k, FILING_RECEIVED)).containsExactlyInAnyOrder(FILING_CONFORMS, FILING_RETURNED);
        assertThat(Transitions.decisionsFrom(k, FILING_CONFORMS)).containsExactly(FILING_FILED);
        assertThat(Transitions.allowed(k, FILING_RECEIVED, FILING_FILED)).as("收案 only after 符").isFalse();
        assertThat(Transitions.decisionsFrom(k, FILING_FILED)).isEmpty();
        assertThat(Transitions.decisionsFrom(k, FILING_RETURNED)).isEmpty();
    }

    @Test
    void submittedKindsAreReturnedOrAccepted() {
        for (RequestKind k : List.of(RequestKind.PRESERVATION, RequestKind.INVESTIGATION_ORDER)) {
            assertThat(Transitions.decisionsFrom(k, SUBMITTED)).containsExactlyInAnyOrder(RETURNED, ACCEPTED);
            assertThat(Transitions.allowed(k, ACCEPTED, RETURNED)).isFalse();
            assertThat(Transitions.allowed(k, RETURNED, SUBMITTED)).isFalse();
        }
        // 提起上诉 says 已接受 (seed 004 §3.4), and cannot end in the others' 已接收.
        assertThat(Transitions.decisionsFrom(RequestKind.APPEAL, SUBMITTED))
                .containsExactlyInAnyOrder(RETURNED, APPEAL_ACCEPTED);
        assertThat(Transitions.allowed(RequestKind.APPEAL, SUBMITTED, ACCEPTED)).isFalse();
    }

    @Test
    void serviceContentIsSavedAsDraftAndPublished() {
        assertThat(Transitions.initial(RequestKind.SERVICE_CONTENT)).isEqualTo(DRAFT);
        assertThat(Transitions.decisionsFrom(RequestKind.SERVICE_CONTENT, DRAFT)).containsExactly(PUBLISHED);
    }

    @Test
    void aTranscriptCorrectionIsAgreedOrRefusedOnceByTheJudge() {
        assertThat(Transitions.initial(RequestKind.HEARING_TRANSCRIPT)).isEqualTo(AWAITING_REPLY);
        assertThat(Transitions.decisionsFrom(RequestKind.HEARING_TRANSCRIPT, AWAITING_REPLY))
                .containsExactlyInAnyOrder(CORRECTION_AGREED, CORRECTION_REFUSED);
        assertThat(Transitions.decisionsFrom(RequestKind.HEARING_TRANSCRIPT, CORRECTION_AGREED)).isEmpty();
        assertThatThrownBy(() -> Transitions.check(RequestKind.HEARING_TRANSCRIPT, CORRECTION_REFUSED, CORRECTION_AGREED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> Transitions.check(RequestKind.HEARING_TRANSCRIPT, AWAITING_REPLY, REPLIED))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void statusesOfAnotherKindAreRefused() {
        assertThatThrownBy(() -> Transitions.check(RequestKind.ADJOURNMENT, APPROVED, EXPIRED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> Transitions.check(RequestKind.MATERIAL_TRANSFER, SUBMITTED, ACCEPTED))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theSetsAreUnmodifiable() {
        assertThatThrownBy(() -> Transitions.statuses(RequestKind.CASE_FILE_READING).add(FILING_FILED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Transitions.transitions(RequestKind.CASE_FILE_READING)
                .add(new Transition(APPROVED, PENDING_REVIEW, Trigger.DECISION)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ------------------------------------------------------------------ properties over the whole table

    @Property
    void everyTransitionIsBetweenStatusesOfItsKind(@ForAll RequestKind kind) {
        Set<RequestStatus> statuses = Transitions.statuses(kind);
        assertThat(statuses).contains(Transitions.initial(kind));
        for (Transition t : Transitions.transitions(kind)) {
            assertThat(statuses).as("%s: %s", kind, t).contains(t.from(), t.to());
            assertThat(t.from()).as("no self-loop in %s", kind).isNotEqualTo(t.to());
            assertThat(t.trigger()).isNotNull();
        }
        assertThat(Set.copyOf(Transitions.transitions(kind))).hasSameSizeAs(Transitions.transitions(kind));
    }

    @Property
    void everyStatusIsReachableFromTheInitialOne(@ForAll RequestKind kind) {
        Set<RequestStatus> seen = new HashSet<>();
        Deque<RequestStatus> todo = new ArrayDeque<>(List.of(Transitions.initial(kind)));
        while (!todo.isEmpty()) {
            RequestStatus s = todo.pop();
            if (seen.add(s)) {
                Transitions.transitions(kind).stream().filter(t -> t.from() == s).forEach(t -> todo.push(t.to()));
            }
        }
        assertThat(seen).isEqualTo(Transitions.statuses(kind));
    }

    @Property
    void labelsAreUniqueWithinAKind(@ForAll RequestKind kind) {
        List<String> labels = Transitions.statuses(kind).stream().map(RequestStatus::label).toList();
        assertThat(labels).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank());
    }

    /** allowed, check and decisionsFrom agree with the table for every pair of statuses. */
    @Property(tries = 2000)
    void checkAllowedAndDecisionsAgreeWithTheTable(@ForAll RequestKind kind, @ForAll RequestStatus from,
                                                   @ForAll RequestStatus to) {
        boolean inTable = Transitions.transitions(kind).stream().anyMatch(t -> t.from() == from && t.to() == to);
        assertThat(Transitions.allowed(kind, from, to)).isEqualTo(inTable);
        if (inTable) {
            Transitions.check(kind, from, to);
        } else {
            assertThatThrownBy(() -> Transitions.check(kind, from, to)).isInstanceOf(IllegalTransitionException.class);
        }
        boolean decision = Transitions.transitions(kind).stream()
                .anyMatch(t -> t.from() == from && t.to() == to && t.trigger() == Trigger.DECISION);
        assertThat(Transitions.decisionsFrom(kind, from).contains(to)).isEqualTo(decision);
        if (!Transitions.statuses(kind).contains(from) || !Transitions.statuses(kind).contains(to)) {
            assertThat(Transitions.allowed(kind, from, to)).isFalse();
        }
    }

    private static void assertLabels(RequestKind kind, String... labels) {
        assertThat(Transitions.statuses(kind).stream().map(RequestStatus::label).collect(Collectors.toList()))
                .as("statuses of %s", kind.label()).containsExactly(labels);
    }
}
