package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A separate process that holds a store open until its stdin closes: another Parley, as tests see it. */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[0]))) {
            System.out.println("holding " + store.folder().orElseThrow());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin
            }
        }
    }

    /** Starts a holder of {@code folder} in a new JVM and waits until it holds the store. */
    public static Process start(Path folder) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                StoreHolder.class.getName(), folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // the class path in the environment keeps the command line short enough to be read back whole
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process p = builder.start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (line == null || !line.startsWith("holding")) {
            p.destroyForcibly();
            throw new IOException("the holder process did not start: " + line);
        }
        return p;
    }
}
