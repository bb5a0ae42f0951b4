package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "learn", mixinStandardHelpOptions = true, description = "Learns probabilities from stored outcomes.")
final class LearnCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor learn: not available yet in this build");
        return 1;
    }
}
