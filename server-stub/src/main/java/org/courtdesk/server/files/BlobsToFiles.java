package org.courtdesk.server.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up step after V21: moves the bytes of every {@code blob} row that still has them in the database into the
 * file store, then clears the column, one file per transaction (a restart in the middle goes on where it stopped;
 * a row is cleared only after its file is stored and verified). Several instances starting at once each try; the
 * store ignores content it already has, and a cleared row is skipped.
 */
public final class BlobsToFiles {

    private static final Logger LOG = LoggerFactory.getLogger(BlobsToFiles.class);
    private static final int BATCH = 100;

    private BlobsToFiles() {}

    /** Moves every legacy blob; returns how many were moved. */
    public static int run(Jdbi jdbi, FileStore store) {
        int moved = 0;
        while (true) {
            List<String> batch = jdbi.withHandle(h -> h.createQuery(
                            "SELECT sha256 FROM blob WHERE content IS NOT NULL ORDER BY sha256 FETCH FIRST " + BATCH + " ROWS ONLY")
                    .mapTo(String.class).list());
            if (batch.isEmpty()) {
                break;
            }
            for (String sha : batch) {
                jdbi.useTransaction(h -> {
                    byte[] bytes = h.createQuery("SELECT content FROM blob WHERE sha256 = :s AND content IS NOT NULL")
                            .bind("s", sha).map((rs, ctx) -> rs.getBytes(1)).findOne().orElse(null);
                    if (bytes == null) {
                        return; // another instance moved it
                    }
                    String actual;
                    try {
                        actual = store.put(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot move blob " + sha + " into the file store", e);
                    }
                    if (!actual.equals(sha.trim())) {
                        // The database's own copy no longer matches its address: keep it where it is, loudly.
                        throw new StoredFileCorruptException(sha, actual);
                    }
                    h.createUpdate("UPDATE blob SET content = NULL WHERE sha256 = :s").bind("s", sha).execute();
                });
                moved++;
            }
            if (moved % 1000 < BATCH) {
                LOG.info("moved {} stored files from the database into the file store", moved);
            }
        }
        if (moved > 0) {
            LOG.info("moved {} stored files from the database into the file store (done)", moved);
        }
        return moved;
    }
}
