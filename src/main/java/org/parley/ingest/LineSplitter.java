package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into lines at '\n' (a trailing '\r' dropped), bounding the bytes kept per line. */
final class LineSplitter {

    /** One line: its bytes in {@code bytes[0, length)}, or {@code tooLong} when it passed the limit. */
    record Line(int number, long startOffset, byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long offset;
    private int number;
    private boolean eof;

    LineSplitter(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof && pos >= limit) {
            return null;
        }
        long start = offset;
        byte[] line = new byte[256];
        int length = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            byte b = buffer[pos++];
            offset++;
            if (b == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            if (length + 1L > maxLineBytes) {
                tooLong = true;
                line = new byte[0];
                length = 0;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, line.length * 2L)));
            }
            line[length++] = b;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        number++;
        return new Line(number, start, line, length, tooLong);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            limit = 0;
            pos = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
