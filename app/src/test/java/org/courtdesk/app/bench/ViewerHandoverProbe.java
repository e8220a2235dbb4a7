package org.courtdesk.app.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.ui.viewer.ImageGuard;
import org.courtdesk.app.ui.viewer.PdfPages;
import org.courtdesk.app.ui.viewer.RenderWorker;
import org.courtdesk.app.ui.viewer.SealedFile;

/**
 * Run by {@link ViewerBench} in its own JVM: time to page 1 of a document held in the workstation's encrypted
 * cache, the way the workspace hands it to the viewer. {@code bytes}: the oldest way (the whole document read out of
 * the database into a {@code byte[]}, then sealed from it); {@code stream}: streamed from the database into the sealed
 * copy (before cache V11); {@code file}: the document's own encrypted file beside the database, opened where it lies
 * (cache V11); {@code sealed}: a document whose sealed copy is at hand (opened again, or a prefetched neighbour). Prints
 * {@code RESULT <ms to page 1> <ms of it spent sealing> <peak heap MB>} or {@code RESULT oom}.
 */
public final class ViewerHandoverProbe {

    private ViewerHandoverProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path pdf = Path.of(args[1]);
        Path dir = Path.of(args[2]);
        Path temp = dir.resolve("sealed");
        char[] password = "bench-password".toCharArray();
        Clock clock = Clock.systemUTC();
        String sha;
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(pdf), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        sha = HexFormat.of().formatHex(md.digest());
        LocalCache cache = LocalCache.exists(dir.resolve("cache")) ? LocalCache.open(dir.resolve("cache"), password, clock)
                : LocalCache.create(dir.resolve("cache"), password, new KdfParams(1024, 1, 1), clock);
        String s = sha;
        if (mode.equals("file")) {
            try (InputStream in = Files.newInputStream(pdf)) {
                cache.documents().write(s, in);
            }
        } else if (!cache.read(h -> DocumentStore.hasBlob(h, s))) {
            // as a workstation before cache V11 stored it: a BLOB inside the database
            try (InputStream in = Files.newInputStream(pdf)) {
                cache.write(h -> {
                    try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement(
                            "MERGE INTO document (sha256, content, size_bytes, fetched_at, last_used) KEY (sha256)"
                                    + " VALUES (?, ?, ?, 0, 0)")) {
                        ps.setString(1, s);
                        ps.setBinaryStream(2, in);
                        ps.setLong(3, Files.size(pdf));
                        return ps.executeUpdate();
                    }
                });
            }
        }
        ImageGuard guard = new ImageGuard(ImageGuard.defaultBound());
        SealedFile pre = null;
        if (mode.equals("sealed")) {
            pre = cache.read(h -> DocumentStore.readBlob(h, s, in -> SealedFile.copy(temp, in))).orElseThrow();
        }
        System.gc();
        Thread.sleep(200);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        try {
            long t0 = System.nanoTime();
            SealedFile f = switch (mode) {
                case "bytes" -> {
                    byte[] all = cache.read(h -> DocumentStore.get(h, s)).orElseThrow();
                    yield SealedFile.write(temp, all);
                }
                case "stream" -> cache.read(h -> DocumentStore.readBlob(h, s, in -> SealedFile.copy(temp, in))).orElseThrow();
                case "file" -> {
                    org.courtdesk.app.cache.DocumentFiles files = cache.documents();
                    long length;
                    try (var o = files.open(s)) {
                        length = o.length();
                    }
                    yield SealedFile.over(new org.courtdesk.app.workspace.Workspace.DocumentFile() {
                        @Override
                        public long length() {
                            return length;
                        }

                        @Override
                        public org.courtdesk.app.cache.DocumentFiles.Opened open() throws java.io.IOException {
                            return files.open(s);
                        }
                    });
                }
                default -> pre;
            };
            long sealedAt = System.nanoTime();
            try (PdfPages p = PdfPages.open(f.open(), null, guard)) {
                p.render(0, 96f / 72f, RenderWorker.Cancel.none());
            }
            long t1 = System.nanoTime();
            f.close();
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            System.out.printf("RESULT %.0f %.0f %d%n", (t1 - t0) / 1e6, (sealedAt - t0) / 1e6, peak >> 20);
        } catch (OutOfMemoryError e) {
            System.out.println("RESULT oom");
        }
        cache.close();
        System.exit(0);
    }
}
