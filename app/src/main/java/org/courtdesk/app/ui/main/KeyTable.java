package org.courtdesk.app.ui.main;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.courtdesk.app.i18n.Messages;

/**
 * The workstation's keys, once (issue 13): the menu takes its accelerators from here and F1's shortcut sheet is made
 * from the same list, so the sheet cannot say something the keys do not do. Each key belongs to a focus area: a key
 * of the form (Ctrl+1, Ctrl+S) acts only while the keyboard is in a queue (its list, detail or form), never while the
 * judge reads a material in the viewer; a key of the viewer acts only there.
 */
public final class KeyTable {

    /** Where the keyboard is; a key acts only in its area (GLOBAL: anywhere in the window). */
    public enum Area {
        GLOBAL, QUEUE, FORM, VIEWER;

        public String label() {
            return Messages.get("keys.area." + name());
        }
    }

    /**
     * One key: its area, the combination when the menu owns it (null for a key a control handles itself), the text of
     * the key as shown, and the bundle key of what it does.
     */
    public record Key(Area area, KeyCombination combination, String shown, String what) {
        public String description() {
            return Messages.get(what);
        }
    }

    private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;

    public static final Key SYNC = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.F5), "F5", "menu.file.sync");
    public static final Key QUIT = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.Q, CTRL), "Ctrl+Q", "menu.file.quit");
    /** 设置 (issue 13). */
    public static final Key SETTINGS = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.COMMA, CTRL), "Ctrl+,",
            "menu.file.settings");
    /** 注销 / 切换用户 (issue 13). */
    public static final Key LOGOUT = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.L, CTRL, KeyCombination.SHIFT_DOWN),
            "Ctrl+Shift+L", "menu.file.logout");
    public static final Key HELP = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.F1), "F1", "menu.help.keys");
    public static final Key FILTER = new Key(Area.QUEUE, new KeyCodeCombination(KeyCode.F, CTRL), "Ctrl+F", "menu.view.filter");
    public static final Key NEXT_TAB = new Key(Area.GLOBAL, null, "Ctrl+Tab / Ctrl+Shift+Tab, Ctrl+PgDn / Ctrl+PgUp",
            "keys.what.tabs");
    /** The list of queues on the left: ↑/↓ choose, Enter goes into the queue. */
    public static final Key NAVIGATION = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.F6), "F6", "menu.view.navigation");
    public static final Key NEXT = new Key(Area.QUEUE, null, "J / ↓", "keys.what.next");
    public static final Key PREVIOUS = new Key(Area.QUEUE, null, "K / ↑", "keys.what.previous");
    public static final Key OPEN = new Key(Area.QUEUE, null, "Enter", "keys.what.open");
    public static final Key AGREE = new Key(Area.FORM, new KeyCodeCombination(KeyCode.DIGIT1, CTRL), "Ctrl+1", "menu.review.agree");
    public static final Key DISAGREE = new Key(Area.FORM, new KeyCodeCombination(KeyCode.DIGIT2, CTRL), "Ctrl+2",
            "menu.review.disagree");
    public static final Key SAVE = new Key(Area.FORM, new KeyCodeCombination(KeyCode.S, CTRL), "Ctrl+S", "menu.review.save");
    public static final Key PHRASES = new Key(Area.FORM, null, "F2", "keys.what.phrases");
    public static final Key BACK = new Key(Area.FORM, null, "Esc", "keys.what.back");
    public static final Key CLOSE_MATERIAL = new Key(Area.VIEWER, new KeyCodeCombination(KeyCode.W, CTRL), "Esc / Ctrl+W",
            "menu.view.closeMaterial");
    public static final Key POP_OUT = new Key(Area.VIEWER, new KeyCodeCombination(KeyCode.P, CTRL, KeyCombination.SHIFT_DOWN),
            "Ctrl+Shift+P", "menu.view.popOut");
    public static final Key TO_MATERIAL = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.M, CTRL, KeyCombination.SHIFT_DOWN),
            "Ctrl+Shift+M", "menu.view.toMaterial");
    public static final Key PAGES = new Key(Area.VIEWER, null, "PgUp / PgDn", "keys.what.pages");
    public static final Key ZOOM = new Key(Area.VIEWER, null, "Ctrl+= / Ctrl+-", "keys.what.zoom");

    /** Every key, in the sheet's order. */
    /** The notification centre (通知) from anywhere. */
    public static final Key NOTICES = new Key(Area.GLOBAL, new KeyCodeCombination(KeyCode.N, CTRL, KeyCombination.SHIFT_DOWN),
            "Ctrl+Shift+N", "menu.view.notices");
    public static final List<Key> ALL = List.of(SYNC, HELP, NAVIGATION, NEXT_TAB, TO_MATERIAL, NOTICES, SETTINGS, LOGOUT, QUIT, FILTER, NEXT, PREVIOUS, OPEN, AGREE,
            DISAGREE, SAVE, PHRASES, BACK, PAGES, ZOOM, CLOSE_MATERIAL, POP_OUT);

    private KeyTable() {}

    /** The keys of one area, in order. */
    public static List<Key> of(Area area) {
        return ALL.stream().filter(k -> k.area() == area).toList();
    }
}
