package org.parley.pipeline;

/** A shard input that cannot be loaded (missing, not N-Quads, malformed, from an unfinished job): one line saying why. */
public final class ShardException extends Exception {

    private static final long serialVersionUID = 1L;

    public ShardException(String message) {
        super(message);
    }
}
