package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "model", mixinStandardHelpOptions = true, description = "Prints the flattened troubleshooting model of a problem.")
final class ModelCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor model: not available yet in this build");
        return 1;
    }
}
