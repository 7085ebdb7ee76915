package org.parley.cli;

import java.util.List;
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
        description = "Turns news about conflicts and negotiations into a knowledge graph served over SPARQL.")
public final class ParleyCommand implements Runnable {

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, IngestCommand.class, QueryCommand.class,
            ServeCommand.class, ExportCommand.class, ValidateCommand.class, CompactCommand.class, CatalogCommand.class,
            BenchCommand.class, PasswordCommand.class, BackupCommand.class, RestoreCommand.class, AbuseCommand.class,
            LoadCommand.class);

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
        System.exit(commandLine(args.length == 0 ? "" : args[0]).execute(args));
    }

    /** The configured command line with every subcommand, for tests. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The configured command line; when {@code firstArgument} names a subcommand, with that one only: picocli reads
     * the annotations of every subcommand it is given and loads their classes, a tenth of a second that a run of one
     * command does not need. Its parsing, help and errors are the same either way.
     */
    static CommandLine commandLine(String firstArgument) {
        CommandLine cl = new CommandLine(new ParleyCommand());
        List<Class<?>> named = COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(firstArgument)).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            cl.addSubcommand(command);
        }
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
