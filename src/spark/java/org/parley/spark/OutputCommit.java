package org.parley.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.parley.pipeline.ShardFolder;

/**
 * The job's output, all or nothing: tasks write their attempts under a hidden staging folder beside the output; when
 * every partition has succeeded the driver renames the attempt each partition's result names (exactly one per
 * partition, whatever was retried) to {@code quads/part-NNNNN.nq.gz}, deletes the other attempts, writes the summary
 * and {@code _SUCCESS}, and renames the staging folder to the output folder, one rename that readers see whole
 * (on HDFS and local disks; an object store copies instead, so there read {@code _SUCCESS} before the shards).
 */
final class OutputCommit {

    private final FileSystem fs;
    private final Path out;
    private final Path staging;
    private final Path attempts;

    private OutputCommit(FileSystem fs, Path out, Path staging) {
        this.fs = fs;
        this.out = out;
        this.staging = staging;
        this.attempts = new Path(staging, "_attempts");
    }

    /**
     * Prepares the output {@code outUri} of run {@code runId}.
     *
     * @throws JobInputException when the output exists (a job never overwrites one)
     */
    static OutputCommit begin(String outUri, Configuration conf, String runId) throws IOException {
        Path given = new Path(outUri);
        FileSystem fs = given.getFileSystem(conf);
        Path out = fs.makeQualified(given);
        if (fs.exists(out)) {
            throw new JobInputException(outUri + ": exists already; give a new folder (a job never writes into an old one)");
        }
        if (out.getParent() == null) {
            throw new JobInputException(outUri + ": the output must be a folder below the root");
        }
        OutputCommit commit = new OutputCommit(fs, out, new Path(out.getParent(), "." + out.getName() + ".in-progress-" + runId));
        fs.mkdirs(commit.attempts);
        return commit;
    }

    /** The folder tasks write their attempts to. */
    String attemptsFolder() {
        return attempts.toString();
    }

    /** Moves each partition's chosen attempt into place, writes the summary and {@code _SUCCESS}, renames the folder. */
    void commit(List<ShardResult> results, ShardFolder.Summary summary) throws IOException {
        Path quads = new Path(staging, ShardFolder.QUADS);
        fs.mkdirs(quads);
        for (ShardResult r : results.stream().sorted(Comparator.comparingInt(ShardResult::partition)).toList()) {
            if (r.file() != null) {
                rename(new Path(r.file()), new Path(quads, String.format("part-%05d.nq.gz", r.partition())));
            }
        }
        fs.delete(attempts, true);
        try (OutputStream json = fs.create(new Path(staging, ShardFolder.SUMMARY), false)) {
            summary.write(json);
        }
        fs.create(new Path(staging, ShardFolder.SUCCESS), false).close();
        if (fs.exists(out)) {
            throw new JobInputException(out + ": appeared while the job ran; its output stays in " + staging);
        }
        rename(staging, out);
    }

    /** Deletes what the job wrote; the output folder was never made. */
    void abort() throws IOException {
        fs.delete(staging, true);
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }
}
