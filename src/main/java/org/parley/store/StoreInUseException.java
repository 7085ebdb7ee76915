package org.parley.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;

/**
 * The store's folder is locked by another process (TDB2 lets one process open a store at a time). Says which
 * process when TDB2's lock file names it.
 */
public final class StoreInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-cp", "-classpath", "--class-path");
    private static final int MAX_COMMAND_CHARS = 200;

    private final transient Path folder;
    private final long pid;
    private final String command;

    private StoreInUseException(Path folder, long pid, String command, Throwable cause) {
        super(folder + ": the store is in use by another process" + describe(pid, command), cause);
        this.folder = folder;
        this.pid = pid;
        this.command = command;
    }

    /** The exception for TDB2's refusal {@code e} to open {@code folder}. */
    static StoreInUseException from(Path folder, DBOpEnvException e) {
        Matcher m = HOLDER.matcher(String.valueOf(e.getMessage()));
        long pid = m.find() ? Long.parseLong(m.group(1)) : -1;
        String command = pid < 0 ? null : ProcessHandle.of(pid).map(p -> describe(p.info())).orElse(null);
        return new StoreInUseException(folder, pid, command, e);
    }

    /** Whether {@code e} is TDB2 refusing a store because another process holds its lock. */
    static boolean isLockHeld(DBOpEnvException e) {
        return String.valueOf(e.getMessage()).contains("Failed to get a lock");
    }

    public Path folder() {
        return folder;
    }

    /** The holder's process id, when known. */
    public OptionalLong pid() {
        return pid < 0 ? OptionalLong.empty() : OptionalLong.of(pid);
    }

    /** The holder's command line, when this user may see it. */
    public Optional<String> command() {
        return Optional.ofNullable(command);
    }

    private static String describe(long pid, String command) {
        if (pid < 0) {
            return "";
        }
        return " (process " + pid + (command == null ? "" : ": " + command) + ")";
    }

    /** The program's file name and its arguments, a class path shown as "...": what tells a person which it is. */
    static String describe(ProcessHandle.Info info) {
        if (info.commandLine().isEmpty()) {
            return null;
        }
        String[] words = info.commandLine().get().strip().split("\\s+");
        StringBuilder out = new StringBuilder(Path.of(words[0]).getFileName().toString());
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(CLASS_PATH_OPTIONS.contains(words[i - 1]) ? "..." : words[i]);
        }
        return out.length() > MAX_COMMAND_CHARS ? out.substring(0, MAX_COMMAND_CHARS) + "..." : out.toString();
    }
}
