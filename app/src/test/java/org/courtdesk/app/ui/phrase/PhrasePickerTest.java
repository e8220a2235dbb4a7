package org.courtdesk.app.ui.phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.phrase.PhraseLibrary;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** F2 in an opinion: the kind's 常用语, chosen by digit or by arrows and Enter, inserted at the caret. */
@ExtendWith(ApplicationExtension.class)
class PhrasePickerTest {

    @TempDir
    static Path user;
    private TextArea opinion;
    private PhraseLibrary library;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.CHINESE);
        library = new PhraseLibrary(user, null);
        library.save(RequestKind.ONLINE_FILING, List.of("材料齐全，予以立案。", "请补充被告的身份证明。"));
        opinion = new TextArea();
        PhrasePicker.install(opinion, RequestKind.ONLINE_FILING);
        StackPane root = new StackPane(opinion);
        PhrasePicker.provide(root, library);
        stage.setScene(new Scene(root, 600, 300));
        stage.show();
    }

    private String text() {
        return onFx(() -> opinion.getText());
    }

    @Test
    void aDigitOrTheArrowsAndEnterInsertAPhraseAtTheCaret(FxRobot robot) {
        onFx(() -> {
            opinion.requestFocus();
            opinion.setText("经审查");
            opinion.positionCaret(3);
            return null;
        });
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#phrase-list").tryQuery().isPresent());
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> onFx(opinion::getText).equals("经审查；请补充被告的身份证明。"));

        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#phrase-list").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // the first one
        waitUntil(() -> onFx(opinion::getText).equals("经审查；请补充被告的身份证明。材料齐全，予以立案。"));

        // Esc closes without inserting; a field that cannot be edited offers nothing.
        robot.type(KeyCode.F2).type(KeyCode.ESCAPE);
        assertThat(text()).isEqualTo("经审查；请补充被告的身份证明。材料齐全，予以立案。");
        onFx(() -> {
            opinion.setEditable(false);
            return null;
        });
        robot.type(KeyCode.F2).type(KeyCode.DIGIT1);
        assertThat(text()).isEqualTo("经审查；请补充被告的身份证明。材料齐全，予以立案。");
    }
}
