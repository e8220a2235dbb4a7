package org.courtdesk.app.ui.viewer;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.image.Image;

/**
 * Rendered pages of one document, least recently used dropped first once their bytes pass the budget. Used on
 * the FX thread only. The entry for the page on screen is never dropped while it is on screen.
 */
final class PageCache {

    private static final long MB = 1L << 20;

    record Key(int page, int scaleMilli) {
        static Key of(int page, double scale) {
            return new Key(page, (int) Math.round(scale * 1000));
        }
    }

    record Entry(Image image, double scale, List<PageProblem> problems, long bytes) {}

    private final long budget;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(32, 0.75f, true);
    private long bytes;

    PageCache(long budget) {
        this.budget = budget;
    }

    /** An eighth of the heap, between 24 and 160 MB. */
    static long defaultBudget() {
        return Math.max(24 * MB, Math.min(160 * MB, Runtime.getRuntime().maxMemory() / 8));
    }

    Entry get(Key key) {
        return entries.get(key);
    }

    /** Any rendering of {@code page} (another zoom), to show scaled while the right one renders. */
    Entry any(int page) {
        for (Map.Entry<Key, Entry> e : entries.entrySet()) {
            if (e.getKey().page() == page) {
                return e.getValue();
            }
        }
        return null;
    }

    void put(Key key, Entry entry, Key keep) {
        Entry old = entries.put(key, entry);
        if (old != null) {
            bytes -= old.bytes();
        }
        bytes += entry.bytes();
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (bytes > budget && it.hasNext()) {
            Map.Entry<Key, Entry> e = it.next();
            if (e.getKey().equals(key) || e.getKey().equals(keep)) {
                continue;
            }
            bytes -= e.getValue().bytes();
            it.remove();
        }
    }

    boolean contains(Key key) {
        return entries.containsKey(key);
    }

    long bytes() {
        return bytes;
    }

    long budget() {
        return budget;
    }

    int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
        bytes = 0;
    }
}
