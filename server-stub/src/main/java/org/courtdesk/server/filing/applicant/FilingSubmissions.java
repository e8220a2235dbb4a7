package org.courtdesk.server.filing.applicant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingForm;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingReceipt;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingSupplementForm;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.filing.FilingAudit;
import org.courtdesk.server.filing.FilingRefusals;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.ApplicantSubmissions;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

/**
 * The applicant's writes, each in ONE transaction with its idempotency key: a new filing (header in 收 with its
 * 承办法官 and the court's centre reviewers, detail, parties, materials, audit, feed), a supplement after 退回补正
 * (退→收, the 7 days restart) and a 留言. The change feed entry gets both audiences, judge and pool. A refusal
 * anywhere rolls all of it back. Uploads are stored before the feed lock is taken (they are the slow part).
 */
final class FilingSubmissions {

    static final String SUBMIT = "SUBMIT";
    static final String SUPPLEMENT = "SUPPLEMENT";
    static final String MESSAGE = "APPLICANT_MESSAGE";
    static final int MAX_NOTE_LENGTH = FilingRules.MAX_MESSAGE_LENGTH;

    private final ServerContext context;
    private final ApplicantSubmissions pipeline;

    FilingSubmissions(ServerContext context) {
        this.context = context;
        this.pipeline = new ApplicantSubmissions(context);
    }

    record Outcome<T>(T answer, boolean replayed) {}

    private record FileFingerprint(String type, String fileName, String sha256) {}

    private record Fingerprint(Object form, List<FileFingerprint> materials) {}

    static IdempotencyKeys.Scope scope(UUID key, CurrentUser user, long id, String action, FilingUploads.Parsed<?> parsed) {
        Fingerprint print = new Fingerprint(parsed.form(), parsed.materials().stream()
                .map(m -> new FileFingerprint(m.type().name(), m.fileName(), m.content().sha256())).toList());
        return IdempotencyKeys.Scope.of(key, user.id(), FilingRepository.KIND, id, action, print);
    }

    // ------------------------------------------------------------------ a new filing

    ApplicantSubmissions.Outcome<FilingReceipt> submit(CurrentUser user, FilingUploads.Parsed<FilingForm> parsed,
                                                       IdempotencyKeys.Scope scope, Runnable rules) {
        return pipeline.submit(scope, FilingReceipt.class, rules, h -> {
            FilingForm form = parsed.form();
            String court = form.courtCode().trim();
            boolean known = h.createQuery("SELECT COUNT(*) FROM court WHERE code = :c").bind("c", court)
                    .mapTo(Integer.class).one() > 0;
            if (!known) {
                throw new ApiException(ErrorCode.COURT_UNKNOWN, "没有代字为“" + court + "”的法院，请从法院列表中选择受理法院");
            }
            storeBlobs(h, parsed);
            return now -> {
                Long judge = FilingRepository.chooseJudge(h, court).orElse(null);
                Requests.Created created = FilingRepository.insert(h, form, judge, user.id(), now, context.today(), null);
                long id = created.id();
                for (FilingUploads.Upload m : parsed.materials()) {
                    FilingRepository.attachMaterial(h, id, m.type(), m.fileName(), m.contentType(), m.content(), now);
                }
                AuditLog.recordAt(h, FilingRepository.KIND, id, user.id(), user.account().displayName(),
                        FilingAudit.SUBMIT, "提交网上立案申请：" + names(form, PartyRole.PLAINTIFF) + "诉"
                                + names(form, PartyRole.DEFENDANT) + "，案由：" + form.causeOfAction().trim() + "，标的额："
                                + form.amountInDispute().toPlainString() + " 元，材料" + parsed.materials().size() + "份", now);
                return new ApplicantSubmissions.Stored<>(id, judge, pool(h, id), user.id(), () -> new FilingReceipt(id,
                        created.applicationNo(), FilingRepository.find(h, id, true).orElseThrow()));
            };
        });
    }

    // ------------------------------------------------------------------ 补正

    Outcome<FilingView> supplement(CurrentUser user, long id, FilingUploads.Parsed<FilingSupplementForm> parsed,
                                   IdempotencyKeys.Scope scope) {
        return pipeline.retried(h -> {
            RequestHeader header = own(h, user, id);
            Optional<String> stored = IdempotencyKeys.replay(h, scope);
            if (stored.isPresent()) {
                return new Outcome<>(Json.read(stored.get(), FilingView.class), true);
            }
            FilingRepository.Stored s = FilingRepository.stored(h, id);
            FilingRefusals.refuseIfBroken(FilingRules.checkSupplement(user.account().role(), s.status(), s.returnKind(),
                    s.supplementDeadline(), context.today(), parsed.types()));
            Transitions.check(FilingRepository.KIND, header.status(), RequestStatus.FILING_RECEIVED);
            String note = parsed.form().note() == null ? "" : parsed.form().note().trim();
            if (note.length() > MAX_NOTE_LENGTH) {
                throw new ApiException(ErrorCode.TEXT_TOO_LONG, "补正说明不能超过 " + MAX_NOTE_LENGTH + " 字");
            }
            Instant now = context.clock().instant();
            storeBlobs(h, parsed);
            for (FilingUploads.Upload m : parsed.materials()) {
                FilingRepository.attachMaterial(h, id, m.type(), m.fileName(), m.contentType(), m.content(), now);
            }
            FilingRepository.supplemented(h, id, now);
            Requests.moveTo(h, id, RequestStatus.FILING_RECEIVED);
            AuditLog.recordAt(h, FilingRepository.KIND, id, user.id(), user.account().displayName(), FilingAudit.SUPPLEMENT,
                    "补正材料" + parsed.materials().size() + "份" + (note.isEmpty() ? "" : "，补正说明：" + note)
                            + "；审查期限自补正之日起重新计算", now);
            stamp(h, id, header.judgeId(), user);
            FilingView view = FilingRepository.find(h, id, true).orElseThrow();
            IdempotencyKeys.remember(h, scope, Json.write(view), now);
            return new Outcome<>(view, false);
        });
    }

    // ------------------------------------------------------------------ 留言

    Outcome<FilingView> message(CurrentUser user, long id, FilingMessagePost post) {
        return pipeline.retried(h -> {
            RequestHeader header = own(h, user, id);
            IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(post.idempotencyKey(), user.id(),
                    FilingRepository.KIND, id, MESSAGE, post);
            Optional<String> stored = IdempotencyKeys.replay(h, scope);
            if (stored.isPresent()) {
                return new Outcome<>(Json.read(stored.get(), FilingView.class), true);
            }
            FilingRefusals.refuseIfBroken(FilingRules.checkMessage(post));
            Instant now = context.clock().instant();
            var me = user.account();
            FilingRepository.addMessage(h, id, now, me.id(), me.displayName(), me.role(), post.text());
            AuditLog.recordAt(h, FilingRepository.KIND, id, me.id(), me.displayName(), FilingAudit.APPLICANT_MESSAGE,
                    post.text().trim(), now);
            stamp(h, id, header.judgeId(), user);
            FilingView view = FilingRepository.find(h, id, true).orElseThrow();
            IdempotencyKeys.remember(h, scope, Json.write(view), now);
            return new Outcome<>(view, false);
        });
    }

    // ------------------------------------------------------------------ shared

    /** The caller's own filing, header locked; another's answers like a missing one. */
    private static RequestHeader own(Handle h, CurrentUser user, long id) {
        return Requests.lock(h, FilingRepository.KIND, id)
                .filter(x -> x.applicantId() != null && x.applicantId() == user.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
    }

    /** The feed entry for both audiences (judge and the court's reviewers); its seq is the new version. */
    private static void stamp(Handle h, long id, Long judgeId, CurrentUser user) {
        long seq = ChangeLog.record(h, FilingRepository.KIND, id, judgeId, pool(h, id), user.id(), ChangeOp.UPSERT);
        Requests.stampVersion(h, id, seq);
    }

    /** The court's reviewers' pool the request was filed into (header column {@code pool}). */
    private static String pool(Handle h, long id) {
        return h.createQuery("SELECT pool FROM request WHERE id = :id").bind("id", id).mapTo(String.class).one();
    }

    private static void storeBlobs(Handle h, FilingUploads.Parsed<?> parsed) {
        for (FilingUploads.Upload m : parsed.materials()) {
            BlobStore.put(h, m.content(), m.contentType());
        }
    }

    private static String names(FilingForm form, PartyRole role) {
        return String.join("、", form.parties().stream().filter(p -> p.role() == role).map(p -> p.name().trim()).toList());
    }
}
