package org.parley.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.TaskContext;
import org.parley.core.Article;
import org.parley.core.InputProblem;
import org.parley.pipeline.ArticleProcessor;
import org.parley.pipeline.Pipeline;
import org.parley.spark.ShardResult.Skipped;
import org.parley.store.GraphStore.NamedGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The extraction stage, one task per partition: the partition's items, sorted by article identity and then reading
 * order, through the executor's {@link ArticleProcessor}, each article graph written whole into one gzipped N-Quads
 * file of this attempt. The first copy read of an article is kept, later copies are skipped as duplicates (as
 * {@code parley ingest} does). The file's content depends on the items only, so a retried attempt writes the same bytes.
 */
final class ShardWriter {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.spark");

    private final int partition;
    private final Path file;
    private final Configuration conf;
    private final List<Skipped> skipped = new ArrayList<>();
    private OutputStream out;
    private StreamRDF quads;
    private long stored;
    private long statements;
    private long mentions;
    private long tokens;
    private long quadCount;

    private ShardWriter(int partition, Path file, Configuration conf) {
        this.partition = partition;
        this.file = file;
        this.conf = conf;
    }

    /** Writes the partition's articles to a file of this attempt under {@code attempts}; returns what it wrote. */
    static Iterator<ShardResult> write(int partition, Iterator<Tuple2<InputItem.Key, InputItem>> items, JobSettings job,
                                       Configuration conf, String attempts) throws IOException {
        long attempt = TaskContext.get() == null ? 0 : TaskContext.get().taskAttemptId();
        Path file = new Path(attempts, String.format("part-%05d-attempt-%d.nq.gz", partition, attempt));
        ShardWriter writer = new ShardWriter(partition, file, conf);
        writer.writeAll(items, ExecutorPipeline.processor(job));
        return List.of(writer.result()).iterator();
    }

    private void writeAll(Iterator<Tuple2<InputItem.Key, InputItem>> items, ArticleProcessor processor) throws IOException {
        String currentId = null;
        String firstSource = null;
        try {
            while (items.hasNext()) {
                InputItem item = items.next()._2();
                if (item.problem() != null) {
                    skip(item, item.problem());
                    continue;
                }
                Article article = item.article();
                if (article.id().equals(currentId)) {
                    skip(item, Pipeline.duplicate(article, firstSource));
                    continue;
                }
                currentId = article.id();
                firstSource = article.source();
                ArticleProcessor.Result result = processor.processSafely(article);
                if (result.problem() != null) {
                    skip(item, result.problem());
                } else {
                    store(result);
                }
            }
        } finally {
            close();
        }
    }

    private void skip(InputItem item, InputProblem problem) {
        LOG.debug("skipped {}", problem);
        skipped.add(new Skipped(item.file(), item.ordinal(), problem.toString()));
    }

    private void store(ArticleProcessor.Result result) throws IOException {
        if (quads == null) {
            out = new BufferedOutputStream(new GZIPOutputStream(file.getFileSystem(conf).create(file, false), 1 << 16), 1 << 16);
            quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            quads.start();
        }
        NamedGraph graph = result.graph();
        for (Triple t : graph.triples()) {
            quads.quad(Quad.create(graph.name(), t));
        }
        stored++;
        quadCount += graph.triples().size();
        statements += result.extraction().statements().size();
        mentions += result.extraction().mentions().size();
        tokens += result.extraction().analysis().tokenCount();
    }

    private void close() throws IOException {
        if (quads != null) {
            quads.finish();
            out.close();
        }
    }

    private ShardResult result() {
        return new ShardResult(partition, stored == 0 ? null : file.toString(), stored, statements, mentions, tokens,
                quadCount, skipped);
    }
}
