package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes the monthly report with charts.")
final class ReportCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor report: not available yet in this build");
        return 1;
    }
}
