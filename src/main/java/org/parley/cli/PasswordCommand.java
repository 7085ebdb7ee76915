package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.serve.PasswordFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley password}: adds a writer, or changes a writer's password, in a password file. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = {"Sets a writer's password in a password file for 'parley serve --password-file' (created when missing).",
                "The password is read from $PARLEY_PASSWORD or asked on the terminal; the file keeps only a salted hash."})
final class PasswordCommand implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The password file.")
    Path file;

    @Parameters(index = "0", paramLabel = "USER", description = "The writer's user name.")
    String user;

    @Override
    public Integer call() {
        PasswordFile current;
        try {
            current = Files.exists(file) ? PasswordFile.read(file) : PasswordFile.empty();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PasswordFile updated;
        try {
            updated = current.withUser(user, Passwords.read(user, true));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        updated.write(file);
        System.err.println("parley: " + file + ": password set for " + user + " (" + updated.users().size() + " writers)");
        return 0;
    }
}
