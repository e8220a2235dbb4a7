package org.courtdesk.app.ui.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.courtdesk.app.workspace.DocumentUnavailableException;
import org.courtdesk.app.workspace.Workspace;

/**
 * The documents' files of this process, one per document: the workspace's own encrypted document file read where
 * it lies ({@link Workspace#documentFile}, nothing copied), or, for a workspace without document files, a sealed copy
 * the workspace streams the document into once ({@link Workspace#readDocument}, hashed as it is read, so a copy exists
 * only of the right bytes). Every viewer of that document — and the neighbour prefetch before it — reads the same
 * one. A copy nobody uses is kept for a few more openings (the judge going back and forth between materials
 * does not pay the sealing again) and deleted after; all are deleted with the process's keys, and
 * {@link SealedFile#sweep} removes what a crash left.
 */
final class SealedFiles {

    /** Unused copies kept for the next opening. */
    static final int KEEP = 4;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private static final class Holder {
        final Key key;
        SealedFile file;
        int users;

        Holder(Key key) {
            this.key = key;
        }
    }

    private record Key(Workspace workspace, String sha256) {}

    private static final Map<Key, Holder> HOLDERS = new HashMap<>();
    private static final Deque<Holder> IDLE = new ArrayDeque<>();
    private static int sealings;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SealedFiles::dropIdle, "courtdesk-sealed-cleanup"));
    }

    private SealedFiles() {}

    /** A document's sealed copy; give it back with {@link Lease#close()}. */
    static final class Lease implements AutoCloseable {
        private final Holder holder;
        private boolean released;

        private Lease(Holder holder) {
            this.holder = holder;
        }

        SealedFile file() {
            return holder.file;
        }

        @Override
        public void close() {
            synchronized (HOLDERS) {
                if (released) {
                    return;
                }
                released = true;
                release(holder);
            }
        }
    }

    /**
     * The sealed copy of {@code sha256}, streamed from the workspace into {@code dir} unless one is at hand.
     * Blocks while another thread seals the same document (the prefetch), then shares its copy.
     */
    static Lease acquire(Workspace workspace, String sha256, Path dir) throws DocumentUnavailableException, IOException {
        Holder h;
        synchronized (HOLDERS) {
            h = HOLDERS.computeIfAbsent(new Key(workspace, sha256), Holder::new);
            h.users++;
            IDLE.remove(h);
        }
        try {
            synchronized (h) {
                if (h.file == null) {
                    Workspace.DocumentFile file = workspace.documentFile(sha256);
                    // the workspace's encrypted file read where it lies; a workspace without files: a sealed copy
                    h.file = file != null ? SealedFile.over(file)
                            : workspace.readDocument(sha256, in -> SealedFile.copy(dir, in));
                    synchronized (HOLDERS) {
                        sealings++;
                    }
                }
            }
        } catch (DocumentUnavailableException | IOException | RuntimeException | Error e) {
            synchronized (HOLDERS) {
                release(h);
            }
            throw e;
        }
        return new Lease(h);
    }

    private static void release(Holder h) {
        if (--h.users > 0) {
            return;
        }
        if (h.file == null || !SHA256.matcher(h.key.sha256()).matches()) {
            // nothing sealed, or a name that is not a hash (its bytes may change under it): not kept
            HOLDERS.remove(h.key);
            if (h.file != null) {
                h.file.close();
            }
            return;
        }
        IDLE.addLast(h);
        while (IDLE.size() > KEEP) {
            Holder old = IDLE.removeFirst();
            HOLDERS.remove(old.key);
            old.file.close();
        }
    }

    /** True when a copy of {@code sha256} is sealed and at hand (tests). */
    static boolean has(Workspace workspace, String sha256) {
        synchronized (HOLDERS) {
            Holder h = HOLDERS.get(new Key(workspace, sha256));
            return h != null && h.file != null;
        }
    }

    /** Documents sealed since start (tests). */
    static int sealings() {
        synchronized (HOLDERS) {
            return sealings;
        }
    }

    /** Deletes every unused copy (tests; the app leaves them to the end of the process). */
    static void dropIdle() {
        synchronized (HOLDERS) {
            for (Holder h : IDLE) {
                HOLDERS.remove(h.key);
                h.file.close();
            }
            IDLE.clear();
        }
    }
}
