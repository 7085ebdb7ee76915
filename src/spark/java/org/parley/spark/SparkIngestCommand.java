package org.parley.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.parley.pipeline.ShardFolder;
import org.parley.rdf.IriMinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley spark-ingest}: the Spark job from the command line, in local mode or under {@code spark-submit}
 * (this is the main class of {@code parley-spark.jar}). Exit codes as {@code parley ingest}: 0, 2 for bad input
 * (nothing extracted, an output that exists, a bad catalog), 1 for an internal failure.
 *
 * <pre>
 * ./parley spark-ingest --master 'local[2]' --out /tmp/shards samples/
 * spark-submit --master yarn target/spark/parley-spark.jar --out hdfs:///parley/2025-06 hdfs:///news/2025-06/
 * </pre>
 */
@Command(name = "spark-ingest", mixinStandardHelpOptions = true,
        description = {"Extracts articles (.txt, .json, .jsonl, .html; folders are read recursively) with Apache Spark into",
                "N-Quads shards, one named graph per article, and a summary; 'parley load' puts them into a store.",
                "INPUT and --out may be any path Spark reads: local, hdfs://, s3a:// (with Hadoop's S3 connector).",
                "Bad inputs are skipped and listed in the summary (summary.json) and on stderr.",
                "Exit code 0 when the job completed, 2 when nothing could be extracted or the output exists, 1 on an internal failure."})
public final class SparkIngestCommand implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]: every core of this machine).")
    String master;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder for the shards; must not exist.")
    String out;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Shards to write (default: twice Spark's default parallelism).")
    int partitions;

    @Option(names = "--catalog", paramLabel = "FILE", description = "An extra catalog file (TSV) that extends the bundled one; repeatable.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base of the IRIs Parley mints (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = {"-v", "--verbose"}, description = "Print the stack trace of an internal failure.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        SparkConf conf = new SparkConf().setAppName("parley spark-ingest");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        ShardFolder.Summary summary;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            summary = SparkIngestion.run(sc, new SparkIngestion.Request(inputs, out, base, catalogs, partitions));
        }
        summary.skipped().forEach(line -> System.err.println("skipped " + line));
        System.err.println("parley: " + summary.describe() + " -> " + out + " (into a store: parley load --store DIR " + out + ")");
        return summary.stored() == 0 && !summary.skipped().isEmpty() ? 2 : 0;
    }

    public static void main(String[] args) {
        SparkIngestCommand command = new SparkIngestCommand();
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof JobInputException) {
                line.getErr().println("parley: " + e.getMessage());
                return 2;
            }
            line.getErr().println("parley: internal failure: " + e + (command.verbose ? "" : " (run with -v for the stack trace)"));
            if (command.verbose) {
                e.printStackTrace(line.getErr());
            }
            return 1;
        });
        System.exit(cl.execute(args));
    }
}
