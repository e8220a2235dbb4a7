package org.courtdesk.app.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.time.LocalDate;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.model.request.RequestKind;

/**
 * 网上立案's 重置 has the shape of 阅卷's and every kind's (the core's 重置 button, the kind's controls set back from its
 * default query): its controls show the query the table applies — also one the model set itself (a shortcut, 今日到期)
 * — and 重置 brings status, dates and text back to the default with every filing listed.
 */
@ExtendWith(ApplicationExtension.class)
class FilingFilterResetTest {

    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        main = new MainWindow(FilingSamples.workspace(FilingSamples.judge()), Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private FilingQueueView filing() {
        return (FilingQueueView) main.queue(RequestKind.ONLINE_FILING).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theControlsFollowTheModelsQueryAndResetBringsBackTheDefault() {
        Tab tab = main.queueTab(RequestKind.ONLINE_FILING).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> filing().model().settled() && filing().table().getItems().size() == 15);
        ComboBox<FilingStatusFilter> status = (ComboBox<FilingStatusFilter>) onFx(() -> main.lookup("#filing-filter-status"));
        DatePicker from = (DatePicker) onFx(() -> main.lookup("#filing-filter-from"));
        TextField text = (TextField) onFx(() -> main.lookup("#filing-filter-text"));

        // the model narrows the query itself: the 状态 box and the date say so
        LocalDate day = Samples.TODAY.minusDays(5);
        onFx(() -> {
            filing().model().queryProperty().set(FilingQuery.DEFAULT.withStatus(FilingStatusFilter.RETURNED)
                    .withDates(day, null));
            return null;
        });
        waitUntil(() -> filing().model().settled());
        assertThat(onFx(status::getValue)).isEqualTo(FilingStatusFilter.RETURNED);
        assertThat(onFx(from::getValue)).isEqualTo(day);
        assertThat(filing().table().getItems()).allMatch(r -> r.shownStatus()
                == org.courtdesk.model.request.RequestStatus.FILING_RETURNED);

        // typed text and a chosen status, then 重置 (the core's button)
        onFx(() -> {
            text.setText("不存在的当事人");
            return null;
        });
        waitUntil(() -> filing().model().settled() && filing().table().getItems().isEmpty());
        onFx(() -> {
            ((javafx.scene.control.Button) main.lookup("#filing-filter-reset")).fire();
            return null;
        });
        waitUntil(() -> filing().model().settled() && filing().table().getItems().size() == 15);
        assertThat(onFx(status::getValue)).isEqualTo(FilingQuery.DEFAULT.status());
        assertThat(onFx(from::getValue)).isNull();
        String typed = onFx(() -> text.getText());
        assertThat(typed).isEmpty();
        assertThat(filing().model().queryProperty().get()).isEqualTo(FilingQuery.DEFAULT);
    }
}
