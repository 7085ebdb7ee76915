package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.parley.store.GraphStore.NamedGraph;

/**
 * A separate process that commits one batch into a store and dies in the next, as a {@code kill -9} would, at the
 * last moment before that batch's commit point: every REDO entry of the second batch is in the journal, its COMMIT
 * is not.
 */
public final class CommitHalter {

    /** The exit code of a halted process. */
    static final int HALTED = 37;

    private CommitHalter() {
    }

    public static void main(String[] args) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[0]))) {
            store.replaceGraphs(TornJournalTest.committed());
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(store.datasetGraph());
            coordinator.modifyConfig(() -> coordinator.addListener(new TransactionListener() {
                @Override
                public void notifyCommitStart(Transaction transaction) {
                    if (transaction.getMode() == ReadWrite.WRITE) {
                        Runtime.getRuntime().halt(HALTED);
                    }
                }
            }));
            store.replaceGraphs(TornJournalTest.cutOff());
        }
        System.exit(0);
    }

    /** Runs a halter on {@code folder} in a new JVM and waits until it has halted. */
    static void run(Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                CommitHalter.class.getName(), folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the halter did not end");
        }
        if (p.exitValue() != HALTED) {
            throw new IOException("the halter ended with " + p.exitValue() + ", not halted before the commit");
        }
    }
}
