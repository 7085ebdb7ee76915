package org.parley.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.core.InputProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bytes of an input file and decodes them strictly, reporting too large, binary or badly encoded input.
 * Text that is not UTF-8 but reads as Windows-1252 or ISO-8859-1 (common in older archives) is decoded as such,
 * with a warning naming the encoding.
 */
final class SourceText {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.ingest");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceText() {
    }

    /** The bytes of {@code file}, or empty after one problem (missing, unreadable, too large, binary). */
    static Optional<byte[]> readBytes(Path file, IngestLimits limits, Consumer<InputProblem> problems) {
        String location = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.accept(new InputProblem(location, tooLarge(size, limits)));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.accept(new InputProblem(location, "no such file"));
            return Optional.empty();
        } catch (AccessDeniedException e) {
            problems.accept(new InputProblem(location, "cannot read file: permission denied"));
            return Optional.empty();
        } catch (IOException e) {
            problems.accept(new InputProblem(location, "cannot read file: " + oneLine(e)));
            return Optional.empty();
        }
        if (bytes.length > limits.maxFileBytes()) { // the file grew while we looked
            problems.accept(new InputProblem(location, tooLarge(bytes.length, limits)));
            return Optional.empty();
        }
        int nul = indexOfNul(bytes, 0, bytes.length);
        if (nul >= 0) {
            problems.accept(new InputProblem(location, binary(nul)));
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /**
     * The text of {@code file}: UTF-8 (without a byte-order mark), else Windows-1252 or ISO-8859-1 with a warning;
     * empty after one problem.
     */
    static Optional<String> readText(Path file, IngestLimits limits, Consumer<InputProblem> problems) {
        return readBytes(file, limits, problems)
                .flatMap(bytes -> decodeText(bytes, StandardCharsets.UTF_8, file.toString(), problems));
    }

    /**
     * Decodes {@code bytes} in {@code charset}; when that is UTF-8 and the bytes are not, reads them as Windows-1252
     * (or ISO-8859-1, which is the same where both define a byte) and logs a warning naming the encoding. Bytes that
     * are neither, or hold control characters that no text has, are one problem.
     */
    static Optional<String> decodeText(byte[] bytes, Charset charset, String location, Consumer<InputProblem> problems) {
        int invalid = charset.equals(StandardCharsets.UTF_8) ? invalidOffset(bytes, charset) : -1;
        if (invalid < 0) {
            return decode(bytes, 0, bytes.length, charset, location, problems);
        }
        int control = indexOfControl(bytes);
        if (control >= 0) {
            problems.accept(new InputProblem(location, String.format("binary content: control byte 0x%02x at byte offset %d"
                    + " (expected text)", bytes[control], control)));
            return Optional.empty();
        }
        if (invalidOffset(bytes, WINDOWS_1252) >= 0) {
            problems.accept(new InputProblem(location, "binary or wrongly encoded content: not valid UTF-8 at byte offset "
                    + invalid + ", nor Windows-1252 or ISO-8859-1 text"));
            return Optional.empty();
        }
        String name = usesWindows1252Range(bytes) ? "Windows-1252" : "ISO-8859-1";
        LOG.warn("{}: not UTF-8 (invalid at byte offset {}); read as {}", location, invalid, name);
        return decode(bytes, 0, bytes.length, WINDOWS_1252, location, problems);
    }

    /** The offset of the first byte that is a control character in no text (tab, line ends and form feed aside), or -1. */
    static int indexOfControl(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any byte is in 0x80..0x9f, where Windows-1252 has letters and ISO-8859-1 only control codes. */
    private static boolean usesWindows1252Range(byte[] bytes) {
        for (byte b : bytes) {
            int u = b & 0xff;
            if (u >= 0x80 && u <= 0x9f) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the first byte that does not decode strictly in {@code charset}, or -1 when all do. */
    private static int invalidOffset(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /**
     * Decodes {@code bytes[from, to)} strictly (malformed or unmappable input is an error, never replaced).
     * A UTF-8 byte-order mark at the start is dropped.
     */
    static Optional<String> decode(byte[] bytes, int from, int to, Charset charset, String location,
                                   Consumer<InputProblem> problems) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((to - from) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.accept(new InputProblem(location, "binary or wrongly encoded content: not valid "
                    + charset.name() + " at byte offset " + (in.position() - from) + " (expected UTF-8 text)"));
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return Optional.of(text);
    }

    static int indexOfNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    static String binary(long offset) {
        return "binary content: NUL byte at byte offset " + offset + " (expected UTF-8 text)";
    }

    static String tooLarge(long size, IngestLimits limits) {
        return "too large: " + size + " bytes, more than the limit of " + limits.maxFileBytes() + " bytes";
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
