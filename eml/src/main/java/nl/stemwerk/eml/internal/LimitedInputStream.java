package nl.stemwerk.eml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.Objects;

/**
 * Passes bytes on until a limit, then fails, so that an oversized file is refused after at most the limit has
 * been read. It also remembers whether the end was reached and where the last line ended, to tell a truncated
 * file from a broken one.
 */
final class LimitedInputStream extends InputStream {
    private final InputStream in;
    private final long limit;
    private long count;
    private boolean limitExceeded;
    private boolean endReached;
    private boolean readFailed;
    private long lines = 1;
    private long charsOnLastLine;
    private int firstSignificantByte = -1;

    LimitedInputStream(InputStream in, long limit) {
        this.in = Objects.requireNonNull(in, "in");
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (limitExceeded) {
            throw new LimitExceededException();
        }
        long allowed = limit - count + 1;
        int n;
        try {
            n = in.read(buffer, offset, (int) Math.min(length, allowed));
        } catch (IOException e) {
            readFailed = true;
            throw e;
        }
        if (n < 0) {
            endReached = true;
            return n;
        }
        count += n;
        if (count > limit) {
            limitExceeded = true;
            throw new LimitExceededException();
        }
        track(buffer, offset, n);
        return n;
    }

    // Columns are counted in characters: UTF-8 continuation bytes (10xxxxxx) do not start a character.
    private void track(byte[] buffer, int offset, int n) {
        int end = offset + n;
        for (int i = offset; firstSignificantByte < 0 && i < end; i++) {
            if (!isBlankOrByteOrderMark(buffer[i])) {
                firstSignificantByte = buffer[i] & 0xFF;
            }
        }
        int lastLineStart = offset;
        for (int i = offset; i < end; i++) {
            if (buffer[i] == '\n') {
                lines++;
                lastLineStart = i + 1;
            }
        }
        if (lastLineStart > offset) {
            charsOnLastLine = 0;
        }
        for (int i = lastLineStart; i < end; i++) {
            if ((buffer[i] & 0xC0) != 0x80) {
                charsOnLastLine++;
            }
        }
    }

    private static boolean isBlankOrByteOrderMark(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == (byte) 0xEF || b == (byte) 0xBB
                || b == (byte) 0xBF;
    }

    /** Whether the input starts (after blanks and a UTF-8 byte order mark) with "<", as XML does. */
    boolean startsLikeXml() {
        return firstSignificantByte == '<';
    }

    boolean limitExceeded() {
        return limitExceeded;
    }

    long limit() {
        return limit;
    }

    boolean readFailed() {
        return readFailed;
    }

    boolean endReached() {
        return endReached;
    }

    long lines() {
        return lines;
    }

    long charsOnLastLine() {
        return charsOnLastLine;
    }

    static final class LimitExceededException extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        LimitExceededException() {
            super("size limit exceeded");
        }
    }
}
