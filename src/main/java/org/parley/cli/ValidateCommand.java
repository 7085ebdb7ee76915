package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.pipeline.StoreValidation;
import org.parley.rdf.IriMinter;
import org.parley.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley validate}: every article graph of a store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every article graph of a store against ontology/shapes.ttl (SHACL).",
                "Problems go to stdout, one line each; exit code 2 when any graph does not conform."})
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "The base the store's IRIs were minted under (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        try (Tdb2GraphStore graphs = Stores.openExisting(store)) {
            StoreValidation.Result r = StoreValidation.run(graphs, new IriMinter(base), System.out::println);
            System.err.printf("parley: %d article graphs checked, %d do not conform%n", r.graphs(), r.failures());
            return r.failures() == 0 ? 0 : Failures.BAD_INPUT;
        }
    }
}
