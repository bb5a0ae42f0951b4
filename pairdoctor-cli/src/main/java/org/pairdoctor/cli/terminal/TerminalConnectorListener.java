package org.pairdoctor.cli.terminal;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pairdoctor.bluez.ConnectorListener;
import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.bluez.Phase;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows the connector's work: one line per finished phase, the pairing-mode instructions (and
 * waits for Enter), and a progress bar while scanning when the output is a terminal (plain lines
 * otherwise, so logs and pipes stay readable).
 */
public final class TerminalConnectorListener implements ConnectorListener {
    private final PrintWriter out;
    private final PrintStream barStream;
    private final boolean tty;
    private final Prompter prompter;
    private ProgressBar bar;

    /**
     * @param barStream where the progress bar is drawn (the terminal), used only when {@code tty}
     * @param prompter reads the Enter after the pairing-mode instructions
     */
    public TerminalConnectorListener(PrintWriter out, PrintStream barStream, boolean tty, Prompter prompter) {
        this.out = out;
        this.barStream = barStream;
        this.tty = tty;
        this.prompter = prompter;
    }

    @Override
    public void phaseStarted(String name) {
        // the line comes when the phase is done, with its time
    }

    @Override
    public void phaseDone(Phase phase) {
        out.printf(Locale.ROOT, "  %-20s %6.2f s  %s%n", phase.name(), phase.seconds(), phase.result());
        out.flush();
    }

    @Override
    public void note(String text) {
        out.println("  note: " + text);
        out.flush();
    }

    @Override
    public void awaitPairingMode(Headset headset) {
        out.println();
        out.println("Put the " + headset.displayName() + " in pairing mode:");
        for (String line : headset.pairingInstructions()) {
            out.println("  * " + line);
        }
        out.flush();
        if (prompter.interactive()) {
            prompter.ask("Press Enter when it is in pairing mode (Ctrl-C to stop)> ");
        } else {
            out.println("(not a terminal: scanning now; use --assume-ready to skip this message)");
        }
        out.flush();
    }

    @Override
    public void scanStarted(Duration timeout) {
        if (tty) {
            bar = new ProgressBarBuilder().setTaskName("Looking for the headset").setInitialMax(timeout.toMillis())
                    .setUnit(" s", 1000).setStyle(ProgressBarStyle.ASCII).hideEta().setUpdateIntervalMillis(100)
                    .setConsumer(new ConsoleProgressBarConsumer(barStream)).clearDisplayOnFinish().build();
        } else {
            out.println("  scanning for up to " + timeout.toSeconds() + " s ...");
            out.flush();
        }
    }

    @Override
    public void scanProgress(Duration elapsed) {
        if (bar != null) {
            bar.stepTo(Math.min(elapsed.toMillis(), bar.getMax()));
        }
    }

    @Override
    public void scanEnded(boolean leSeen) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
