package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The users allowed to write, with their passwords hashed (PBKDF2 with HMAC-SHA-256, a random salt per user): one
 * line per user, {@code NAME:pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64); {@code #} starts a
 * comment. Passwords are never stored or logged in clear. Immutable and thread-safe.
 *
 * <pre>{@code
 * PasswordFile.empty().withUser("editor", password).write(Path.of("writers.pw"));
 * boolean ok = PasswordFile.read(Path.of("writers.pw")).verify("editor", attempt);
 * }</pre>
 */
public final class PasswordFile {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** Iterations for new hashes: about a tenth of a second per check here. */
    static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One user's stored hash. */
    record Entry(String user, int iterations, byte[] salt, byte[] hash) {
        Entry {
            salt = salt.clone();
            hash = hash.clone();
        }

        String line() {
            Base64.Encoder b64 = Base64.getEncoder();
            return user + ":" + SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        }
    }

    private final Map<String, Entry> entries;

    private PasswordFile(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static PasswordFile empty() {
        return new PasswordFile(Map.of());
    }

    /**
     * Reads a password file.
     *
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public static PasswordFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the password file: " + e.getMessage(), e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            Entry e = parse(line).orElseThrow(() -> new IllegalArgumentException(file + ":" + lineNumber
                    + ": not a password line (expected NAME:" + SCHEME + ":ITERATIONS:SALT:HASH, as 'parley password' writes)"));
            entries.put(e.user(), e);
        }
        return new PasswordFile(entries);
    }

    private static Optional<Entry> parse(String line) {
        String[] f = line.split(":");
        if (f.length != 5 || f[0].isEmpty() || !f[1].equals(SCHEME)) {
            return Optional.empty();
        }
        try {
            int iterations = Integer.parseInt(f[2]);
            byte[] salt = Base64.getDecoder().decode(f[3]);
            byte[] hash = Base64.getDecoder().decode(f[4]);
            return iterations > 0 && hash.length > 0 ? Optional.of(new Entry(f[0], iterations, salt, hash)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** This file with {@code user}'s password set (replacing an earlier one) under a new salt. */
    public PasswordFile withUser(String user, char[] password) {
        return withUser(user, password, ITERATIONS);
    }

    /** As {@link #withUser(String, char[])} with another number of iterations (tests use few, to run fast). */
    public PasswordFile withUser(String user, char[] password, int iterations) {
        checkUserName(user);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(user, new Entry(user, iterations, salt, pbkdf2(password, salt, iterations)));
        return new PasswordFile(copy);
    }

    /** Writes the file, readable by its owner only where the file system allows. */
    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# Parley writers: NAME:" + SCHEME + ":ITERATIONS:SALT:HASH (edit with 'parley password')");
        entries.values().forEach(e -> lines.add(e.line()));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own permissions apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the password file: " + e.getMessage(), e);
        }
    }

    /** The user names, in file order. */
    public List<String> users() {
        return List.copyOf(entries.keySet());
    }

    /** Whether {@code password} is {@code user}'s, compared in constant time. */
    public boolean verify(String user, char[] password) {
        Entry e = entries.get(user);
        if (e == null || password == null) {
            return false;
        }
        return MessageDigest.isEqual(e.hash(), pbkdf2(password, e.salt(), e.iterations()));
    }

    static void checkUserName(String user) {
        Objects.requireNonNull(user, "user");
        if (!user.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("user name '" + user + "': use 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
