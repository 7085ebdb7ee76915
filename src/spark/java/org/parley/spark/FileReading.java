package org.parley.spark;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.parley.ingest.ArticleFiles;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestLimits;
import org.parley.spark.InputListing.ListedFile;
import scala.Tuple2;

/**
 * The reading stage, on an executor: one listed file through the reader its type takes, as {@link InputItem}s keyed
 * for the shuffle. Never throws for bad input: every problem the reader finds is an item.
 */
final class FileReading {

    /** Items waiting between the reader's thread and the task's. */
    private static final int BUFFERED_ITEMS = 256;

    private FileReading() {
    }

    static Iterator<Tuple2<InputItem.Key, InputItem>> read(ListedFile file, Configuration conf) {
        HadoopInputFile input = new HadoopInputFile(file.uri(), conf);
        Optional<ArticleReader> reader = ArticleFiles.readerFor(input.name(), IngestLimits.DEFAULT);
        PushedIterator<Tuple2<InputItem.Key, InputItem>> items = new PushedIterator<>("parley-read", BUFFERED_ITEMS,
                sink -> {
                    long[] ordinal = {0};
                    Consumer<InputItem> keyed = item -> sink.accept(new Tuple2<>(item.key(), item));
                    if (reader.isEmpty()) {
                        keyed.accept(new InputItem(file.index(), 0, null, ArticleFiles.unsupportedType(input.location())));
                        return;
                    }
                    reader.get().read(input,
                            article -> keyed.accept(new InputItem(file.index(), ordinal[0]++, article, null)),
                            problem -> keyed.accept(new InputItem(file.index(), ordinal[0]++, null, problem)));
                });
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> items.cancel());
        }
        return items;
    }
}
