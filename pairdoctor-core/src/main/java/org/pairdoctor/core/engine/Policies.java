package org.pairdoctor.core.engine;

import java.util.List;

/**
 * The policies by name, for {@code pairdoctor plan} and {@code pairdoctor bench}:
 * <ul>
 *   <li>{@code planner}: {@link Planners#standard()}, what guided sessions use;</li>
 *   <li>{@code sacso}: {@link Planners#heuristic()}, the planner's heuristic without exact solving;</li>
 *   <li>{@code static}: the knowledge base's static order (the source document's guide), not adapting;</li>
 *   <li>{@code pover-c}: P-over-C on the priors, no questions, no updating, escalation where it
 *       minimises the expected cost of that order;</li>
 *   <li>{@code optimal}: the exact optimum ({@link OptimalPolicy}); too large a model is an error;</li>
 *   <li>{@code oracle}: knows the true cause (a {@link ClairvoyantPolicy}); a lower bound.</li>
 * </ul>
 */
public final class Policies {
    /** Every valid name, in the order benchmarks list them. */
    public static final List<String> NAMES = List.of("planner", "sacso", "static", "pover-c", "optimal", "oracle");

    private Policies() {
    }

    /** The policy of that name; an unknown name fails with {@link UnknownPolicyException} listing the valid ones. */
    public static Policy byName(String name) {
        if (name == null) {
            throw new UnknownPolicyException("no policy given; valid policies: " + String.join(", ", NAMES));
        }
        return switch (name) {
            case "planner" -> Planners.standard();
            case "sacso" -> Planners.heuristic();
            case "static" -> FixedOrderPolicy.staticGuide();
            case "pover-c" -> FixedOrderPolicy.poverC();
            case "optimal" -> new OptimalPolicy(0);
            case "oracle" -> new OraclePolicy();
            default -> throw new UnknownPolicyException("unknown policy '" + name + "'; valid policies: "
                    + String.join(", ", NAMES));
        };
    }
}
