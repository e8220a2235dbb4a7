package org.courtdesk.app.ui.transcript;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.i18n.Text;
import org.courtdesk.app.workspace.FileRejectedException;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.model.transcript.TranscriptRules;

/**
 * 庭审笔录 of one case without controls (spec-004 §13): every transcript of the case with its 阅读期限 (the server's
 * {@code readableUntil}: the court's {@code transcript_reading_days} from the day it was attached) and its 申请补正,
 * the transcripts queued for upload; and 上传笔录 — checked by the shared rules and as a PDF by its content, then
 * queued with its file through the outbox (offline too, sent once). May block: callers run it off the FX thread.
 */
public final class TranscriptUploads {

    /** One line of a case's transcripts: a stored transcript with its corrections, or one queued for upload. */
    public record Line(TranscriptInfo transcript, List<TranscriptCorrectionView> corrections, PendingAction queued) {

        public boolean isQueued() {
            return queued != null;
        }

        public long awaitingReply() {
            return corrections.stream().filter(c -> c.status() == RequestStatus.AWAITING_REPLY).count();
        }

        /** The queued transcript's form (title, hearing date). */
        public TranscriptAttachForm form() {
            return queued == null ? null : queued.payloadAs(TranscriptAttachForm.class);
        }
    }

    /**
     * A case's lines, whether the workstation is online now ({@code live}) and when it last synced ({@code asOf}, null
     * when never): the list is the cache's, as of that sync.
     */
    public record CaseTranscripts(String caseNumber, List<Line> lines, boolean live, java.time.Instant asOf) {}

    /** What became of 上传笔录: saved, or why not (in the user's language). */
    public record Outcome(boolean saved, List<String> problems) {}

    private final Workspace workspace;

    public TranscriptUploads(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The route that lists a case's transcripts for the court's staff (the cache has them from the feed). */
    static String route(String caseNumber) {
        return "api/v1/judge/transcripts?caseNumber=" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }

    /**
     * Every transcript of the case, from the cache only (offline too): the transcripts the changes feed brought (entry
     * {@link TranscriptInfo#FEED_ENTRY}, every transcript of the user's cases), with those the cached 申请补正 name, their
     * corrections, and this user's queued uploads for the case; newest hearing first, the queued ones on top. No network.
     */
    public CaseTranscripts load(String caseNumber) {
        String number = CaseNumber.parse(caseNumber).toString();
        Map<Long, TranscriptInfo> byId = new LinkedHashMap<>();
        for (TranscriptInfo t : workspace.entries(RequestKind.HEARING_TRANSCRIPT, TranscriptInfo.FEED_ENTRY,
                TranscriptInfo.class)) {
            if (number.equals(sameNumber(t.caseNumber()))) {
                byId.put(t.id(), t);
            }
        }
        Map<Long, List<TranscriptCorrectionView>> corrections = new HashMap<>();
        for (KindRow<TranscriptCorrectionView> row : workspace.requests(RequestKind.HEARING_TRANSCRIPT,
                TranscriptCorrectionView.class)) {
            TranscriptInfo t = row.view().transcript();
            if (t != null && number.equals(sameNumber(t.caseNumber()))) {
                byId.putIfAbsent(t.id(), t);
                corrections.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(row.view());
            }
        }
        List<Line> lines = new ArrayList<>();
        for (PendingAction a : workspace.pendingCreations(RequestKind.HEARING_TRANSCRIPT)) {
            if (a.is(TranscriptOps.ATTACH) && number.equals(caseOf(a))) {
                lines.add(new Line(null, List.of(), a));
            }
        }
        byId.values().stream()
                .sorted(Comparator.comparing(TranscriptInfo::hearingDate).thenComparing(TranscriptInfo::id).reversed())
                .forEach(t -> lines.add(new Line(t, corrections.getOrDefault(t.id(), List.of()), null)));
        org.courtdesk.app.workspace.SyncStatus status = workspace.syncStatus();
        return new CaseTranscripts(number, lines, status != null && status.online(),
                status == null ? null : status.lastSuccessfulSync());
    }

    /** A case number as the cache keeps it, in its one written form (null when it is not one). */
    private static String sameNumber(String caseNumber) {
        try {
            return caseNumber == null ? null : CaseNumber.parse(caseNumber).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String caseOf(PendingAction a) {
        try {
            return CaseNumber.parse(a.payloadAs(TranscriptAttachForm.class).caseNumber()).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** 上传笔录: the form by the shared rules, the file as a PDF by its content, then the outbox. */
    public Outcome upload(TranscriptAttachForm form, Path file, LocalDate today) {
        List<String> problems = new ArrayList<>(TranscriptRules.checkAttach(form, today).stream()
                .map(v -> Messages.error(v.code())).toList());
        if (form.title() == null || form.title().isBlank()) {
            problems.add(Messages.get("transcript.upload.title.required"));
        }
        if (file == null || !Files.isRegularFile(file)) {
            problems.add(Messages.get("transcript.upload.file.missing"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(false, problems);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            long max = workspace.maxFileBytes(); // the server's limit, as it last told
            if (size > max) {
                return new Outcome(false, List.of(Messages.text(Text.of("outbox.file.tooLarge",
                        file.getFileName().toString(), OutgoingFile.megabytes(size), OutgoingFile.megabytes(max)))));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Outcome(false, List.of(Messages.format("transcript.upload.unreadable", file.getFileName())));
        }
        if (bytes.length > 0 && !"application/pdf".equals(OutgoingFile.contentTypeOf(bytes))) {
            return new Outcome(false, List.of(Messages.format("transcript.upload.notPdf", file.getFileName())));
        }
        try {
            TranscriptAttachForm clean = new TranscriptAttachForm(CaseNumber.parse(form.caseNumber()).toString(),
                    form.hearingDate(), form.title().trim());
            workspace.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, TranscriptOps.ATTACH, clean,
                    List.of(new OutgoingFile(TranscriptOps.PDF_PART, file.getFileName().toString(), "application/pdf",
                            bytes)));
            return new Outcome(true, List.of());
        } catch (FileRejectedException e) {
            return new Outcome(false, List.of(Messages.text(e.text())));
        } catch (RuntimeException e) {
            return new Outcome(false, List.of(Messages.format("transcript.saveFailed", String.valueOf(e.getMessage()))));
        }
    }

    /** Sends a refused upload again as saved. */
    public boolean retry(PendingAction a) {
        return workspace.retryAction(a.id());
    }

    /** Drops a queued or refused upload with its file. */
    public void discard(PendingAction a) {
        workspace.discardAction(a.id());
    }
}
