package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge base tools: kb check.")
final class KbCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor kb: not available yet in this build");
        return 1;
    }
}
