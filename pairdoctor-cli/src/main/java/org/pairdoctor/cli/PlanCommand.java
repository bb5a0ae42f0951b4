package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "plan", mixinStandardHelpOptions = true, description = "Exact expected cost of a policy on a model file.")
final class PlanCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor plan: not available yet in this build");
        return 1;
    }
}
