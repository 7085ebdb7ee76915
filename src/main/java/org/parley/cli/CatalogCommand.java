package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.CatalogException;
import org.parley.catalog.CatalogProblem;
import org.parley.catalog.CatalogValidator;
import org.parley.catalog.CatalogWriter;
import org.parley.catalog.WikidataImport;
import org.parley.core.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code parley catalog list|search|validate|import-wikidata}: look into the entity catalog, check
 * catalog files, and convert Wikidata query results into catalog lines. Results go to stdout,
 * problems to stderr; exit 2 on bad input.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Inspect, validate and extend the entity catalog.",
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.SearchCommand.class,
                CatalogCommand.ValidateCommand.class, CatalogCommand.ImportWikidataCommand.class,
                ImportReferenceCommand.class})
public final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The {@code --catalog FILE} option of the subcommands that read the catalog. */
    static final class ExtraCatalogs {

        @Option(names = {"-c", "--catalog"}, description = "Extra catalog TSV files that extend the bundled one.")
        List<Path> files = new ArrayList<>();

        /** The bundled catalog, extended by the files when given; a bad file is bad input (exit 2). */
        Catalog load() {
            try {
                return Catalog.withExtraFiles(files);
            } catch (CatalogException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }

    private static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    /** {@code catalog list [--type T]}: one TSV line per entry. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List catalog entries as catalog TSV lines.")
    static final class ListCommand implements Callable<Integer> {

        @Option(names = {"-t", "--type"}, description = "Only entries of this type (Person, Organization, Country, Region, City).",
                converter = EntityTypeConverter.class)
        EntityType type;

        @Mixin
        ExtraCatalogs catalogs;

        @Override
        public Integer call() {
            Catalog catalog = catalogs.load();
            PrintWriter out = stdout();
            boolean facts = CatalogWriter.hasPlaceFacts(catalog.entries());
            for (CatalogEntry e : catalog.entries()) {
                if (type == null || e.type() == type) {
                    out.println(CatalogWriter.line(e, facts));
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code catalog search TEXT}: entries whose names contain TEXT, exact names first. */
    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Find entries by key, label, alias, demonym or metonym (case-insensitive substring; exact names first).")
    static final class SearchCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "TEXT")
        String text;

        @Mixin
        ExtraCatalogs catalogs;

        @Override
        public Integer call() {
            Catalog catalog = catalogs.load();
            List<CatalogEntry> hits = catalog.listMatching(text);
            PrintWriter out = stdout();
            boolean facts = CatalogWriter.hasPlaceFacts(catalog.entries());
            hits.forEach(e -> out.println(CatalogWriter.line(e, facts)));
            out.flush();
            return hits.isEmpty() ? 1 : 0;
        }
    }

    /** {@code catalog validate FILE...}: line-precise problems on stderr; exit 2 when any is an error. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check catalog files (as extensions of the bundled catalog); with no FILE, check the bundled catalog.")
    static final class ValidateCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "0..*")
        List<Path> files = new ArrayList<>();

        @Option(names = {"-w", "--no-warnings"}, description = "Print errors only.")
        boolean noWarnings;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CatalogValidator validator = new CatalogValidator();
            List<CatalogProblem> problems = files.isEmpty()
                    ? validator.validate(Catalog.readBundledLocated(), null)
                    : validator.validateFiles(files, Catalog.bundled());
            PrintWriter err = spec.commandLine().getErr();
            long errors = problems.stream().filter(CatalogProblem::isError).count();
            for (CatalogProblem p : problems) {
                if (p.isError() || !noWarnings) {
                    err.println(p);
                }
            }
            err.println(errors + " error(s), " + (problems.size() - errors) + " warning(s)");
            err.flush();
            return errors > 0 ? 2 : 0;
        }
    }

    /** {@code catalog import-wikidata FILE.json [--type T] [-o OUT.tsv]}. */
    @Command(name = "import-wikidata", mixinStandardHelpOptions = true,
            description = "Convert a Wikidata SPARQL JSON result (see queries/wikidata-catalog-import.rq) into catalog TSV.")
    static final class ImportWikidataCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE.json")
        Path json;

        @Option(names = {"-t", "--type"}, defaultValue = "Organization", converter = EntityTypeConverter.class,
                description = "Type of the imported entries (default: ${DEFAULT-VALUE}).")
        EntityType type;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT.tsv", description = "Write here instead of stdout.")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<CatalogEntry> entries;
            try (InputStream in = Files.newInputStream(json)) {
                entries = WikidataImport.fromSparqlJson(json.toString(), in, type);
            } catch (CatalogException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            } catch (NoSuchFileException e) {
                spec.commandLine().getErr().println(json + ": no such file");
                return 2;
            }
            if (output == null) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                CatalogWriter.write(entries, w);
            } else {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    CatalogWriter.write(entries, w);
                }
            }
            return 0;
        }
    }

    /** Accepts Person, person or PERSON. */
    static final class EntityTypeConverter implements ITypeConverter<EntityType> {
        @Override
        public EntityType convert(String value) {
            try {
                return EntityType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
