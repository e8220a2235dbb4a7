package org.courtdesk.app.ui.main;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.binding.BindingQueueView;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.ui.filing.FilingDeadlines;
import org.courtdesk.app.ui.filing.FilingQueueView;
import org.courtdesk.app.ui.investigation.InvestigationDeadlines;
import org.courtdesk.app.ui.investigation.InvestigationQueueView;
import org.courtdesk.app.ui.preservation.PreservationDeadlines;
import org.courtdesk.app.ui.preservation.PreservationQueueView;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.ui.reading.ReadingQueueView;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.request.RequestKind;

/**
 * The queue tabs the workstation offers, in order: which kind, who sees it, and how its content is built. The main
 * window builds the signed-in user's tabs from this list, so a new kind is one entry here (spec-004 §1: every judge-side
 * queue has the same shape).
 */
public final class QueueTabs {

    /** What a tab may ask of the window: open a document of its kind in the material viewer. */
    public interface Host {
        void openDocument(DocumentRef document);

        /**
         * Opens {@code document} and readies {@code neighbours} (the documents before and after it in its list, the
         * next first), so that moving on opens them at once; a host that cannot just opens the document.
         */
        default void openDocument(DocumentRef document, List<DocumentRef> neighbours) {
            openDocument(document);
        }
    }

    /**
     * What a kind is given to open its documents with: a plain {@code Consumer<DocumentRef>} (tests hand a lambda),
     * which the tabs built here make a {@link DocumentOpener} so that {@link #openAmong} readies the neighbours.
     */
    @FunctionalInterface
    public interface DocumentOpener extends java.util.function.Consumer<DocumentRef> {
        void open(DocumentRef document, List<DocumentRef> neighbours);

        @Override
        default void accept(DocumentRef document) {
            open(document, List.of());
        }
    }

    /** The host's opener, for a kind: opens a document and readies the neighbours it is given. */
    static DocumentOpener opener(Host host) {
        return host::openDocument;
    }

    /**
     * Opens {@code document}, one of the documents a kind shows together ({@code list}, in their order: a request's
     * materials), and readies the documents after and before it (the next first) when {@code open} can: the same for
     * every kind, so none keeps its own copy of the neighbour rule.
     */
    public static void openAmong(java.util.function.Consumer<DocumentRef> open, DocumentRef document,
                                 List<DocumentRef> list) {
        if (open instanceof DocumentOpener o) {
            o.open(document, neighbours(list, document));
        } else {
            open.accept(document);
        }
    }

    /** The documents after and before {@code document} in {@code list} (the next first), those with a hash only. */
    static List<DocumentRef> neighbours(List<DocumentRef> list, DocumentRef document) {
        List<DocumentRef> out = new java.util.ArrayList<>();
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == document.id() && java.util.Objects.equals(list.get(i).sha256(), document.sha256())) {
                for (int j : new int[] {i + 1, i - 1}) {
                    if (j >= 0 && j < list.size() && list.get(j).sha256() != null) {
                        out.add(list.get(j));
                    }
                }
                break;
            }
        }
        return out;
    }

    /** A document to show in a viewer tab: its bytes by hash, and the words for its title. */
    private static DocumentRef readingDocument(org.courtdesk.model.api.ReadingRequestView request,
            org.courtdesk.model.api.MaterialRef m) {
        return new DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.material(m.type()), request.caseNumber() == null ? "" : request.caseNumber());
    }

    /** The materials after and before {@code m} in its 阅卷 request (the next first), as documents. */
    static List<DocumentRef> readingNeighbours(org.courtdesk.model.api.ReadingRequestView request,
            org.courtdesk.model.api.MaterialRef m) {
        List<org.courtdesk.model.api.MaterialRef> all = request.materials() == null ? List.of() : request.materials();
        return neighbours(all.stream().map(x -> readingDocument(request, x)).toList(), readingDocument(request, m));
    }

    public record DocumentRef(long id, String sha256, String fileName, String contentType, long size, String label,
                              String caption) {}

    /** Builds a tab's content for the signed-in user. */
    @FunctionalInterface
    public interface Factory {
        QueueTab create(Workspace workspace, Clock clock, Host host);
    }

    /**
     * One queue: its kind, the roles that see it, the id of its tab (tests and styles find it by it), its icon, and its
     * legal deadlines for the 今日到期 view ({@link DeadlineSource#none} for a kind without one).
     */
    public record Entry(RequestKind kind, Set<Role> roles, String tabId, Ikon icon, Factory factory,
                        DeadlineSource deadlines, QueueCount<?, ?> count) {
        public Entry {
            roles = Set.copyOf(roles);
            java.util.Objects.requireNonNull(deadlines, "deadlines: a kind states its deadlines, or DeadlineSource.none");
            if (deadlines.kind() != kind) {
                throw new IllegalArgumentException(tabId + ": deadlines of " + deadlines.kind() + " on a tab of " + kind);
            }
            java.util.Objects.requireNonNull(count, "count: a kind on the queue core gives its view's counting()");
            if (count.kind() != kind) {
                throw new IllegalArgumentException(tabId + ": a count of " + count.kind() + " on a tab of " + kind);
            }
        }

        /**
         * A queue not on the queue core, or built when the window opens (阅卷): counted before it is built by the
         * kind-neutral status rule ({@link QueueCount#byStatus}); a queue on the core passes its view's
         * {@code counting()}, so that its line counts as the built view does.
         */
        public Entry(RequestKind kind, Set<Role> roles, String tabId, Ikon icon, Factory factory,
                     DeadlineSource deadlines) {
            this(kind, roles, tabId, icon, factory, deadlines, QueueCount.byStatus(kind));
        }

        public boolean shownTo(Role role) {
            return role != null && roles.contains(role);
        }
    }

    /** 阅卷申请 for judges and clerks (as before); 网上立案 also for the 中心审核员 (spec-004 §2 Who). */
    public static final List<Entry> ALL = List.of(
            new Entry(RequestKind.CASE_FILE_READING, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-reading",
                    MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE,
                    (ws, clock, host) -> new ReadingQueueView(ws, clock, (request, m) -> host.openDocument(
                            readingDocument(request, m), readingNeighbours(request, m))),
                    // 阅卷申请 has no statutory limit on the judge (seeds 000-002); its queue shows days waiting.
                    DeadlineSource.none(RequestKind.CASE_FILE_READING)),
            new Entry(RequestKind.ONLINE_FILING, EnumSet.of(Role.JUDGE, Role.CLERK, Role.CENTRE_REVIEWER), "tab-filing",
                    MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE,
                    (ws, clock, host) -> new FilingQueueView(ws, clock, opener(host)), new FilingDeadlines(),
                    FilingQueueView.COUNT),
            // 案件绑定: the case's judge and the clerks serving them; no time limit in the seeds or the law (spec-004 §15).
            new Entry(RequestKind.CASE_BINDING, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-binding",
                    MaterialDesignA.ACCOUNT_TIE_OUTLINE,
                    (ws, clock, host) -> new BindingQueueView(ws, clock, opener(host)),
                    DeadlineSource.none(RequestKind.CASE_BINDING), BindingQueueView.COUNT),
            new Entry(RequestKind.ADJOURNMENT, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-adjournment",
                    MaterialDesignC.CALENDAR_CLOCK, (ws, clock, host) -> new org.courtdesk.app.ui.adjournment
                    .AdjournmentQueueView(ws, clock, opener(host)), new org.courtdesk.app.ui.adjournment.AdjournmentDeadlines(),
                    org.courtdesk.app.ui.adjournment.AdjournmentQueueView.COUNT),
            new Entry(RequestKind.APPEAL, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-appeal", MaterialDesignS.SCALE_BALANCE,
                    (ws, clock, host) -> new org.courtdesk.app.ui.appeal.AppealQueueView(ws, clock, opener(host)),
                    new org.courtdesk.app.ui.appeal.AppealDeadlines(), org.courtdesk.app.ui.appeal.AppealQueueView.COUNT),
            new Entry(RequestKind.PRESERVATION, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-preservation",
                    MaterialDesignS.SHIELD_LOCK_OUTLINE,
                    (ws, clock, host) -> new PreservationQueueView(ws, clock, opener(host)),
                    new PreservationDeadlines(), PreservationQueueView.COUNT),
            new Entry(RequestKind.INVESTIGATION_ORDER, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-investigation",
                    MaterialDesignF.FILE_SEARCH_OUTLINE,
                    (ws, clock, host) -> new InvestigationQueueView(ws, clock, opener(host)),
                    new InvestigationDeadlines(), InvestigationQueueView.COUNT),
            // 材料转接 (spec-004 §10): the case's judge and the clerks serving them; no time limit in the seeds or the law.
            new Entry(RequestKind.MATERIAL_TRANSFER, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-transfer",
                    MaterialDesignF.FILE_SEND_OUTLINE,
                    (ws, clock, host) -> new org.courtdesk.app.ui.transfer.TransferQueueView(ws, clock, opener(host)),
                    DeadlineSource.none(RequestKind.MATERIAL_TRANSFER), org.courtdesk.app.ui.transfer.TransferQueueView.COUNT),
            // 庭审笔录 (spec-004 §13): the 申请补正 of the judge's cases per transcript with its reading deadline; the reading
            // days are the parties', and the law sets the judge no time to answer: no deadlines on 今日到期.
            new Entry(RequestKind.HEARING_TRANSCRIPT, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-transcript",
                    MaterialDesignF.FILE_DOCUMENT_OUTLINE,
                    (ws, clock, host) -> new org.courtdesk.app.ui.transcript.TranscriptQueueView(ws, clock, opener(host)),
                    DeadlineSource.none(RequestKind.HEARING_TRANSCRIPT),
                    org.courtdesk.app.ui.transcript.TranscriptQueueView.COUNT),
            // 联系法官 / 预约法官: the case's judge and the clerks serving them; the court's reply period.
            new Entry(RequestKind.CONTACT_JUDGE, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-contact",
                    MaterialDesignC.CALENDAR_ACCOUNT_OUTLINE,
                    (ws, clock, host) -> new org.courtdesk.app.ui.contact.ContactQueueView(ws, clock),
                    new org.courtdesk.app.ui.contact.ContactDeadlines(), org.courtdesk.app.ui.contact.ContactQueueView.COUNT),
            // 意见建议: the case's judge and their clerks, and the 中心审核员 for the court's suggestions without a case.
            new Entry(RequestKind.SUGGESTION, EnumSet.of(Role.JUDGE, Role.CLERK, Role.CENTRE_REVIEWER), "tab-suggestion",
                    MaterialDesignC.COMMENT_TEXT_MULTIPLE_OUTLINE,
                    (ws, clock, host) -> new org.courtdesk.app.ui.suggestion.SuggestionQueueView(ws, clock),
                    new org.courtdesk.app.ui.suggestion.SuggestionDeadlines(),
                    org.courtdesk.app.ui.suggestion.SuggestionQueueView.COUNT),
            // 服务内容管理: judges write their own items (spec-004 §9 "法官仅可查看自己发布的服务内容"); no time limit.
            new Entry(RequestKind.SERVICE_CONTENT, EnumSet.of(Role.JUDGE), "tab-servicecontent",
                    MaterialDesignB.BULLHORN_OUTLINE,
                    (ws, clock, host) -> new org.courtdesk.app.ui.servicecontent.ServiceContentTab(ws, clock),
                    DeadlineSource.none(RequestKind.SERVICE_CONTENT)),
            // 证据交换 (spec-004 §7): the three panes; its 举证期限 bind the parties, not the judge, so 今日到期 has none.
            new Entry(RequestKind.EVIDENCE_EXCHANGE, EnumSet.of(Role.JUDGE, Role.CLERK), "tab-evidence",
                    MaterialDesignF.FILE_COMPARE,
                    (ws, clock, host) -> new org.courtdesk.app.ui.evidence.EvidenceExchangeTab(ws, clock),
                    DeadlineSource.none(RequestKind.EVIDENCE_EXCHANGE)));

    private QueueTabs() {}

    /** The entries {@code role} sees, in the window's order. */
    public static List<Entry> forRole(Role role) {
        return ALL.stream().filter(e -> e.shownTo(role)).toList();
    }
}
