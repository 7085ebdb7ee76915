package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code parley} launcher starts Java so that running out of heap ends the process at once with a line saying
 * so (a supervisor then restarts it), instead of leaving a server that answers nothing.
 */
class LauncherTest {

    @TempDir
    Path dir;

    /** The JVM options the launcher passes, read by running it with a stand-in {@code java} that prints them. */
    private List<String> launcherJvmOptions() throws Exception {
        return launcherJvmOptions("--version");
    }

    /** As {@link #launcherJvmOptions()}, for {@code parley ARGS}. */
    private List<String> launcherJvmOptions(String... parleyArgs) throws Exception {
        Path bin = dir.resolve("bin");
        if (!Files.isDirectory(bin)) {
            Files.createDirectory(bin);
            executable(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            executable(bin.resolve("mvn"), "#!/bin/sh\nexit 0\n");
        }
        List<String> command = new ArrayList<>(List.of("bash", Path.of("parley").toAbsolutePath().toString()));
        command.addAll(Arrays.asList(parleyArgs));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("PARLEY_JAVA_OPTS");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> args = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        int jar = args.indexOf("-jar");
        assertTrue(jar > 0, "the launcher runs java -jar: " + args);
        return args.subList(0, jar);
    }

    /**
     * A short command maps class data recorded by a run of the same command and lets C2 compile later; a server keeps
     * the compiler's defaults.
     */
    @Test
    void eachCommandHasAClassDataArchiveOfItsOwn() throws Exception {
        List<String> query = launcherJvmOptions("query", "--help");
        assertTrue(query.stream().anyMatch(o -> o.endsWith("target/parley-query.jsa")), query.toString());
        assertTrue(query.contains("-XX:Tier4InvocationThreshold=50000"), query.toString());
        List<String> serve = launcherJvmOptions("serve", "--help");
        assertTrue(serve.stream().anyMatch(o -> o.endsWith("target/parley-serve.jsa")), serve.toString());
        assertTrue(serve.stream().noneMatch(o -> o.startsWith("-XX:Tier4")), serve.toString());
    }

    /**
     * An ingest of at most a megabyte of articles runs with C1 only; a larger one, and one of files that are not
     * there, keeps C2 with its raised thresholds. Option values (the store folder) are not counted as articles.
     */
    @Test
    void aSmallIngestRunsWithoutTheOptimizingCompiler() throws Exception {
        Path small = Files.writeString(dir.resolve("one.txt"), "Kyiv rejected the offer on Tuesday.\n");
        Path store = Files.createDirectory(dir.resolve("store"));
        Files.write(store.resolve("big.dat"), new byte[2 << 20]);
        List<String> one = launcherJvmOptions("ingest", "--store", store.toString(), small.toString());
        assertTrue(one.contains("-XX:TieredStopAtLevel=1"), one.toString());
        assertTrue(one.stream().noneMatch(o -> o.startsWith("-XX:Tier4")), one.toString());
        Path folder = Files.createDirectory(dir.resolve("articles"));
        Files.write(folder.resolve("a.jsonl"), new byte[600 << 10]);
        Files.write(folder.resolve("b.jsonl"), new byte[600 << 10]);
        List<String> large = launcherJvmOptions("ingest", "--store", store.toString(), folder.toString());
        assertTrue(large.contains("-XX:Tier4InvocationThreshold=50000"), large.toString());
        assertTrue(large.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), large.toString());
        List<String> missing = launcherJvmOptions("ingest", "--store", store.toString(), dir.resolve("nothing").toString());
        assertTrue(missing.contains("-XX:Tier4InvocationThreshold=50000"), missing.toString());
    }

    /**
     * Every command's heap asks for transparent huge pages exactly when the kernel offers them (mode {@code always} or
     * {@code madvise}); elsewhere the option is left out, since the JVM would refuse it or print a warning.
     */
    @Test
    void theHeapAsksForHugePagesWhereLinuxOffersThem() throws Exception {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(modes) ? Files.readString(modes) : "";
        boolean offered = mode.contains("[always]") || mode.contains("[madvise]");
        for (String command : List.of("ingest", "query", "serve")) {
            List<String> options = launcherJvmOptions(command, "--help");
            assertEquals(offered, options.contains("-XX:+UseTransparentHugePages"), mode + command + ": " + options);
        }
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void outOfMemoryEndsTheProcessWithALineSayingSo() throws Exception {
        List<String> options = new ArrayList<>(launcherJvmOptions());
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), options.toString());
        options.removeIf(o -> o.startsWith("-Xmx"));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx32m"));
        command.addAll(options);
        command.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"), HeapFiller.class.getName()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ended");
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("parley: out of memory"), err);
    }

    /** Fills the heap, from a thread other than main (as a query would), and would then wait forever. */
    public static final class HeapFiller {
        public static void main(String[] args) throws InterruptedException {
            Thread filler = new Thread(() -> {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 16]);
                }
            });
            filler.start();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
