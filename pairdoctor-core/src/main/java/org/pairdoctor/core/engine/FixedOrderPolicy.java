package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A policy that follows one fixed list of steps whatever happens, then escalates: the behaviour of a
 * printed guide. Answers to its questions are heard but change nothing. The list is computed once
 * per model. Thread-safe.
 */
final class FixedOrderPolicy implements Policy {
    private final String name;
    private final ModelCache<List<String>> orders;

    private FixedOrderPolicy(String name, Function<CompiledModel, List<String>> order) {
        this.name = name;
        this.orders = new ModelCache<>(model -> List.copyOf(order.apply(CompiledModel.of(model))));
    }

    /**
     * {@code static}: the model's static order (the source document's guide) with escalation taken
     * out of it, then the actions it does not name in P-over-C order on the priors, then escalation.
     * Questions it names are asked (and cost their time); questions it does not name are never asked.
     */
    static FixedOrderPolicy staticGuide() {
        return new FixedOrderPolicy("static", m -> {
            Set<String> order = new LinkedHashSet<>(m.model.staticOrder());
            order.remove(m.model.escalation().id());
            for (int a : Sequences.poverC(m, m.prior)) {
                order.add(m.model.actions().get(a).id());
            }
            return new ArrayList<>(order);
        });
    }

    /**
     * {@code pover-c}: the actions that can help in P-over-C order on the priors, never updated, no
     * questions, escalation after as many of them as minimises the expected cost of that order.
     */
    static FixedOrderPolicy poverC() {
        return new FixedOrderPolicy("pover-c", m -> {
            List<Integer> seq = Sequences.poverC(m, m.prior);
            int cut = Sequences.bestCut(m, m.prior, seq);
            return seq.subList(0, cut).stream().map(a -> m.model.actions().get(a).id()).toList();
        });
    }

    @Override
    public String name() {
        return name;
    }

    /** The fixed list this policy follows on a model, before escalation. */
    List<String> order(TroubleshootingModel model) {
        return orders.get(model);
    }

    @Override
    public Step next(TroubleshootingModel model, Evidence evidence) {
        for (String id : orders.get(model)) {
            if (!evidence.used(id)) {
                return model.action(id).<Step>map(Step.Repair::new)
                        .orElseGet(() -> new Step.Ask(model.question(id).orElseThrow()));
            }
        }
        return new Step.Escalate(model.escalation());
    }
}
