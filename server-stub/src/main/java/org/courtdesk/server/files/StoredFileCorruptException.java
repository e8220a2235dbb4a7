package org.courtdesk.server.files;

/** A stored file whose bytes no longer hash to its address (altered or damaged on the disk): never served. */
public final class StoredFileCorruptException extends RuntimeException {

    private final String sha256;

    public StoredFileCorruptException(String sha256, String actual) {
        super("stored file " + sha256 + " is corrupt: its bytes hash to " + actual);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
