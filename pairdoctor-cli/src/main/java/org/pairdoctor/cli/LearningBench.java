package org.pairdoctor.cli;

import java.util.concurrent.Callable;

/**
 * Extension point for {@code pairdoctor bench --learn N}: the learning experiment (simulated
 * sessions through the real session service, learning from their outcomes, measuring the
 * planner before and after). Owned by the learning work; it receives the parsed bench command
 * ({@link BenchCommand#simulator()}, {@code seed}, {@code sessions}, {@code problem}, {@code host},
 * {@code json}, {@code learn}) and returns the exit code.
 */
final class LearningBench implements Callable<Integer> {
    private final BenchCommand command;

    LearningBench(BenchCommand command) {
        this.command = command;
    }

    @Override
    public Integer call() {
        command.spec.commandLine().getErr().println("pairdoctor bench --learn: not available yet in this build");
        return 1;
    }
}
