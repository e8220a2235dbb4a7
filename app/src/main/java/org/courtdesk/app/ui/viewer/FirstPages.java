package org.courtdesk.app.ui.viewer;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.image.Image;

/**
 * Page 1 of the neighbouring documents, rendered ahead by the prefetch so that the next material opens on a
 * finished page (the habit of a court reader). Bounded in bytes (a share of the page cache's budget) and in
 * entries; the oldest is dropped first, and a viewer that opens the document takes its entry out (it moves
 * into that viewer's own {@link PageCache}). Thread-safe: filled by the prefetch thread, taken on the FX thread.
 */
final class FirstPages {

    /** At most this many documents' first pages wait. */
    static final int MAX_ENTRIES = 4;

    /** {@code wanted}: the device scale it was rendered for; {@code scale}: the one used (lower if bounded). */
    record Entry(Image image, double wanted, float scale, List<PageProblem> problems, PageSource.Size size, long bytes) {}

    private record Key(Object workspace, String sha256) {}

    private static final LinkedHashMap<Key, Entry> ENTRIES = new LinkedHashMap<>();
    private static long bytes;

    private FirstPages() {}

    /** A quarter of the page cache's budget. */
    static long budget() {
        return PageCache.defaultBudget() / 4;
    }

    /** Keeps {@code entry}, dropping the oldest ones past the bounds; an entry larger than the budget is not kept. */
    static synchronized boolean put(Object workspace, String sha256, Entry entry) {
        if (entry.bytes() > budget()) {
            return false;
        }
        Entry old = ENTRIES.remove(new Key(workspace, sha256));
        if (old != null) {
            bytes -= old.bytes();
        }
        ENTRIES.put(new Key(workspace, sha256), entry);
        bytes += entry.bytes();
        Iterator<Map.Entry<Key, Entry>> it = ENTRIES.entrySet().iterator();
        while ((bytes > budget() || ENTRIES.size() > MAX_ENTRIES) && it.hasNext()) {
            Map.Entry<Key, Entry> e = it.next();
            bytes -= e.getValue().bytes();
            it.remove();
        }
        return true;
    }

    /** True when page 1 of {@code sha256} waits at a scale within 2 % of {@code scale}. */
    static synchronized boolean has(Object workspace, String sha256, double scale) {
        Entry e = ENTRIES.get(new Key(workspace, sha256));
        return e != null && close(e.wanted(), scale);
    }

    /** True when page 1 of {@code sha256} waits, at whatever scale (a viewer then waits for its size to take it). */
    static synchronized boolean waiting(Object workspace, String sha256) {
        return ENTRIES.containsKey(new Key(workspace, sha256));
    }

    /**
     * Takes page 1 of {@code sha256} if it was rendered at a scale within 2 % of {@code scale} (the page is then
     * shown at the exact size; 2 % is not visible). An entry at another scale stays for nobody and is dropped.
     */
    static synchronized Entry take(Object workspace, String sha256, double scale) {
        Entry e = ENTRIES.remove(new Key(workspace, sha256));
        if (e == null) {
            return null;
        }
        bytes -= e.bytes();
        return close(e.wanted(), scale) ? e : null;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.02 * Math.max(a, b);
    }

    static synchronized long bytes() {
        return bytes;
    }

    static synchronized int size() {
        return ENTRIES.size();
    }

    static synchronized void clear() {
        ENTRIES.clear();
        bytes = 0;
    }
}
