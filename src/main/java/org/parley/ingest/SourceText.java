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

/** Reads the bytes of an input file and decodes them strictly, reporting too large, binary or badly encoded input. */
final class SourceText {

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

    /** The text of {@code file} as strict UTF-8 without a byte-order mark, or empty after one problem. */
    static Optional<String> readUtf8(Path file, IngestLimits limits, Consumer<InputProblem> problems) {
        return readBytes(file, limits, problems)
                .flatMap(bytes -> decode(bytes, 0, bytes.length, StandardCharsets.UTF_8, file.toString(), problems));
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
