package org.courtdesk.app.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The floor a bench measures the cache against: the same encrypted H2 file opened with plain JDBC (same cipher, same
 * key), and fresh encrypted files for the floor of a sync's writes. Tests only.
 */
public final class CacheFloor {

    private CacheFloor() {}

    /** A plain JDBC connection to a closed cache, with the key its password derives. */
    public static Connection open(Path dir, char[] password) throws IOException, SQLException {
        byte[] key = CacheKeyFile.read(dir).derive(password);
        String hex = HexFormat.of().formatHex(key);
        Arrays.fill(key, (byte) 0);
        return DriverManager.getConnection(url(dir.resolve(LocalCache.DB_NAME)), "courtdesk", hex + " " + hex);
    }

    /** A new encrypted H2 file (a fixed test key), as the cache is opened. */
    public static Connection create(Path file) throws SQLException {
        String hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        return DriverManager.getConnection(url(file), "courtdesk", hex + " " + hex);
    }

    private static String url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath().toString().replace('\\', '/')
                + ";CIPHER=AES;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
