package org.parley.spark;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local disk under the scheme {@code flaky:}, failing the first creation of a file whose name starts with
 * {@link #FAILING_PREFIX} ({@link #CREATIONS} counts them): a write error on a flaky store, which fails the task that
 * writes that shard. Tests run Spark in local mode, so the counter is shared with the executors.
 */
public final class FlakyFileSystem extends RawLocalFileSystem {

    static final String FAILING_PREFIX = "part-00001-attempt-";
    static final AtomicInteger CREATIONS = new AtomicInteger();

    @Override
    public URI getUri() {
        return URI.create("flaky:///");
    }

    @Override
    public String getScheme() {
        return "flaky";
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        failTheFirstShard(f);
        return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        failTheFirstShard(f);
        return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
    }

    private static void failTheFirstShard(Path f) throws IOException {
        if (f.getName().startsWith(FAILING_PREFIX) && CREATIONS.getAndIncrement() == 0) {
            throw new IOException("injected write failure on " + f);
        }
    }
}
