package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "diagnose", mixinStandardHelpOptions = true, description = "A guided troubleshooting session in the terminal.")
final class DiagnoseCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor diagnose: not available yet in this build");
        return 1;
    }
}
