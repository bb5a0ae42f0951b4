package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Linux: adapters, paired and connected devices, profiles and battery.")
final class StatusCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor status: not available yet in this build");
        return 1;
    }
}
