package org.parley.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogException;
import org.parley.core.ExtractionRun;
import org.parley.core.InputProblem;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ShardFolder;
import org.parley.spark.InputListing.ListedFile;
import org.parley.spark.ShardResult.Skipped;

/**
 * The Spark job: articles from any file system Spark reads, through the same {@link org.parley.pipeline.ArticleProcessor}
 * as {@code parley ingest}, into N-Quads shards (one named graph per article, the same IRIs and quads) and a summary,
 * committed all or nothing ({@link OutputCommit}).
 *
 * <pre>{@code
 * ShardFolder.Summary s = SparkIngestion.run(sc, new SparkIngestion.Request(List.of("hdfs:///news/"), "hdfs:///parley/out",
 *         IriMinter.DEFAULT_BASE, List.of(), 0));
 * }</pre>
 *
 * Stages: the driver lists the files; tasks read them (a file per task at a time, streamed) into articles and problems
 * keyed by article identity; a shuffle brings every copy of an article into one partition, sorted so the first copy
 * read comes first; a task per partition extracts its articles into one shard. A failed task is run again by Spark and
 * writes the same shard; bad input never fails a task, it is a line of the summary.
 */
public final class SparkIngestion {

    private SparkIngestion() {
    }

    /**
     * What to run.
     *
     * @param inputs     files and folders (any URI Spark reads: local paths, {@code hdfs://}, {@code s3a://})
     * @param out        the output folder; must not exist
     * @param base       the base of minted IRIs
     * @param catalogs   extra catalog files (local to the driver; shipped to the executors)
     * @param partitions shards to write; 0: twice Spark's default parallelism
     */
    public record Request(List<String> inputs, String out, String base, List<Path> catalogs, int partitions) {

        public Request {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(base, "base");
            catalogs = List.copyOf(catalogs);
        }
    }

    /**
     * Runs the job and returns its summary (also written to the output folder).
     *
     * @throws JobInputException when the output exists or an extra catalog is invalid
     */
    public static ShardFolder.Summary run(JavaSparkContext sc, Request request) throws IOException {
        long start = System.nanoTime();
        JdkStax.prefer();
        JobSettings job = settings(sc, request);
        Configuration conf = sc.hadoopConfiguration();
        InputListing listing = InputListing.of(request.inputs(), conf);
        OutputCommit commit = OutputCommit.begin(request.out(), conf, job.run().id());
        try {
            int partitions = request.partitions() > 0 ? request.partitions() : 2 * sc.defaultParallelism();
            List<ShardResult> results = extract(sc, listing.files(), job, conf, commit.attemptsFolder(), partitions);
            ShardFolder.Summary summary = summary(sc, request, job, listing.problems(), results, start);
            commit.commit(results, summary);
            return summary;
        } catch (IOException | RuntimeException e) {
            commit.abort();
            throw e;
        }
    }

    private static List<ShardResult> extract(JavaSparkContext sc, List<ListedFile> files, JobSettings job,
                                             Configuration conf, String attempts, int partitions) {
        Broadcast<HadoopConf> hadoop = sc.broadcast(new HadoopConf(conf));
        int slices = Math.max(1, Math.min(files.size(), 4 * sc.defaultParallelism()));
        JavaPairRDD<InputItem.Key, InputItem> items = sc.parallelize(files, slices)
                .flatMapToPair(file -> FileReading.read(file, hadoop.value().get()));
        return items.repartitionAndSortWithinPartitions(new IdPartitioner(partitions))
                .mapPartitionsWithIndex((partition, sorted) -> ShardWriter.write(partition, sorted, job,
                        hadoop.value().get(), attempts), false)
                .collect();
    }

    /** The run, the base and the extra catalogs, which are loaded here first so that a bad one stops the job at once. */
    private static JobSettings settings(JavaSparkContext sc, Request request) {
        Catalog catalog;
        try {
            catalog = Catalog.withExtraFiles(request.catalogs());
        } catch (CatalogException e) {
            throw new JobInputException(e.getMessage());
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : request.catalogs()) {
            String name = file.getFileName().toString();
            if (!seen.add(name)) {
                throw new JobInputException(file + ": two extra catalogs named " + name + "; rename one");
            }
            sc.addFile(file.toAbsolutePath().toString());
            names.add(name);
        }
        ExtractionRun run = Parley.newRun(catalog);
        return new JobSettings(run, request.base(), names);
    }

    private static ShardFolder.Summary summary(JavaSparkContext sc, Request request, JobSettings job,
                                               List<InputProblem> listingProblems, List<ShardResult> results, long start) {
        List<Skipped> skipped = new ArrayList<>();
        for (InputProblem p : listingProblems) {
            skipped.add(new Skipped(-1, skipped.size(), p.toString()));
        }
        results.forEach(r -> skipped.addAll(r.skipped()));
        skipped.sort(Skipped.READING_ORDER);
        ExtractionRun run = job.run();
        return new ShardFolder.Summary(run.id(), run.softwareVersion(), run.started().toString(), sc.master(), job.base(),
                job.catalogFiles(), request.inputs(), (int) results.stream().filter(r -> r.file() != null).count(),
                results.stream().mapToLong(ShardResult::stored).sum(), skipped.stream().map(Skipped::line).toList(),
                results.stream().mapToLong(ShardResult::statements).sum(),
                results.stream().mapToLong(ShardResult::mentions).sum(),
                results.stream().mapToLong(ShardResult::tokens).sum(),
                results.stream().mapToLong(ShardResult::quads).sum(), (System.nanoTime() - start) / 1e9);
    }
}
