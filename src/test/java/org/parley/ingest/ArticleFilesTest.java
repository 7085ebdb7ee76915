package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.Article;
import org.parley.core.InputProblem;

class ArticleFilesTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderSkippingHiddenEntries() throws IOException {
        write("b/2.txt", "Second folder, first file.");
        write("a/z.jsonl", "{\"text\": \"From the lines file.\"}\n");
        write("a/nested/deep.html", "<article><p>From the page.</p></article>");
        write("a/m.text", "From the text file.");
        write(".hidden/x.txt", "Never read.");
        write("a/.secret.txt", "Never read either.");
        Collected c = Collected.readAll(List.of(dir), IngestLimits.DEFAULT);
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("From the text file.", "From the page.", "From the lines file.",
                "Second folder, first file."), c.articles.stream().map(Article::body).toList());
        assertEquals(List.of("m", "deep", "z", "2"), c.articles.stream().map(Article::docName).toList());
    }

    @Test
    void badInputIsOneProblemEachAndTheRestStillGoesIn_otherFileTypesInFoldersAreIgnored() throws IOException {
        Path good = write("in/good.txt", "date 2024-02-01 By Ana Ruiz\n\nThe mayor offered talks.");
        write("in/notes.md", "# not an article");
        write("in/empty.txt", "\n");
        Path explicitUnsupported = write("other.pdf", "%PDF-1.4");
        Path missing = dir.resolve("missing.txt");
        Collected c = Collected.readAll(List.of(missing, dir.resolve("in"), explicitUnsupported), IngestLimits.DEFAULT);

        assertEquals(1, c.articles.size());
        assertEquals(good.toString(), c.articles.get(0).source());
        assertEquals(LocalDate.of(2024, 2, 1), c.articles.get(0).published());
        assertEquals(List.of(
                        new InputProblem(missing.toString(), "no such file or folder"),
                        new InputProblem(dir.resolve("in/empty.txt").toString(), "empty article body")),
                c.problems.subList(0, 2));
        assertEquals(3, c.problems.size(), c.problems.toString());
        assertEquals(explicitUnsupported.toString(), c.problems.get(2).location());
        assertTrue(c.problems.get(2).message().startsWith("unsupported file type"));
    }

    @Test
    void extensionsAreMatchedWithoutCase() throws IOException {
        Path file = write("LOUD.TXT", "Shouted headline body.");
        Article a = Collected.readAll(List.of(file), IngestLimits.DEFAULT).only();
        assertEquals("LOUD", a.docName());
        assertTrue(ArticleFiles.readerFor(dir.resolve("x.NDJSON"), IngestLimits.DEFAULT).isPresent());
        assertTrue(ArticleFiles.readerFor(dir.resolve("x.docx"), IngestLimits.DEFAULT).isEmpty());
    }

    @Test
    void limitsArePassedToTheReaders() throws IOException {
        Path file = write("long.txt", "A body that is longer than twenty characters.");
        Collected c = Collected.readAll(List.of(file), new IngestLimits(1024, 20));
        assertEquals(List.of(), c.articles);
        assertTrue(c.onlyProblem().message().startsWith("article body too large"), c.problems.toString());
    }

    @Test
    void aFolderLinkedBackIntoItselfIsReadOnceAndNamedAsSkipped() throws IOException {
        write("loop/a.txt", "Only once.");
        Path link = dir.resolve("loop/again");
        if (!symbolicLink(link, dir.resolve("loop"))) {
            return; // no symbolic links on this file system: nothing to check
        }
        Collected c = Collected.readAll(List.of(dir.resolve("loop")), IngestLimits.DEFAULT);
        assertEquals(List.of("Only once."), c.articles.stream().map(Article::body).toList());
        assertEquals(link.toString(), c.onlyProblem().location());
        assertTrue(c.onlyProblem().message().contains("is read already"), c.onlyProblem().message());
    }

    @Test
    void danglingLinksAndLinkLoopsAreNamedAsSkipped() throws IOException {
        write("links/good.txt", "Talks resumed.");
        Path dangling = dir.resolve("links/gone.txt");
        Path loopA = dir.resolve("links/a.txt");
        Path loopB = dir.resolve("links/b.txt");
        if (!symbolicLink(dangling, dir.resolve("nowhere.txt")) || !symbolicLink(loopA, loopB) || !symbolicLink(loopB, loopA)) {
            return;
        }
        symbolicLink(dir.resolve("links/notes.md"), dir.resolve("nowhere.md"));
        Collected c = Collected.readAll(List.of(dir.resolve("links")), IngestLimits.DEFAULT);
        assertEquals(List.of("Talks resumed."), c.articles.stream().map(Article::body).toList());
        assertEquals(List.of(loopA.toString(), loopB.toString(), dangling.toString()),
                c.problems.stream().map(InputProblem::location).toList(), "every article entry that cannot be read; not notes.md");
        assertTrue(c.problems.get(0).message().startsWith("link that cannot be followed"), c.problems.toString());
        assertEquals("dangling link: its target " + dir.resolve("nowhere.txt") + " does not exist", c.problems.get(2).message());
    }

    @Test
    void anUnreadableEntryIsNamedAsSkipped() throws IOException {
        Path folder = write("locked/inner/a.txt", "Talks resumed.").getParent();
        Path locked = folder.getParent();
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        } catch (UnsupportedOperationException e) {
            return;
        }
        try {
            assumeFalse(Files.isReadable(folder.resolve("a.txt")), "the user ignores permissions (root)");
            Collected c = Collected.readAll(List.of(locked), IngestLimits.DEFAULT);
            assertEquals(List.of(), c.articles);
            assertEquals(folder.toString(), c.onlyProblem().location());
            assertTrue(c.onlyProblem().message().startsWith("cannot read: "), c.onlyProblem().message());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean symbolicLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
