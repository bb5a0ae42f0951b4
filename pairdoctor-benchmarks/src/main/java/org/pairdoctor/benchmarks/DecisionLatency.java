package org.pairdoctor.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.simulation.RandomModels;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Decision latency of the standard planner ({@code Planner.recommend}: step and explanation) on
 * evidence states met in real sessions: each invocation answers the next of a few thousand states
 * collected by walking the planner's own sessions with random outcomes. Sample mode reports
 * percentiles (p0.99 is the target figure). Models: a synthetic 50 causes / 50 actions / 20
 * questions one, and {@code shipped}, every problem of the knowledge base on a few hosts
 * ({@link ShippedModels}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionLatency {
    @Param({"shipped", "synthetic-50-50-20"})
    public String models;

    @Param({"planner"})
    public String planner;

    private List<TroubleshootingModel> modelOf;
    private List<Evidence> states;
    private int next;
    private Planner p;

    @Setup(Level.Trial)
    public void collectStates() {
        p = planner.equals("sacso") ? Planners.heuristic() : Planners.standard();
        List<TroubleshootingModel> ms = models.equals("shipped") ? ShippedModels.load()
                : List.of(RandomModels.generate(new SplittableRandom(50), 50, 50, 20));
        ms.forEach(Planners::prepare);
        SplittableRandom rng = new SplittableRandom(7);
        modelOf = new ArrayList<>();
        states = new ArrayList<>();
        while (states.size() < 4000) {
            TroubleshootingModel m = ms.get(rng.nextInt(ms.size()));
            Evidence e = Evidence.none();
            while (true) {
                modelOf.add(m);
                states.add(e);
                Step s = p.next(m, e);
                if (s instanceof Step.Escalate || rng.nextDouble() < 0.15) {
                    break; // fixed or escalated
                }
                if (s instanceof Step.Ask a) {
                    List<org.pairdoctor.core.model.Answer> answers = ((Question) a.question()).answers();
                    e = e.withAnswer(a.id(), answers.get(rng.nextInt(answers.size())).id());
                } else {
                    e = e.withFailed(s.id());
                }
            }
        }
    }

    @Benchmark
    public Recommendation recommend() {
        int i = next;
        next = i + 1 == states.size() ? 0 : i + 1;
        return p.recommend(modelOf.get(i), states.get(i));
    }
}
