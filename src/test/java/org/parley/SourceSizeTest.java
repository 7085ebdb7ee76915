package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rule on size: every class under {@code src/main/java} is at most {@value #MAX_CLASS_LINES} lines (its
 * file, imports included) and every method at most {@value #MAX_METHOD_LINES} (from the line naming it to its closing
 * brace, measured by {@link JavaSourceSizes}). The failure lists every offender with its size. The offenders listed
 * in {@code oversized-sources.txt} may stay until split, never growing; a listed one that fits is to be struck off.
 */
class SourceSizeTest {

    static final int MAX_CLASS_LINES = 500;
    static final int MAX_METHOD_LINES = 60;
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final String OVERSIZED = "oversized-sources.txt";

    @Test
    void classesAndMethodsStaySmall() throws IOException {
        Map<String, Integer> allowed = oversized();
        Map<String, Integer> unused = new HashMap<>(allowed);
        List<String> offenders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN_SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no Java sources under " + MAIN_SOURCES);
        for (Path file : files) {
            String name = MAIN_SOURCES.relativize(file).toString().replace('\\', '/');
            String source = Files.readString(file, StandardCharsets.UTF_8);
            int lines = (int) source.lines().count();
            if (lines > MAX_CLASS_LINES && tooBig(name + " class", lines, allowed, unused)) {
                offenders.add(file + ": " + lines + " lines (class limit " + MAX_CLASS_LINES + ")");
            }
            for (JavaSourceSizes.Method m : JavaSourceSizes.methods(source)) {
                if (m.lines() > MAX_METHOD_LINES && tooBig(name + " " + m.name(), m.lines(), allowed, unused)) {
                    offenders.add(file + ":" + m.line() + ": method " + m.name() + " " + m.lines()
                            + " lines (method limit " + MAX_METHOD_LINES + ")");
                }
            }
        }
        unused.keySet().forEach(k -> offenders.add(k + " is within the limits now: strike it off " + OVERSIZED));
        assertTrue(offenders.isEmpty(), () -> offenders.size() + " classes or methods over the size limits:\n  "
                + String.join("\n  ", offenders.stream().sorted().toList()));
    }

    /** Whether {@code key} is over the limit beyond what {@code oversized-sources.txt} allows it (marks it seen). */
    private static boolean tooBig(String key, int lines, Map<String, Integer> allowed, Map<String, Integer> unused) {
        unused.remove(key);
        return lines > allowed.getOrDefault(key, 0);
    }

    /** The allowed offenders as "FILE NAME" to their most lines. */
    private static Map<String, Integer> oversized() throws IOException {
        Map<String, Integer> allowed = new HashMap<>();
        try (InputStream in = SourceSizeTest.class.getResourceAsStream(OVERSIZED)) {
            assertTrue(in != null, OVERSIZED + " is missing");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                assertTrue(f.length == 3 && f[2].matches("\\d+"), OVERSIZED + ":" + (i + 1) + ": expected FILE NAME LINES");
                allowed.put(f[0] + " " + f[1], Integer.parseInt(f[2]));
            }
        }
        return allowed;
    }

    @Test
    void methodsAreMeasuredFromTheirNameToTheirClosingBraceWhateverTheCommentsAndStringsHold() {
        String source = """
                package p;

                /** A { in a comment. */
                class Sample {
                    private static final String OPEN = "{{";
                    private static final char CLOSE = '}';
                    private final Runnable task = () -> {
                        System.out.println("not a method");
                    };

                    @Override
                    @SuppressWarnings("unused")
                    public String toString() {
                        // a } in a comment
                        if (OPEN.isEmpty()) {
                            return \"""
                                    }}}
                                    \""";
                        }
                        return "x";
                    }

                    record Inner(int a) {
                        Inner {
                            assert a > 0;
                        }
                    }

                    int twice(
                            int x) {
                        Runnable r = new Runnable() {
                            public void run() {
                            }
                        };
                        return 2 * x;
                    }
                }
                """;
        List<JavaSourceSizes.Method> methods = JavaSourceSizes.methods(source);
        assertEquals(List.of(new JavaSourceSizes.Method("toString", 13, 9), new JavaSourceSizes.Method("Inner", 24, 3),
                new JavaSourceSizes.Method("twice", 29, 8)), methods);
    }
}
