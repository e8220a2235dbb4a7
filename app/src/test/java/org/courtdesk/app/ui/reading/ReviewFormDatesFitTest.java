package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;

/**
 * The review form as wide as it is beside the 阅卷 list at 1280×800 (~420 px): the two 阅卷时间 dates of an approved
 * on-site request are shown whole, editable and read-only (seen by hand: "2026-12-0" in two 132 px pickers after 同意
 * was saved). A date that does not fit beside the other goes to the next line instead of being cut.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewFormDatesFitTest {

    static final LocalDate TODAY = Fixtures.TODAY;

    @Start
    void start(Stage stage) {
        // the test shows its own form
    }

    private static ReadingRequestView onSite() {
        ReadingRequestView v = Fixtures.request(1, 1);
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), v.reason(), ReadingMode.ON_SITE, false, v.status(), v.version(),
                v.judgeName(), null, null, v.materials(), v.audit(), 1, null);
    }

    /** Date fields whose text is wider than the room inside their editor. */
    private static List<String> cutDates(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".date-picker")) {
            if (!(n instanceof DatePicker p) || !n.isVisible()) {
                continue;
            }
            TextField editor = p.getEditor();
            String text = editor.getText();
            Text measure = new Text(text);
            measure.setFont(editor.getFont());
            double room = editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset();
            if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                out.add(p.getId() + " shows \"" + text + "\" in " + Math.round(room) + " px");
            }
        }
        return out;
    }

    @Test
    void anApprovedOnSiteWindowShowsBothDatesWholeAtTheFormsWidth() throws Exception {
        ReviewFormModel model = new ReviewFormModel(new FakeWorkspace(Clock.fixed(
                TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)), Runnable::run, Runnable::run);
        Stage stage = onFx(Stage::new);
        ReviewFormView form = onFx(() -> {
            model.load(onSite(), null, TODAY);
            model.opinionProperty().set(ReviewOpinion.AGREE);
            model.onSiteStartProperty().set(LocalDate.of(2026, 12, 29));
            model.onSiteEndProperty().set(LocalDate.of(2026, 12, 30));
            ReviewFormView v = new ReviewFormView(model, () -> { });
            UiTestSupport.show(stage, v, 420, 600);
            return v;
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            List<String> editable = onFx(() -> {
                form.applyCss();
                form.layout();
                return cutDates(form);
            });
            assertThat(onFx(() -> form.lookupAll(".date-picker").stream().filter(Node::isVisible).count()))
                    .as("the on-site window's two dates are on screen").isEqualTo(2L);
            assertThat(editable).as("editable").isEmpty();

            // read-only, as after the decision was saved
            onFx(() -> {
                model.editableProperty().set(false);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> readOnly = onFx(() -> {
                form.applyCss();
                form.layout();
                return cutDates(form);
            });
            assertThat(readOnly).as("read-only").isEmpty();
            UiTestSupport.snapshot(form, "review-form-dates-read-only");
        } finally {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }
}
