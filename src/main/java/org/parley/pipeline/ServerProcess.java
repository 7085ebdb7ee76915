package org.parley.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code parley serve} in a JVM of its own, as a user runs it (1 GiB heap, exit on running out of memory), for the
 * abuse run: its heap is not the attackers'. Its log goes to a file.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint:\\s+(http://\\S+)/parley/sparql");
    private static final String MAIN = "org.parley.cli.ParleyCommand";

    private final Process process;
    private final String baseUrl;

    private ServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts {@code parley serve ARGS} and waits until it prints its endpoint.
     *
     * @param heap the server's -Xmx, such as "1g"
     * @param log  where its stderr goes
     */
    static ServerProcess start(String heap, List<String> serveArgs, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", MAIN, "serve"));
        command.addAll(serveArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process p = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> drain(out), "parley-server-stdout");
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(p, m.group(1) + "/");
            }
        }
        p.destroyForcibly();
        throw new IOException("the server did not start; see " + log);
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the server's stdout after its banner is not needed
            }
        } catch (IOException e) {
            // the server ended
        }
    }

    /** {@code http://host:port/}. */
    String baseUrl() {
        return baseUrl;
    }

    String sparqlUrl() {
        return baseUrl + "parley/sparql";
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Stops the server as Ctrl-C would and returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
