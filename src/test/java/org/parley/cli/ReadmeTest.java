package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README tells the truth about the commands: its two set-up commands, CI's command, the subcommands, the queries. */
class ReadmeTest {

    static final Path README = Path.of("README.md");

    @Test
    void quickStartHasTheDemoAndTheTestCommandAndCiRunsThatTestCommand() throws IOException {
        String readme = Files.readString(README);
        String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("## Using it"));
        List<String> commands = quickStart.lines().map(String::strip)
                .filter(l -> l.startsWith("./parley ") || l.startsWith("mvn ")).map(l -> l.replaceAll("\\s+#.*", "")).toList();
        assertEquals(List.of("./parley demo", "mvn -B verify"), commands);
        List<String> ci = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals("mvn -B verify", ci.get(ci.size() - 1), ".ci/run must end by running exactly the README's test command");
        assertEquals(1, ci.stream().filter(l -> l.contains("mvn")).count(), ".ci/run runs Maven once: " + ci);
        assertTrue(ci.stream().filter(l -> l.contains("apt-get install")).allMatch(l -> l.contains("chromium chromium-driver")),
                ".ci/run installs only what the tests need from the package registries: " + ci);
    }

    @Test
    void everyParleyCommandInTheReadmeExists() throws IOException {
        Set<String> known = ParleyCommand.commandLine().getSubcommands().keySet();
        Matcher m = Pattern.compile("\\./parley ([a-z][a-z-]*)").matcher(Files.readString(README));
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(known.contains(m.group(1)), "README names ./parley " + m.group(1) + ", not a command: " + known);
        }
        assertTrue(n >= 8, "the README shows the commands");
    }

    @Test
    void everyQueryFileInTheReadmeExists() throws IOException {
        Matcher m = Pattern.compile("`([a-z-]+\\.rq)`").matcher(Files.readString(README));
        while (m.find()) {
            assertTrue(Files.isRegularFile(Path.of("queries", m.group(1))), "README names queries/" + m.group(1));
        }
    }
}
