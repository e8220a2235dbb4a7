package org.courtdesk.server.support;

import java.io.InputStream;
import java.util.Arrays;

/** {@code n} spaces, made as they are read: an oversized body part without holding it in memory. */
public final class Spaces extends InputStream {
    private long left;

    public Spaces(long n) {
        left = n;
    }

    @Override
    public int read() {
        return left-- > 0 ? ' ' : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (left <= 0) {
            return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        return n;
    }
}
