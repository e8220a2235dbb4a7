package org.courtdesk.app.ui.notice;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.controlsfx.control.Notifications;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.request.RequestKind;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The optional desktop notification for new reminders: one popup in the screen's corner summing them up per queue
 * (ControlsFX {@link Notifications}), shown over the workstation's window for a few seconds. Call on the FX thread.
 */
public final class DesktopNotice {

    private DesktopNotice() {}

    public static void show(Node owner, List<Notice> fresh) {
        if (fresh.isEmpty() || owner.getScene() == null || owner.getScene().getWindow() == null) {
            return;
        }
        Notifications.create()
                .owner(owner.getScene().getWindow())
                .title(Messages.format("notice.desktop.title", fresh.size()))
                .text(summary(fresh))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(8))
                .showInformation();
    }

    /** One line per queue: its name and how many new reminders of each type it has. */
    static String summary(List<Notice> fresh) {
        Map<RequestKind, int[]> byKind = new TreeMap<>();
        for (Notice n : fresh) {
            byKind.computeIfAbsent(n.request().kind(), k -> new int[Notice.Type.values().length])[n.type().ordinal()]++;
        }
        StringBuilder text = new StringBuilder();
        byKind.forEach((kind, counts) -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(Messages.format("notice.desktop.line", Messages.kind(kind),
                    counts[Notice.Type.NEW_REQUEST.ordinal()], counts[Notice.Type.DEADLINE.ordinal()],
                    counts[Notice.Type.REPLY.ordinal()]));
        });
        return text.toString();
    }
}
