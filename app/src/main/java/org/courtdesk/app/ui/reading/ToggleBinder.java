package org.courtdesk.app.ui.reading;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleGroup;

/**
 * Keeps toggle groups (by their toggles' user data) and model properties equal both ways, for one form. One guard
 * serves all the form's groups: while a group pushes its choice into the model, no group follows the model back.
 */
final class ToggleBinder {

    private boolean syncing;

    <T> void bind(ToggleGroup group, ObjectProperty<T> prop) {
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                @SuppressWarnings("unchecked")
                T v = b == null ? null : (T) b.getUserData();
                prop.set(v);
            } finally {
                syncing = false;
            }
        });
        prop.addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                group.selectToggle(group.getToggles().stream().filter(t -> t.getUserData() == b).findFirst().orElse(null));
            } finally {
                syncing = false;
            }
        });
    }
}
