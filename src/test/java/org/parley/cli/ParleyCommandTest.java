package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line main builds: only the subcommand a run names, the same help either way. */
class ParleyCommandTest {

    @Test
    void aRunOfOneCommandBuildsThatCommandOnly() {
        assertEquals(Set.of("query"), ParleyCommand.commandLine("query").getSubcommands().keySet());
        assertEquals(14, ParleyCommand.commandLine().getSubcommands().size());
        for (String notACommand : List.of("", "--help", "-v", "qu", "Query")) {
            assertEquals(ParleyCommand.commandLine().getSubcommands().keySet(),
                    ParleyCommand.commandLine(notACommand).getSubcommands().keySet(), notACommand);
        }
    }

    @Test
    void aCommandsHelpIsTheSameWhenItIsBuiltAlone() {
        for (String name : ParleyCommand.commandLine().getSubcommands().keySet()) {
            CommandLine alone = ParleyCommand.commandLine(name).getSubcommands().get(name);
            assertEquals(ParleyCommand.commandLine().getSubcommands().get(name).getUsageMessage(), alone.getUsageMessage(),
                    name);
        }
    }
}
