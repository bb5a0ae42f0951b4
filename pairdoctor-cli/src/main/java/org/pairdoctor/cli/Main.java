package org.pairdoctor.cli;

import org.pairdoctor.cli.terminal.Prompter;
import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code pairdoctor} command. Exit codes: 0 success, 1 failure of the thing asked (bad input,
 * unknown id, a conflict, or a bug), 2 usage error, 3 unavailable: the database is down, full or
 * unreachable, so the same command may work later (see {@link #exitCode}). Failures print one clear
 * message, never a stack trace (set PAIRDOCTOR_DEBUG=1 to see one); 130 after Ctrl-C at a question
 * outside a guided session (inside one, Ctrl-C pauses the session: exit 1).
 */
@Command(name = "pairdoctor", mixinStandardHelpOptions = true, version = "pairdoctor 0.1.0",
        description = "Gets a Bluetooth headset connected, and finds out why it won't.",
        subcommands = {
                ServeCommand.class,
                DiagnoseCommand.class,
                ConnectCommand.class,
                StatusCommand.class,
                KbCommand.class,
                VignettesCommand.class,
                ModelCommand.class,
                PlanCommand.class,
                BenchCommand.class,
                LearnCommand.class,
                ReportCommand.class,
                AdminCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        helpWidth(cl, System.getenv());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (System.getenv("PAIRDOCTOR_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            if (ex instanceof Prompter.Interrupted) {
                // Ctrl-C at a question outside a session (e.g. "press Enter" in connect): just stop.
                commandLine.getErr().println("pairdoctor: stopped (Ctrl-C)");
                return INTERRUPTED;
            }
            if (ex instanceof PairdoctorException p) {
                commandLine.getErr().println("pairdoctor: " + ex.getMessage());
                return exitCode(p.failure());
            }
            commandLine.getErr().println("pairdoctor: unexpected failure: " + ex
                    + " (run with PAIRDOCTOR_DEBUG=1 for details)");
            return 1;
        });
        return cl.execute(args);
    }

    /** The exit code after Ctrl-C at a question outside a guided session: 128 + SIGINT, as shells report it. */
    static final int INTERRUPTED = 130;

    /**
     * {@code --help} fits the window: picocli measures the terminal (usageHelpAutoWidth), else
     * {@code $COLUMNS} is used, else 80; descriptions and options are wrapped between words by
     * {@link HelpLayout}.
     */
    static void helpWidth(CommandLine cl, java.util.Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            cl.setUsageHelpWidth(Math.max(55, Integer.parseInt(columns)));
        }
        cl.setUsageHelpAutoWidth(true);
        cl.setUsageHelpLongOptionsMaxWidth(HelpLayout.NAMES_MAX);
        HelpLayout.install(cl);
    }

    /** The exit code of each kind of failure: the one place they are decided. */
    static int exitCode(Failure failure) {
        return switch (failure) {
            case INVALID_INPUT, NOT_FOUND, CONFLICT, INTERNAL -> 1;
            case UNAVAILABLE -> 3;
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
