package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.parley.serve.ControlFile;
import org.parley.serve.ParleyClient;
import org.parley.store.StoreBackup;
import org.parley.store.StoreInUseException;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley backup}: a consistent snapshot of a store as gzipped N-Quads, also while a server holds it. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent snapshot of a store as gzipped N-Quads, also while 'parley serve' serves it",
                "(then the server writes it, in one read transaction). Rebuild a store from it with 'parley restore'."})
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (default: STORE-YYYYMMDD-HHMMSS.nq.gz in the working directory).")
    Path output;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Stores.checkExisting(store);
        Path file = output != null ? output : Path.of(store.toAbsolutePath().getFileName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".nq.gz");
        try (Tdb2GraphStore graphs = Tdb2GraphStore.open(store)) {
            long quads = StoreBackup.writeFile(graphs, file);
            System.err.println("parley: backed up " + quads + " quads of " + store);
        } catch (StoreInUseException e) {
            ControlFile server = ControlFile.read(store).orElseThrow(() -> Stores.inUse(e));
            try (InputStream in = new ParleyClient(URI.create(server.url())).backup(server.token())) {
                long bytes = StoreBackup.copyToFile(in, file);
                System.err.println("parley: backed up " + store + " through the server at " + server.url()
                        + " (" + bytes + " bytes)");
            } catch (ParleyClient.ClientException ce) {
                throw new BadInputException(ce.getMessage());
            }
        }
        System.out.println(file);
        return 0;
    }
}
