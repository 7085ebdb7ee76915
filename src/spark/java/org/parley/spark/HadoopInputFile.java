package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.parley.ingest.InputFile;

/** A file of any file system Hadoop reaches (local, HDFS, S3 with its connector), as the article readers take it. */
final class HadoopInputFile implements InputFile {

    private final Path path;
    private final Configuration conf;

    HadoopInputFile(String uri, Configuration conf) {
        this.path = new Path(uri);
        this.conf = conf;
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public String name() {
        return path.getName();
    }

    @Override
    public long size() throws IOException {
        return path.getFileSystem(conf).getFileStatus(path).getLen();
    }

    @Override
    public InputStream open() throws IOException {
        return path.getFileSystem(conf).open(path);
    }
}
