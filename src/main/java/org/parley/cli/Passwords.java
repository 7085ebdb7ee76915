package org.parley.cli;

import java.io.Console;

/** Reads a password from the environment ({@value #ENV}, for scripts) or, failing that, from the terminal. */
final class Passwords {

    static final String ENV = "PARLEY_PASSWORD";

    private Passwords() {
    }

    /** The password for {@code user}: {@code $PARLEY_PASSWORD}, else asked on the terminal (twice when {@code confirm}). */
    static char[] read(String user, boolean confirm) {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new BadInputException("no password: set " + ENV + " or run the command in a terminal");
        }
        char[] password = console.readPassword("password for %s: ", user);
        if (password == null || password.length == 0) {
            throw new BadInputException("no password given");
        }
        if (confirm && !java.util.Arrays.equals(password, console.readPassword("again: "))) {
            throw new BadInputException("the two passwords differ");
        }
        return password;
    }
}
