package org.parley.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The folder a {@code spark-ingest} job writes and {@code parley load} reads: {@code quads/part-NNNNN.nq.gz} (N-Quads
 * shards, gzipped; each article graph whole in one shard), {@code summary.json} (what the job did, {@link Summary}) and
 * {@code _SUCCESS}, written last, after which the job renames the folder into place in one step.
 */
public final class ShardFolder {

    /** The sub-folder of the shards. */
    public static final String QUADS = "quads";
    /** The summary's file name. */
    public static final String SUMMARY = "summary.json";
    /** The file that marks a finished job. */
    public static final String SUCCESS = "_SUCCESS";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ShardFolder() {
    }

    /**
     * What one job did.
     *
     * @param run        the extraction run's id (every article graph's {@code prov:wasGeneratedBy})
     * @param version    Parley's version
     * @param started    when the run started, ISO-8601 (every article graph's {@code prov:generatedAtTime})
     * @param master     the Spark master it ran on
     * @param base       the base of the IRIs it minted
     * @param catalogs   file names of the extra catalogs it used
     * @param inputs     the inputs it was given
     * @param shards     shard files written
     * @param stored     articles extracted into the shards
     * @param skipped    inputs that gave no article graph, one line each ({@code location: reason}), in reading order
     * @param statements demands, offers and rejections
     * @param mentions   entity mentions
     * @param tokens     tokens analysed
     * @param quads      quads in the shards
     * @param seconds    wall-clock time of the job
     */
    public record Summary(String run, String version, String started, String master, String base, List<String> catalogs,
                          List<String> inputs, int shards, long stored, List<String> skipped, long statements,
                          long mentions, long tokens, long quads, double seconds) {

        public Summary {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(base, "base");
            catalogs = List.copyOf(catalogs);
            inputs = List.copyOf(inputs);
            skipped = List.copyOf(skipped);
        }

        /** One line for a person: {@code extracted 12 articles, skipped 1, 80 statements, 10400 quads in 4 shards, 31.0 s}. */
        public String describe() {
            return String.format("extracted %d articles, skipped %d, %d statements, %d mentions, %d quads in %d shards, %.1f s",
                    stored, skipped.size(), statements, mentions, quads, shards, seconds);
        }

        public void write(OutputStream out) throws IOException {
            JSON.writeValue(out, this);
        }

        /** The summary of the job output in {@code folder}. */
        public static Summary read(Path folder) throws IOException {
            return JSON.readValue(folder.resolve(SUMMARY).toFile(), Summary.class);
        }
    }

    /** Whether {@code folder} is a job's output: it has a {@code quads} sub-folder or a summary. */
    public static boolean isJobOutput(Path folder) {
        return Files.isDirectory(folder.resolve(QUADS)) || Files.exists(folder.resolve(SUMMARY));
    }

    /** Whether the job that wrote {@code folder} finished. */
    public static boolean isFinished(Path folder) {
        return Files.exists(folder.resolve(SUCCESS)) && Files.exists(folder.resolve(SUMMARY));
    }
}
