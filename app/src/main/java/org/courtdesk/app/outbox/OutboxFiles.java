package org.courtdesk.app.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.app.workspace.OutgoingFile;
import org.jdbi.v3.core.Handle;

/**
 * The files outbox actions carry (table {@code outbox_file}, inside the encrypted cache): written in the transaction
 * that saves the action, read when it is sent, deleted with it (ON DELETE CASCADE) when the server confirms it or the
 * user discards it, never before. Knows no kind.
 */
public final class OutboxFiles {

    private OutboxFiles() {}

    static void add(Handle h, long outboxId, List<OutgoingFile> files) {
        int position = 0;
        for (OutgoingFile f : files) {
            h.createUpdate("""
                    INSERT INTO outbox_file (outbox_id, position, part_name, file_name, content_type, size_bytes, sha256,
                        content) VALUES (:id, :pos, :part, :name, :type, :size, :sha, :content)
                    """)
                    .bind("id", outboxId).bind("pos", position++).bind("part", f.part()).bind("name", f.fileName())
                    .bind("type", f.contentType()).bind("size", f.size()).bind("sha", DocumentStore.sha256Hex(f.bytes()))
                    .bind("content", f.bytes())
                    .execute();
        }
    }

    /** The files of an action with their bytes, in the order saved (what is sent). */
    public static List<OutgoingFile> content(Handle h, long outboxId) {
        return h.createQuery("SELECT part_name, file_name, content_type, content FROM outbox_file WHERE outbox_id = :id "
                        + "ORDER BY position")
                .bind("id", outboxId)
                .map((rs, c) -> new OutgoingFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .list();
    }

    /** How many file rows are stored, for every action together (tests: nothing left behind). */
    public static int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM outbox_file").mapTo(Integer.class).one();
    }

    /** The entries with what their files are (not their bytes); entries without files unchanged. */
    static List<OutboxEntry> attach(Handle h, List<OutboxEntry> entries) {
        List<Long> uploads = entries.stream().filter(OutboxEntry::isUpload).map(OutboxEntry::id).toList();
        if (uploads.isEmpty()) {
            return entries;
        }
        Map<Long, List<OutgoingFile.Info>> byAction = new HashMap<>();
        h.createQuery("SELECT outbox_id, part_name, file_name, content_type, size_bytes, sha256 FROM outbox_file "
                        + "WHERE outbox_id IN (<ids>) ORDER BY outbox_id, position")
                .bindList("ids", uploads)
                .map((rs, c) -> Map.entry(rs.getLong(1), new OutgoingFile.Info(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6).trim())))
                .forEach(e -> byAction.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<OutboxEntry> out = new ArrayList<>(entries.size());
        for (OutboxEntry e : entries) {
            out.add(e.isUpload() ? e.withFiles(byAction.getOrDefault(e.id(), List.of())) : e);
        }
        return out;
    }
}
