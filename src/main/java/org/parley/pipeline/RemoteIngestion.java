package org.parley.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.ingest.IngestLimits;
import org.parley.serve.ArticleIntake;
import org.parley.serve.ParleyClient;

/**
 * {@code parley ingest --server URL}: sends article files, one request each, to a running server's write endpoint,
 * which reads, extracts and stores them while it serves. Folders are walked as {@code parley ingest} walks them.
 */
public final class RemoteIngestion {

    private RemoteIngestion() {
    }

    /** The credentials of a writer. */
    public record Writer(String user, char[] password) {
    }

    /**
     * Sends every article file of {@code paths}; each skipped input (here or on the server) goes to {@code onSkipped}.
     * Returns the totals.
     *
     * @throws ParleyClient.ClientException when the server refuses the writer or cannot be reached
     */
    public static ArticleIntake.Report run(List<Path> paths, ParleyClient client, Writer writer, Consumer<String> onSkipped)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        Consumer<InputProblem> problems = p -> {
            skipped.add(p.toString());
            onSkipped.accept(p.toString());
        };
        long stored = 0;
        long maxBytes = IngestLimits.DEFAULT.maxFileBytes();
        for (Path file : ArticleFiles.files(paths, problems)) {
            byte[] bytes;
            try {
                if (Files.size(file) > maxBytes) {
                    problems.accept(new InputProblem(file.toString(), "too large to send: more than " + maxBytes + " bytes"));
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.accept(new InputProblem(file.toString(), "cannot read file: " + e.getMessage()));
                continue;
            }
            String name = file.getFileName().toString();
            ArticleIntake.Report r = client.ingest(name, bytes, writer.user(), writer.password());
            stored += r.stored();
            for (String line : r.skipped()) {
                String local = line.startsWith(name) ? file + line.substring(name.length()) : line;
                skipped.add(local);
                onSkipped.accept(local);
            }
        }
        String summary = String.format("stored %d articles, skipped %d, %.1f s", stored, skipped.size(),
                (System.nanoTime() - start) / 1e9);
        return new ArticleIntake.Report(stored, skipped, summary);
    }
}
