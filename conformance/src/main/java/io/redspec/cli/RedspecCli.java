package io.redspec.cli;

import io.redspec.BuildInfo;
import io.redspec.resp.Endpoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code redspec}: the command-line entry point. Exit 0 all passed, 1 failures, 2 usage/spec/connection error. */
@Command(name = "redspec", mixinStandardHelpOptions = true, versionProvider = RedspecCli.Version.class,
        description = "Conformance suite for Redis-compatible servers.",
        footer = {"", "Load tests: ./redspec load <scenario> (see ./redspec load --help)."},
        subcommands = {RunCommand.class, MatrixCommand.class, ReportCommand.class, CoverageCommand.class, CommandLine.HelpCommand.class})
public final class RedspecCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURES = 1;
    public static final int ERROR = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new RedspecCli());
        cli.setExitCodeExceptionMapper(t -> ERROR);
        cli.setParameterExceptionHandler((ex, given) -> {
            // one line, and never a password: an option typed wrong may sit next to a target URI
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("redspec: " + Endpoint.redact(ex.getMessage()));
            cmd.getErr().println("redspec: see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
            return ERROR;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // a bug or an unexpected environment: one clear line, never a stack trace
            cmd.getErr().println("redspec: " + Endpoint.redact(ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            if (System.getenv("REDSPEC_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"redspec " + BuildInfo.describe()};
        }
    }
}
