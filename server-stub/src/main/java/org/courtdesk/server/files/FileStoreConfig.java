package org.courtdesk.server.files;

import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The file store a {@link org.jdbi.v3.core.Jdbi} (and so each of its handles) works with: {@code BlobStore} finds
 * it on the handle, so every caller of {@code BlobStore.put/get} keeps its signature. Unset (a bare Jdbi in a tool
 * or a test), blobs keep their bytes in the database as before the file store.
 */
public final class FileStoreConfig implements JdbiConfig<FileStoreConfig> {

    private FileStore store;

    public FileStoreConfig() {}

    private FileStoreConfig(FileStoreConfig other) {
        this.store = other.store;
    }

    public FileStore store() {
        return store;
    }

    public FileStoreConfig setStore(FileStore store) {
        this.store = store;
        return this;
    }

    @Override
    public FileStoreConfig createCopy() {
        return new FileStoreConfig(this);
    }
}
