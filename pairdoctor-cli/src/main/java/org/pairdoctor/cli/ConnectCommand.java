package org.pairdoctor.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "connect", mixinStandardHelpOptions = true, description = "Linux: pairs, trusts and connects a headset through BlueZ, and diagnoses failures.")
final class ConnectCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor connect: not available yet in this build");
        return 1;
    }
}
