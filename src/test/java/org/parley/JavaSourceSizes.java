package org.parley;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the methods of one Java source file by a brace-depth scan: comments, strings, text blocks and character
 * literals are blanked first, then every {@code {} directly inside a type body that does not open a nested type or
 * a field's initializer is the body of a method, a constructor or an initializer. A method's length counts its lines
 * from the line of its name to the line of its closing brace. Good enough for this project's own code; not a parser.
 */
final class JavaSourceSizes {

    /** One method, constructor or initializer: its name, the line its signature names it on, and its length in lines. */
    record Method(String name, int line, int lines) {
    }

    private static final Pattern TYPE_HEADER = Pattern.compile("(?<![.\\w])(class|interface|enum|record)\\s+[\\p{L}_$]");
    private static final Pattern NAME_BEFORE_PARENTHESIS = Pattern.compile("([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*\\(");
    private static final Pattern ANNOTATION = Pattern.compile("@[\\p{L}_$][\\p{L}\\p{N}_$.]*(\\s*\\([^)]*\\))?");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*$");

    /** What a brace opens: a type body, a member's body, or any other block (statement, initializer, array). */
    private enum Block { TYPE, MEMBER, OTHER }

    private record Open(Block block, String name, int line) {
    }

    private JavaSourceSizes() {
    }

    /** The methods, constructors and initializers of {@code source}, in the order they open. */
    static List<Method> methods(String source) {
        String code = blankCommentsAndLiterals(source);
        int[] lineOf = lineNumbers(code);
        List<Method> out = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int headerStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                String header = code.substring(headerStart, i);
                Block block = kind(open.isEmpty() ? null : open.peek().block(), header);
                String signature = withoutAnnotations(header);
                open.push(new Open(block, name(signature), lineOf[headerStart + nameOffset(signature)]));
                headerStart = i + 1;
            } else if (c == '}') {
                Open closed = open.isEmpty() ? null : open.pop();
                if (closed != null && closed.block() == Block.MEMBER) {
                    out.add(new Method(closed.name(), closed.line(), lineOf[i] - closed.line() + 1));
                }
                headerStart = i + 1;
            } else if (c == ';') {
                headerStart = i + 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** What a brace opens, given the block it is in and the code since the last brace or semicolon. */
    private static Block kind(Block enclosing, String header) {
        if (TYPE_HEADER.matcher(header).find()) {
            return Block.TYPE;
        }
        String h = header.strip();
        boolean initializerOrArgument = h.contains("=") || h.contains("->") || h.endsWith("(") || h.endsWith(",");
        return enclosing == Block.TYPE && !initializerOrArgument ? Block.MEMBER : Block.OTHER;
    }

    /** The header with its annotations blanked (newlines kept, so offsets still hold). */
    private static String withoutAnnotations(String header) {
        return ANNOTATION.matcher(header).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
    }

    private static int nameOffset(String header) {
        Matcher m = NAME_BEFORE_PARENTHESIS.matcher(header);
        if (m.find()) {
            return m.start(1);
        }
        Matcher w = LAST_WORD.matcher(header);
        return w.find() ? w.start(1) : header.length();
    }

    private static String name(String header) {
        Matcher m = NAME_BEFORE_PARENTHESIS.matcher(header);
        if (m.find()) {
            return m.group(1);
        }
        Matcher w = LAST_WORD.matcher(header);
        return w.find() ? w.group(1) : "{initializer}";
    }

    /** The line number (from 1) of every character of {@code code}, and of the position just past its end. */
    private static int[] lineNumbers(String code) {
        int[] lines = new int[code.length() + 1];
        int line = 1;
        for (int i = 0; i < code.length(); i++) {
            lines[i] = line;
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        lines[code.length()] = line;
        return lines;
    }

    /** The source with every comment, string, text block and character literal replaced by blanks (newlines kept). */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalOrCommentEnd(source, i);
            if (end == i) {
                out.append(source.charAt(i));
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                out.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Where the comment or literal starting at {@code i} ends (exclusive), or {@code i} when none starts there. */
    private static int literalOrCommentEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl;
        }
        if (s.startsWith("/*", i)) {
            int close = s.indexOf("*/", i + 2);
            return close < 0 ? s.length() : close + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            return quotedEnd(s, i + 3, "\"\"\"");
        }
        if (s.charAt(i) == '"') {
            return quotedEnd(s, i + 1, "\"");
        }
        if (s.charAt(i) == '\'') {
            return quotedEnd(s, i + 1, "'");
        }
        return i;
    }

    private static int quotedEnd(String s, int from, String close) {
        int j = from;
        while (j < s.length()) {
            if (s.charAt(j) == '\\') {
                j += 2;
            } else if (s.startsWith(close, j)) {
                return j + close.length();
            } else {
                j++;
            }
        }
        return s.length();
    }
}
