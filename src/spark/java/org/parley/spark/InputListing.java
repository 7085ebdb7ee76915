package org.parley.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;

/**
 * The files a job reads, listed on the driver by the rules of {@link ArticleFiles#files}: a file as given, a folder as
 * its non-hidden files of an article type, recursively, sorted by name; a missing path is a problem. Works on any file
 * system Hadoop reaches. The index of a file is its place in that order: the first read of an article wins.
 *
 * @param files    the files, in reading order
 * @param problems the inputs that could not be listed
 */
record InputListing(List<ListedFile> files, List<InputProblem> problems) {

    /** One file to read and its place in the reading order. */
    record ListedFile(int index, String uri) implements Serializable {
    }

    static InputListing of(List<String> inputs, Configuration conf) throws IOException {
        List<String> uris = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<Path> visited = new HashSet<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                problems.add(new InputProblem(input, "no such file or folder"));
                continue;
            }
            if (status.isDirectory()) {
                walk(fs, status.getPath(), uris, visited, problems);
            } else {
                uris.add(status.getPath().toString());
            }
        }
        List<ListedFile> files = new ArrayList<>();
        for (String uri : uris) {
            files.add(new ListedFile(files.size(), uri));
        }
        return new InputListing(List.copyOf(files), List.copyOf(problems));
    }

    private static void walk(FileSystem fs, Path folder, List<String> uris, Set<Path> visited,
                             List<InputProblem> problems) throws IOException {
        if (!visited.add(folder)) {
            problems.add(new InputProblem(folder.toString(), "folder is read already (named twice): not read again"));
            return;
        }
        FileStatus[] entries = fs.listStatus(folder);
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (entry.isDirectory()) {
                walk(fs, entry.getPath(), uris, visited, problems);
            } else if (ArticleFiles.isArticleFile(name)) {
                uris.add(entry.getPath().toString());
            }
        }
    }
}
