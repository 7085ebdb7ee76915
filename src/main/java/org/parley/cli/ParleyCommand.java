package org.parley.cli;

import org.parley.pipeline.Parley;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The {@code parley} command line: arguments in, exit codes out (0 ok, 1 internal failure, 2 bad input).
 *
 * <pre>
 * parley demo
 * parley ingest --store store samples/
 * parley query --store store --format csv queries/entities.rq
 * parley serve --store store --port 3030
 * </pre>
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = "Turns news about conflicts and negotiations into a knowledge graph served over SPARQL.",
        subcommands = {DemoCommand.class, IngestCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class,
                ValidateCommand.class, CompactCommand.class, CatalogCommand.class, BenchCommand.class,
                PasswordCommand.class, BackupCommand.class, RestoreCommand.class, AbuseCommand.class})
public final class ParleyCommand implements Runnable {

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal failure.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'parley demo' or 'parley --help'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@code main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ParleyCommand());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parley " + Parley.version()};
        }
    }
}
