package org.courtdesk.app.ui.reading;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.OnSiteVisit;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;

/**
 * The detail pane of one 阅卷申请, laid out like seed 002 fig. 13/14: 申请信息, 审查信息, 申请材料, 阅卷材料, then the
 * review form.
 */
public final class ReadingDetailView extends VBox {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final VBox content = new VBox(12);
    private final ScrollPane scroll = new ScrollPane();
    private final ReviewFormView form;
    private final ZoneId zone;
    private final Consumer<MaterialRef> openMaterial;
    private final Runnable showConflict;
    private final AttendanceFormView attendance;
    private ReadingRequestView shown;

    /** {@code zone}: the court's, in which the history's times are shown. */
    public ReadingDetailView(ReviewFormView form, ZoneId zone, Consumer<MaterialRef> openMaterial, Runnable showConflict) {
        this(form, null, zone, openMaterial, showConflict);
    }

    /** {@code attendance}: 现场阅卷登记, shown under 阅卷材料 for an approved on-site request (null: none). */
    public ReadingDetailView(ReviewFormView form, AttendanceFormView attendance, ZoneId zone,
                             Consumer<MaterialRef> openMaterial, Runnable showConflict) {
        this.form = form;
        this.attendance = attendance;
        this.zone = zone;
        this.openMaterial = openMaterial;
        this.showConflict = showConflict;
        setId("reading-detail");
        getStyleClass().add("detail-pane");
        setMinWidth(400);
        scroll.getStyleClass().addAll("detail-scroll", Styles.FLAT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(14, 20, 16, 20));
        content.getStyleClass().add("detail-content");
        scroll.setContent(content);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The review form stays pinned under the scrolling application: always in view for the keyboard flow.
        getChildren().addAll(scroll, form);
        form.setVisible(false);
        form.setManaged(false);
        showPlaceholder();
    }

    public ReadingRequestView shown() {
        return shown;
    }

    public void showPlaceholder() {
        shown = null;
        Label l = new Label(Messages.get("detail.placeholder"), Icons.of(MaterialDesignF.FILE_SEARCH_OUTLINE, 32, "placeholder-icon"));
        l.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-placeholder");
        l.setWrapText(true);
        VBox box = new VBox(l);
        box.setAlignment(Pos.CENTER);
        box.setMinHeight(300);
        content.getChildren().setAll(box);
        form.setVisible(false);
        form.setManaged(false);
    }

    public void show(ReadingRequestView v, PendingDecision pending) {
        show(v, pending, null);
    }

    /** {@code visit}: the request's attendance record in the outbox, if any (a conflict is pointed out at the top). */
    public void show(ReadingRequestView v, PendingDecision pending, PendingAttendance visit) {
        shown = v;
        content.getChildren().clear();

        Label status = new Label(Messages.status(v.status()));
        status.setId("detail-status");
        status.getStyleClass().addAll("status-chip", "status-" + v.status().name().toLowerCase());
        Label appNo = new Label(Messages.format("detail.applicationNo", nz(v.applicationNo())));
        appNo.getStyleClass().add(Styles.TEXT_MUTED);
        // nothing in the head is cut (issue 13): the chips keep their words, the application number wraps
        status.setMinWidth(Region.USE_PREF_SIZE);
        appNo.setWrapText(true);
        appNo.setMinWidth(0);
        HBox head = new HBox(10, status, appNo);
        head.setAlignment(Pos.CENTER_LEFT);
        if (pending != null) {
            Label mark = new Label(Messages.get(pending.conflict() ? "sync.mark.conflict" : "sync.mark.pending"));
            mark.getStyleClass().addAll("status-chip", pending.conflict() ? "chip-conflict" : "chip-pending");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(1, mark);
        }
        Label caseLine = new Label(nz(v.caseNumber()) + (v.caseTitle() == null || v.caseTitle().isBlank() ? "" : "  " + v.caseTitle()));
        caseLine.setId("detail-case");
        caseLine.getStyleClass().addAll(Styles.TITLE_4, "detail-case");
        caseLine.setWrapText(true);
        content.getChildren().addAll(head, caseLine);

        boolean visitConflict = visit != null && visit.state() == OutboxState.CONFLICT;
        if (pending != null && pending.conflict() || visitConflict) {
            Label text = new Label(Messages.get(visitConflict && (pending == null || !pending.conflict())
                    ? "attendance.conflict" : "detail.conflict"), Icons.of(MaterialDesignA.ALERT_OUTLINE, 16));
            text.setWrapText(true);
            Button open = new Button(Messages.get("detail.conflict.open"));
            open.setId("detail-open-conflict");
            open.getStyleClass().add(Styles.DANGER);
            open.setOnAction(e -> showConflict.run());
            // the button keeps its words (it showed only "..." at 1280 px, issue 13); the sentence beside it wraps
            open.setMinWidth(Region.USE_PREF_SIZE);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox box = new HBox(10, text, spacer, open);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("conflict-box");
            content.getChildren().add(box);
        }

        // 申请信息
        FieldGrid app = grid();
        int r = 0;
        r = row(app, r, "detail.caseNumber", v.caseNumber());
        r = row(app, r, "detail.court", v.courtName());
        r = row(app, r, "detail.applicant", nz(v.applicantName())
                + (v.applicantRole() == null ? "" : "（" + Messages.get("detail.role." + v.applicantRole().name()) + "）"),
                "detail.applicationDate", RowFormat.date(v.applicationDate()));
        r = row(app, r, "detail.content", v.content());
        r = row(app, r, "detail.reason", v.reason());
        if (v.proposedTime() != null || v.agreementVersion() != null) {
            // The applicant's 预约时间 (the judge may set another window) and the 阅卷须知 they ticked.
            r = row(app, r, "detail.proposedTime", v.proposedTime() == null ? Messages.get("detail.proposedTime.none")
                            : RowFormat.date(v.proposedTime().toLocalDate()) + " "
                            + String.format("%02d:%02d", v.proposedTime().getHour(), v.proposedTime().getMinute()),
                    "detail.agreementVersion", v.agreementVersion() == null ? ""
                            : Messages.format("detail.agreementVersion.value", v.agreementVersion()));
        }
        row(app, r, "detail.requestedMode", Messages.mode(v.requestedMode()), "detail.digitised",
                Messages.get(v.caseDigitised() ? "detail.digitised.yes" : "detail.digitised.no"));
        content.getChildren().add(section("detail.section.application", app));

        // 审查信息
        ReviewInfo review = v.review();
        if (review != null) {
            FieldGrid g = grid();
            r = 0;
            r = row(g, r, "detail.reviewer", review.reviewer(), "detail.reviewDate", RowFormat.date(review.reviewDate()));
            r = row(g, r, "detail.opinion", Messages.opinion(review.opinion()), "detail.mode", Messages.mode(review.mode()));
            row(g, r, "detail.explanation", review.explanation());
            content.getChildren().add(section("detail.section.review", g));
        } else {
            content.getChildren().add(section("detail.section.review", muted(Messages.get("detail.review.none"))));
        }

        // 申请材料
        VBox materials = new VBox(4);
        materials.setId("detail-materials");
        if (v.materials() == null || v.materials().isEmpty()) {
            materials.getChildren().add(muted(Messages.get("detail.materials.none")));
        } else {
            for (MaterialRef m : v.materials()) {
                Hyperlink link = new Hyperlink(Messages.material(m.type()) + "  ·  " + nz(m.fileName())
                        + "  (" + size(m.size()) + ")",
                        isPdf(m) ? Icons.of(MaterialDesignF.FILE_PDF_BOX, 16, "icon-pdf")
                                : Icons.of(MaterialDesignF.FILE_IMAGE_OUTLINE, 16, "icon-image"));
                link.getStyleClass().add("material-link");
                link.setWrapText(true); // a long file name wraps instead of being cut
                link.setTooltip(new Tooltip(Messages.get("detail.materials.open")));
                link.setOnAction(e -> openMaterial.accept(m));
                materials.getChildren().add(link);
            }
        }
        content.getChildren().add(section("detail.section.materials", materials));

        // 阅卷材料
        content.getChildren().add(section("detail.section.reading", readingMaterials(v)));
        if (attendance != null) {
            content.getChildren().add(attendance); // shows itself only for an approved on-site request
        }

        // 操作记录: who submitted, decided, changed the mode or window, recorded attendance, downloaded — and when
        content.getChildren().add(section("detail.section.audit", auditTrail(v)));

        form.setVisible(true);
        form.setManaged(true);
        scroll.setVvalue(0);
    }

    private VBox readingMaterials(ReadingRequestView v) {
        ReviewInfo review = v.review();
        if (review == null || review.mode() == null) {
            return new VBox(muted(Messages.get("detail.reading.none")));
        }
        FieldGrid g = grid();
        int r = 0;
        if (review.mode() == ReadingMode.ONLINE) {
            row(g, r, "detail.validUntil", RowFormat.date(review.validUntil()));
        } else {
            r = row(g, r, "detail.onSiteStart", RowFormat.date(review.onSiteStart()), "detail.onSiteEnd",
                    RowFormat.date(review.onSiteEnd()));
            OnSiteVisit visit = v.visit();
            String attended = visit == null || visit.attended() == null ? RowFormat.NONE
                    : Messages.get(visit.attended() ? "detail.yes" : "detail.no");
            r = row(g, r, "detail.attended", attended);
            row(g, r, "detail.borrowedAt", visit == null || visit.borrowedAt() == null ? RowFormat.NONE
                    : DATE_TIME.format(visit.borrowedAt()), "detail.returnedAt",
                    visit == null || visit.returnedAt() == null ? RowFormat.NONE : DATE_TIME.format(visit.returnedAt()));
        }
        VBox box = new VBox(8, g);
        if (review.replyNote() != null && !review.replyNote().isBlank()) {
            Label note = new Label(review.replyNote());
            note.setWrapText(true);
            note.getStyleClass().add("reply-note");
            box.getChildren().add(note);
        }
        return box;
    }

    private VBox auditTrail(ReadingRequestView v) {
        VBox box = new VBox(6);
        box.setId("detail-audit");
        if (v.audit() == null || v.audit().isEmpty()) {
            box.getChildren().add(muted(Messages.get("detail.audit.none")));
            return box;
        }
        for (AuditEntry e : v.audit()) {
            Label when = new Label(e.at() == null ? RowFormat.NONE : DATE_TIME.format(e.at().atZone(zone)));
            when.getStyleClass().addAll(Styles.TEXT_MUTED, "audit-time");
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(nz(e.actor()) + "  " + nz(e.action()));
            what.getStyleClass().add("audit-action");
            what.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(12, when, what);
            VBox entry = new VBox(2, line);
            if (e.detail() != null && !e.detail().isBlank()) {
                Label detail = muted(e.detail());
                detail.getStyleClass().add("audit-detail");
                entry.getChildren().add(detail);
            }
            box.getChildren().add(entry);
        }
        return box;
    }

    private static boolean isPdf(MaterialRef m) {
        return m.contentType() != null && m.contentType().contains("pdf")
                || m.fileName() != null && m.fileName().toLowerCase().endsWith(".pdf");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.0f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    private static VBox section(String key, javafx.scene.Node body) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(8, title, body);
        box.getStyleClass().add("detail-section");
        return box;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private static FieldGrid grid() {
        return new FieldGrid();
    }

    /** One full-width field. */
    private static int row(FieldGrid g, int r, String key, String value) {
        g.add(fieldLabel(key), value(value));
        return r + 1;
    }

    /** Two fields side by side; stacked one a line when the detail is too narrow for both values whole. */
    private static int row(FieldGrid g, int r, String k1, String v1, String k2, String v2) {
        g.add(fieldLabel(k1), value(v1), fieldLabel(k2), value(v2));
        return r + 1;
    }

    private static Label fieldLabel(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label value(String s) {
        Label l = new Label(s == null || s.isBlank() ? RowFormat.NONE : s);
        l.getStyleClass().add("field-value");
        l.setWrapText(true);
        return l;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
