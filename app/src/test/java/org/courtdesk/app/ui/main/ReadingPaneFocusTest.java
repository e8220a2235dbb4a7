package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.courtdesk.app.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A material opened in a tab pane that has not been laid out yet still gets the keyboard (a race CI lost to). */
@ExtendWith(ApplicationExtension.class)
class ReadingPaneFocusTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane(new Region());
        UiTestSupport.show(stage, root, 400, 300);
    }

    @Test
    void theViewerGetsTheKeyboardEvenWhenItsTabJoinsTheSceneOnALaterPulse() {
        Region viewer = new Region();
        onFx(() -> {
            TabPane fresh = new TabPane(); // no skin until its first CSS pass: the tab's content is not in the scene yet
            root.getChildren().add(fresh);
            fresh.getTabs().add(new Tab("材料", viewer));
            ReadingPane.focus(viewer);
            return null;
        });
        waitUntil(() -> viewer.getScene() != null);
        waitUntil(() -> viewer.getScene().getFocusOwner() == viewer);
        assertThat(onFx(viewer::isFocused)).isTrue();
    }
}
