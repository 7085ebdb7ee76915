package org.parley.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The shard files named by the arguments of {@code parley load}, one set per argument, checked before anything is
 * written: a job's output folder (finished: its {@code _SUCCESS} is there) gives its {@code quads/} files; another folder
 * its {@code .nq} and {@code .nq.gz} files, recursively, sorted by name, hidden ones left out; a file itself.
 *
 * @param sets      the files of each argument, in the order given
 * @param summaries the summaries of the job outputs among them
 */
record ShardInputs(List<List<Path>> sets, List<ShardFolder.Summary> summaries) {

    ShardInputs {
        sets = sets.stream().map(List::copyOf).toList();
        summaries = List.copyOf(summaries);
    }

    static ShardInputs of(List<Path> arguments) throws ShardException {
        List<List<Path>> sets = new ArrayList<>();
        List<ShardFolder.Summary> summaries = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument) && ShardFolder.isJobOutput(argument)) {
                if (!ShardFolder.isFinished(argument)) {
                    throw new ShardException(argument + ": the spark-ingest job that writes this folder has not finished"
                            + " (no " + ShardFolder.SUCCESS + "); load it when the job has succeeded");
                }
                summaries.add(summary(argument));
                sets.add(shardsIn(argument.resolve(ShardFolder.QUADS)));
            } else if (Files.isDirectory(argument)) {
                sets.add(shardsIn(argument));
            } else if (Files.isRegularFile(argument)) {
                if (!isShard(argument)) {
                    throw new ShardException(argument + ": not an N-Quads shard (expected .nq or .nq.gz)");
                }
                sets.add(List.of(argument));
            } else {
                throw new ShardException(argument + ": no such file or folder");
            }
        }
        return new ShardInputs(sets, summaries);
    }

    /** Every shard file, in loading order. */
    List<Path> files() {
        return sets.stream().flatMap(List::stream).toList();
    }

    private static ShardFolder.Summary summary(Path folder) throws ShardException {
        try {
            return ShardFolder.Summary.read(folder);
        } catch (IOException e) {
            throw new ShardException(folder.resolve(ShardFolder.SUMMARY) + ": unreadable job summary: " + e.getMessage());
        }
    }

    private static List<Path> shardsIn(Path folder) throws ShardException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(ShardInputs::isShard)
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new ShardException(folder + ": cannot list the folder: " + e.getMessage());
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShard(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }
}
