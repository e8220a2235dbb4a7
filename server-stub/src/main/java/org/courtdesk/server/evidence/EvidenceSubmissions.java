package org.courtdesk.server.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.evidence.CrossExamForm;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceMaterialType;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.feed.ChangeLog;
import org.courtdesk.server.http.IdempotencyKey;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.KindUploads;
import org.courtdesk.server.idempotency.IdempotencyKeys;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.Requests;
import org.jdbi.v3.core.Handle;

import io.javalin.http.Context;

/**
 * What parties (through their lawyers) and the court put into an exchange, each in ONE write transaction with its
 * idempotency key: an item of evidence with its catalogue entry (a lawyer for the side they act for; the judge for any
 * side from paper), and a 质证 of an item of another side. The header is locked first, so the exchange's version
 * moves once per write and the judge's feed carries every one. Someone who is not a lawyer of the case (or, for the
 * court's upload, not its judge or their clerk) gets NOT_FOUND exactly as for a missing exchange; nothing is stored
 * on any refusal.
 */
public final class EvidenceSubmissions {

    public static final String KEY_HEADER = IdempotencyKey.HEADER;
    static final String UPLOAD = "EVIDENCE_UPLOAD";
    static final String CROSS = "EVIDENCE_CROSS";
    static final KindUploads.Types<EvidenceMaterialType> TYPES = new KindUploads.Types<>(EvidenceMaterialType.class,
            EvidenceMaterialType::label, 1);

    /** The answer, and whether it is a replay of an earlier request with the same key. */
    public record Outcome(EvidenceExchangeView view, boolean replayed) {}

    private record Fingerprint(EvidenceEntry entry, String fileName, String sha256) {}

    private final ServerContext context;

    public EvidenceSubmissions(ServerContext context) {
        this.context = context;
    }

    /** An item of evidence: by a lawyer of the case ({@code court} false) or by the court from paper ({@code court} true). */
    public Outcome upload(Context ctx, CurrentUser user, long exchangeId, boolean court) {
        UUID key = IdempotencyKey.read(ctx);
        KindUploads.Parsed<EvidenceEntry, EvidenceMaterialType> parsed = KindUploads.read(ctx, "entry", EvidenceEntry.class,
                "证据目录", TYPES, context.config().maxMaterialBytes(), context.config().maxUploadBytes());
        if (parsed.materials().size() != 1) {
            throw new ApiException(ErrorCode.MATERIAL_MISSING, "请上传一份证据材料（文件部分 EVIDENCE）");
        }
        KindUploads.Upload<EvidenceMaterialType> file = parsed.materials().get(0);
        EvidenceEntry entry = parsed.form();
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(key, user.id(), EvidenceRepository.KIND, exchangeId, UPLOAD,
                new Fingerprint(entry, file.fileName(), file.content().sha256()));
        return context.database().write(h -> {
            EvidenceRepository.Stored s = audience(h, user, exchangeId, court);
            Optional<String> stored = IdempotencyKeys.replay(h, scope);
            if (stored.isPresent()) {
                return new Outcome(Json.read(stored.get(), EvidenceExchangeView.class), true);
            }
            EvidenceSide side;
            if (court) {
                if (entry == null || entry.side() == null) {
                    throw new ApiException(ErrorCode.EVIDENCE_ENTRY_INVALID, "代为上传纸质证据须写明提交方（原告、被告或第三人）");
                }
                side = entry.side();
            } else {
                side = EvidenceRepository.sideOf(h, s.caseId(), user.id()).orElseThrow(EvidenceSubmissions::notFound);
            }
            EvidenceRefusals.refuseIfBroken(EvidenceRules.checkEntry(entry));
            open(s);
            if (EvidenceRepository.seqTaken(h, exchangeId, side, entry.seq())) {
                throw new ApiException(ErrorCode.EVIDENCE_SEQ_TAKEN, side.label() + "证据目录中已有序号 " + entry.seq()
                        + " 的证据，请换一个序号");
            }
            Instant now = context.clock().instant();
            boolean late = EvidenceRules.isLate(s.deadlines(), side, context.today());
            EvidenceRepository.addItem(h, exchangeId, side, entry, user.id(), now, late, court, file.fileName(),
                    file.contentType(), file.content());
            AuditLog.recordAt(h, EvidenceRepository.KIND, exchangeId, user.id(), user.account().displayName(),
                    court ? EvidenceAudit.UPLOAD_PAPER : EvidenceAudit.UPLOAD, side.label() + "证据 " + entry.seq() + ". "
                            + entry.name().trim() + "（" + entry.pages() + " 页）" + (late ? "，逾期举证（举证期限 "
                            + s.deadlines().evidence(side) + "）" : ""), now);
            return finish(h, s, scope, now);
        });
    }

    /** A 质证 by a lawyer of the case of an item of another side. */
    public Outcome crossExamine(Context ctx, CurrentUser user, long exchangeId) {
        UUID key = IdempotencyKey.read(ctx);
        CrossExamForm form = Json.body(ctx, CrossExamForm.class);
        IdempotencyKeys.Scope scope = IdempotencyKeys.Scope.of(key, user.id(), EvidenceRepository.KIND, exchangeId, CROSS, form);
        return context.database().write(h -> {
            EvidenceRepository.Stored s = audience(h, user, exchangeId, false);
            Optional<String> stored = IdempotencyKeys.replay(h, scope);
            if (stored.isPresent()) {
                return new Outcome(Json.read(stored.get(), EvidenceExchangeView.class), true);
            }
            EvidenceSide side = EvidenceRepository.sideOf(h, s.caseId(), user.id()).orElseThrow(EvidenceSubmissions::notFound);
            EvidenceRefusals.refuseIfBroken(EvidenceRules.checkCrossExam(form));
            var item = EvidenceRepository.item(h, exchangeId, form.itemId()).orElseThrow(() ->
                    new ApiException(ErrorCode.NOT_FOUND, "本次证据交换中没有该证据"));
            open(s);
            if (!side.opposes(item.getKey())) {
                throw new ApiException(ErrorCode.EVIDENCE_CROSS_OWN_SIDE);
            }
            Instant now = context.clock().instant();
            EvidenceRepository.crossExamine(h, form.itemId(), side, user.id(), form, now);
            AuditLog.recordAt(h, EvidenceRepository.KIND, exchangeId, user.id(), user.account().displayName(),
                    EvidenceAudit.CROSS, side.label() + "对" + item.getKey().label() + "证据 " + item.getValue() + "："
                            + (form.objection() ? "有异议（" + form.objectionReason().trim() + "）" : "无异议"), now);
            return finish(h, s, scope, now);
        });
    }

    /** The exchange, if {@code user} is its audience: a lawyer of the case, or (court) its judge or their clerk. */
    private EvidenceRepository.Stored audience(Handle h, CurrentUser user, long exchangeId, boolean court) {
        RequestHeader header = Requests.lock(h, EvidenceRepository.KIND, exchangeId).orElseThrow(EvidenceSubmissions::notFound);
        EvidenceRepository.Stored s = EvidenceRepository.stored(h, exchangeId);
        boolean may = court ? user.maySee(header.judgeId(), header.pool())
                : EvidenceRepository.sideOf(h, s.caseId(), user.id()).isPresent();
        if (!may) {
            throw notFound();
        }
        return s;
    }

    private static void open(EvidenceRepository.Stored s) {
        if (s.status() == RequestStatus.EVIDENCE_REVIEWED) {
            throw new ApiException(ErrorCode.EVIDENCE_EXCHANGE_CLOSED);
        }
    }

    private Outcome finish(Handle h, EvidenceRepository.Stored s, IdempotencyKeys.Scope scope, Instant now) {
        RequestHeader header = Requests.lock(h, EvidenceRepository.KIND, s.id()).orElseThrow();
        long seq = ChangeLog.record(h, EvidenceRepository.KIND, s.id(), header.judgeId(), null, header.applicantId(),
                ChangeOp.UPSERT);
        Requests.stampVersion(h, s.id(), seq);
        EvidenceExchangeView view = EvidenceRepository.find(h, s.id(), context.today(), true).orElseThrow();
        IdempotencyKeys.remember(h, scope, Json.write(view), now);
        return new Outcome(view, false);
    }

    public static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }

    static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND);
    }

    /** Used by the catalogue route: whether {@code user} may see exchange {@code id} (judge side or lawyer of the case). */
    public static boolean maySee(Handle h, CurrentUser user, long id) {
        Optional<Object[]> row = h.createQuery("SELECT judge_id, case_id FROM request WHERE id = :id AND kind = :k")
                .bind("id", id).bind("k", EvidenceRepository.KIND.name())
                .map((rs, c) -> new Object[] {rs.getLong(1), rs.getLong(2)}).findOne();
        if (row.isEmpty()) {
            return false;
        }
        return user.account().role().isCourtStaff() ? user.maySee((Long) row.get()[0], null)
                : EvidenceRepository.sideOf(h, (Long) row.get()[1], user.id()).isPresent();
    }

}
