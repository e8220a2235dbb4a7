package org.courtdesk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.sync.Session;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.MutableClock;
import org.courtdesk.app.workspace.FileRejectedException;
import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Files an outbox action carries, in the cache alone (no server): stored with the action in one transaction, kept
 * across a restart, described to the screens without their bytes, gone with the action (confirmed or discarded),
 * never queued over the limit; a JSON action is unchanged.
 */
class OutboxFilesTest {

    static final char[] PASSWORD = "s3cret-审查".toCharArray();
    static final StaffOp UPLOAD = StaffOp.uploadCreation("test-upload", "api/v1/judge/things", "thing");

    @TempDir
    Path tmp;
    final MutableClock clock = MutableClock.courtMorning();
    LocalWorkspace ws;

    LocalWorkspace workspace(boolean create) throws Exception {
        Path dir = tmp.resolve("u");
        LocalCache cache = create ? LocalCache.create(dir, PASSWORD, new KdfParams(1024, 1, 1), clock)
                : LocalCache.open(dir, PASSWORD, clock);
        ws = new LocalWorkspace(Fixtures.JUDGE, cache, new ApiClient("http://127.0.0.1:9"), new Session("wangfg", null),
                clock, SyncConfig.DEFAULT, false);
        return ws;
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    static OutgoingFile file(String name, String text) {
        return new OutgoingFile("PDF", name, "application/pdf", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUploadKeepsItsFilesAndKeyAcrossARestartAndLosesThemOnlyWithTheAction() throws Exception {
        workspace(true);
        PendingAction saved = ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, UPLOAD, Map.of("title", "笔录"),
                List.of(file("一.pdf", "%PDF-one"), file("二.pdf", "%PDF-two")));
        assertThat(saved.files()).extracting(OutgoingFile.Info::fileName).containsExactly("一.pdf", "二.pdf");
        assertThat(saved.files().get(0).sha256()).hasSize(64);
        // The form is the body as the server reads it: the key travels in the header, not in the JSON.
        JsonNode body = Json.read(saved.payloadJson(), JsonNode.class);
        assertThat(body.has("idempotencyKey")).isFalse();
        assertThat(body.path("title").asText()).isEqualTo("笔录");
        OutboxEntry entry = ws.cache().read(h -> Outbox.byId(h, saved.id())).orElseThrow();
        assertThat(entry.isUpload()).isTrue();
        assertThat(entry.formPart()).isEqualTo("thing");
        ws.close();

        workspace(false);
        OutboxEntry again = ws.cache().read(h -> Outbox.byId(h, saved.id())).orElseThrow();
        assertThat(again.idempotencyKey()).isEqualTo(entry.idempotencyKey());
        List<OutgoingFile> content = ws.cache().read(h -> OutboxFiles.content(h, saved.id()));
        assertThat(content).extracting(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .containsExactly("%PDF-one", "%PDF-two");
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).singleElement()
                .satisfies(p -> assertThat(p.files()).hasSize(2));

        ws.discardAction(saved.id());
        assertThat(ws.cache().read(OutboxFiles::count)).isZero();
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).isEmpty();
    }

    @Test
    void aRefusedUploadIsRetriedWithItsKeyAndFiles() throws Exception {
        workspace(true);
        PendingAction saved = ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, UPLOAD, Map.of("title", "笔录"),
                List.of(file("一.pdf", "%PDF-one")));
        assertThat(ws.retryAction(saved.id())).as("nothing to retry while pending").isFalse();
        ws.cache().write(h -> {
            Outbox.markRefused(h, saved.id(), null, ErrorCode.NOT_FOUND, "没有该案号的案件");
            return null;
        });
        assertThat(ws.retryAction(saved.id())).isTrue();
        OutboxEntry e = ws.cache().read(h -> Outbox.byId(h, saved.id())).orElseThrow();
        assertThat(e.state()).isEqualTo(OutboxState.PENDING);
        assertThat(e.errorCode()).isNull();
        assertThat(e.files()).hasSize(1);
        assertThat(e.idempotencyKey()).isEqualTo(ws.cache().read(h -> Outbox.all(h)).get(0).idempotencyKey());
    }

    @Test
    void aFileOverTheLimitEmptyOrMissingIsNotQueued() throws Exception {
        workspace(true);
        OutgoingFile big = new OutgoingFile("PDF", "卷宗.pdf", "application/pdf", new byte[(int) OutgoingFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, UPLOAD, Map.of(), List.of(big)))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(ErrorCode.MATERIAL_TOO_LARGE));
        assertThatThrownBy(() -> ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, UPLOAD, Map.of(),
                List.of(new OutgoingFile("PDF", "空.pdf", null, new byte[0])))).isInstanceOf(FileRejectedException.class);
        assertThatThrownBy(() -> ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, UPLOAD, Map.of(), List.of()))
                .isInstanceOf(FileRejectedException.class);
        // A JSON op cannot carry files, and an upload op is not a JSON action.
        assertThatThrownBy(() -> ws.saveCreation(RequestKind.HEARING_TRANSCRIPT, UPLOAD, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ws.cache().read(Outbox::all)).isEmpty();
        assertThat(ws.cache().read(OutboxFiles::count)).isZero();
    }

    @Test
    void aJsonActionIsUnchanged() throws Exception {
        workspace(true);
        PendingAction saved = ws.saveCreation(RequestKind.HEARING_TRANSCRIPT,
                StaffOp.creation("test-create", "api/v1/judge/things"), Map.of("title", "笔录"));
        assertThat(saved.files()).isEmpty();
        assertThat(Json.read(saved.payloadJson(), JsonNode.class).path("idempotencyKey").asText()).isNotEmpty();
        assertThat(ws.cache().read(h -> Outbox.byId(h, saved.id())).orElseThrow().isUpload()).isFalse();
    }
}
