package org.courtdesk.app.ui.servicecontent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import javafx.stage.Stage;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 服务内容 opened from elsewhere before the tab has read its items: the request asked for is remembered and selected
 * once the first load lands; after that it is selected at once, and one the tab does not hold is refused.
 */
@ExtendWith(ApplicationExtension.class)
class ServiceContentShowTest {

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
    }

    private static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.SERVICE_CONTENT, id);
    }

    @Test
    void aRequestAskedForBeforeTheFirstLoadIsSelectedWhenItLands() {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK);
        ws.kindViews.put(ref(1), ServiceContentTabTest.item(1, "网上申请阅卷操作指南", RequestStatus.PUBLISHED));
        ws.kindViews.put(ref(2), ServiceContentTabTest.item(2, "第三法庭设备检修期间庭审调整", RequestStatus.DRAFT));
        ServiceContentTab tab = onFx(() -> new ServiceContentTab(ws, Samples.CLOCK));
        try {
            boolean asked = onFx(() -> tab.show(ref(2)));
            onFx(() -> {
                tab.refresh();
                return null;
            });
            waitUntil(() -> tab.list().settled() && tab.table().getItems().size() == 2);
            assertThat(onFx(() -> tab.table().getSelectionModel().getSelectedItem()))
                    .as("selected once loaded").isNotNull().extracting(ServiceContentRow::id).isEqualTo(2L);
            assertThat(asked).as("remembered before the first load").isTrue();

            assertThat(onFx(() -> tab.show(ref(1)))).isTrue();
            assertThat(onFx(() -> tab.table().getSelectionModel().getSelectedItem().id())).as("loaded: at once")
                    .isEqualTo(1);
            assertThat(onFx(() -> tab.show(ref(99)))).as("not among the items").isFalse();
        } finally {
            onFx(() -> {
                tab.dispose();
                return null;
            });
        }
    }
}
