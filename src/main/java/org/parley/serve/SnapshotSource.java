package org.parley.serve;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a consistent copy of the served store (a backup) to a stream. */
@FunctionalInterface
public interface SnapshotSource {

    /** Writes the snapshot; the stream is left open. */
    void writeTo(OutputStream out) throws IOException;
}
