package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every 'parley query' and 'parley export' example of the README and of 'parley query --help' works as written
 * (only the store folder and output files are moved to a temporary folder): each exits 0 and gives results.
 */
class CommandExamplesIT {

    /** The one sample with Ukraine (Q212), Kherson and rejections, for the examples to find. */
    static final Path SAMPLE = Path.of("samples/2025-05-19-istanbul-prisoner-talks.txt");

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("parley-store");
        ParleyCommandIT.Run r = ParleyCommandIT.run("ingest", "--store", store.toString(), SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
    }

    /** A command line of an example: the words after 'parley' and what is piped in (stdout is read either way). */
    record Example(String source, List<String> args, String stdin) {
    }

    @TestFactory
    List<DynamicTest> everyExampleRunsAndGivesResults() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ReadmeTest.README));
        StringWriter help = new StringWriter();
        ParleyCommand.commandLine().getSubcommands().get("query").usage(new PrintWriter(help));
        lines.addAll(joinContinuations(help.toString().lines().toList()));
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.matches("(echo .*\\| *)?(\\./)?parley (query|export) .*") && l.contains("--store parley-store")) {
                Example e = parse(l);
                tests.add(DynamicTest.dynamicTest(l, () -> check(e)));
            }
        }
        assertTrue(tests.size() >= 12, "found the examples: " + tests.size());
        return tests;
    }

    private void check(Example e) {
        InputStream oldIn = System.in;
        try {
            if (e.stdin() != null) {
                System.setIn(new ByteArrayInputStream(e.stdin().getBytes(StandardCharsets.UTF_8)));
            }
            ParleyCommandIT.Run r = ParleyCommandIT.run(e.args().toArray(String[]::new));
            assertEquals(0, r.exit(), e.source() + "\n" + r.err());
            String out = r.out();
            int i = e.args().indexOf("-o");
            if (i >= 0) {
                Path file = Path.of(e.args().get(i + 1));
                Path written = Files.exists(file) ? file : file.resolveSibling(file.getFileName() + "-edges.csv");
                out = Files.readString(written);
            }
            assertTrue(out.lines().count() > 2, e.source() + " gave too little:\n" + out);
            assertTrue(out.contains("Q212") || out.contains("Kherson") || out.contains("rejected") || out.matches("(?s).*\\d.*"),
                    e.source() + ":\n" + out);
        } catch (IOException ex) {
            throw new AssertionError(ex);
        } finally {
            System.setIn(oldIn);
        }
    }

    /** The words of an example, with the store and any output file moved into the temporary folder. */
    static Example parse(String line) {
        String stdin = null;
        String command = line;
        if (line.startsWith("echo ")) {
            int bar = line.indexOf('|');
            stdin = words(line.substring(5, bar)).get(0);
            command = line.substring(bar + 1).strip();
        }
        command = command.replaceAll("\\s+#.*$", "");
        if (command.contains(" > ")) {
            command = command.substring(0, command.indexOf(" > ")).strip();
        }
        List<String> w = words(command);
        List<String> args = new ArrayList<>(w.subList(1, w.size()));
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--store")) {
                args.set(i + 1, store.toString());
            } else if (args.get(i).equals("-o")) {
                args.set(i + 1, dir.resolve(args.get(i + 1)).toString());
            }
        }
        return new Example(line, args, stdin);
    }

    /** Shell words: blanks separate, single quotes keep text as is. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (char c : s.strip().toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }

    /** Lines ending in a backslash joined with the next. */
    static List<String> joinContinuations(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            if (l.endsWith("\\")) {
                b.append(l, 0, l.length() - 1).append(' ');
            } else {
                out.add(b.append(l).toString());
                b.setLength(0);
            }
        }
        return out;
    }
}
