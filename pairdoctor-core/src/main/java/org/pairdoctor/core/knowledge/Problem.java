package org.pairdoctor.core.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A problem as authored ({@code problems/<id>.yaml}): causes with priors, context modifiers, repair
 * actions, questions, the escalation and the static order. {@link KnowledgeBase#model} flattens it
 * for one host into the engine's {@link org.pairdoctor.core.model.TroubleshootingModel}.
 *
 * @param title       in a user's words
 * @param situation   {@code first-time-pairing} or {@code problem}
 * @param staticOrder the order in which the source document's guide would have the user try the steps
 * @param seedRefs    which parts of the source document this problem covers
 * @param guide       the printable guide's sections, in the order a person uses them; empty when the
 *                    problem has no printable guide
 * @param onlyWith    the devices the problem exists for (e.g. earbuds only)
 * @param onlyFor     the hosts a person can have this problem with (the start page offers it only there)
 * @param share       how often people come with this problem, as a share of all who come: the authors'
 *                    estimate (never data), used to order the start page until counted sessions replace it;
 *                    0 when the file gives none
 */
public record Problem(String id, String title, String summary, String situation, List<Cause> causes,
                      List<Modifier> modifiers, List<Action> actions, List<Question> questions,
                      Escalation escalation, List<String> staticOrder, List<String> seedRefs,
                      List<GuideSection> guide, DeviceCondition onlyWith, HostCondition onlyFor, double share) {
    public Problem {
        guide = List.copyOf(guide);
        causes = List.copyOf(causes);
        modifiers = List.copyOf(modifiers);
        actions = List.copyOf(actions);
        questions = List.copyOf(questions);
        staticOrder = List.copyOf(staticOrder);
        seedRefs = List.copyOf(seedRefs);
        onlyFor = onlyFor == null ? HostCondition.ANY : onlyFor;
    }

    public Optional<Cause> cause(String causeId) {
        for (Cause c : causes) { // a loop: asked for every cause of every prompt
            if (c.id().equals(causeId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Action> action(String actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** Whether the problem exists for the device. */
    public boolean appliesTo(Device d) {
        return onlyWith.matches(d);
    }

    /**
     * A possible root cause.
     *
     * @param basis    {@code estimate} or {@code data}
     * @param onlyWith the devices it can happen with; it is left out of other devices' models
     */
    public record Cause(String id, String title, double prior, String basis, List<String> sources, String note,
                        DeviceCondition onlyWith) {
        public Cause {
            sources = List.copyOf(sources);
        }
    }

    /** Multiplies the priors of some causes for matching hosts; applied in order, then renormalised. */
    public record Modifier(HostCondition when, Map<String, Double> multiply, String note, String basis,
                           List<String> sources) {
        public Modifier {
            multiply = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(multiply));
            sources = List.copyOf(sources);
        }
    }

    /** Slip rate of a question that does not set its own: see {@code docs/cost-model.md}. */
    public static final double DEFAULT_SLIP = 0.15;

    /**
     * A repair step.
     *
     * @param seconds        the person's hands-on time (effort)
     * @param waitSeconds    time the person waits meanwhile and can spend elsewhere (charging, a download)
     * @param fixes          P(fix | cause) by cause id
     * @param loses          what it erases; non-empty when destructive
     * @param penaltySeconds extra cost of what it erases (e.g. re-pairing other devices); 0 when none
     * @param onlyFor        the hosts the action exists for
     * @param onlyWith       the devices the action exists for
     */
    public record Action(String id, String title, double seconds, double waitSeconds, Map<String, Double> fixes,
                         String basis,
                         List<String> sources, boolean destructive, List<String> loses, double penaltySeconds,
                         List<Instruction> instructions, HostCondition onlyFor, DeviceCondition onlyWith,
                         String note) {
        public Action {
            fixes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixes));
            sources = List.copyOf(sources);
            loses = List.copyOf(loses);
            instructions = List.copyOf(instructions);
        }
    }

    /**
     * An observation. {@code probe} names an automatic probe that can answer it (Linux connector).
     *
     * @param instructions how to find out the answer; may be empty
     * @param slip         the chance that a person gives a wrong answer by mistake (an estimate)
     */
    public record Question(String id, String text, double seconds, double slip, String basis, List<String> sources,
                           List<Answer> answers, String probe, List<Instruction> instructions,
                           HostCondition onlyFor, DeviceCondition onlyWith, String note) {
        public Question {
            sources = List.copyOf(sources);
            answers = List.copyOf(answers);
            instructions = List.copyOf(instructions);
        }
    }

    /** One answer with P(answer | cause) by cause id (0 where absent). */
    public record Answer(String id, String text, Map<String, Double> likelihood) {
        public Answer {
            likelihood = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(likelihood));
        }
    }

    /**
     * The step that always ends a session, unresolved.
     *
     * @param seconds      its full cost to the person (see {@code docs/cost-model.md}), not the contact's length
     * @param kind         support-contact, repair or workaround
     * @param contact      whom to contact; may be null
     * @param alternatives workarounds (a cable, a transmitter), each for the devices it fits
     */
    public record Escalation(String id, String title, double seconds,
                             org.pairdoctor.core.model.Escalation.Kind kind, String text, String contact,
                             List<Alternative> alternatives, String basis) {
        public Escalation {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A workaround offered with the escalation, for the devices it fits (a cable only where there is a jack). */
    public record Alternative(String text, DeviceCondition onlyWith) {
    }

    /**
     * One section of a printable guide: the actions to try, in order, when the sections before it did
     * not help (except {@link GuideSection.Kind#PAIR}, which comes first).
     */
    public record GuideSection(Kind kind, List<String> steps) {
        public GuideSection {
            steps = List.copyOf(steps);
        }

        /** The sections a guide can have, in the order they are used. */
        public enum Kind {
            /** How to pair when nothing is wrong. */
            PAIR,
            /** What to try when the headset does not appear in the Bluetooth list. */
            NOT_LISTED,
            /** What to try when it appears but pairing or connecting still fails. */
            STILL_FAILS,
            /** Steps that erase something; only after everything else. */
            LAST_RESORT;

            /** The YAML name, e.g. {@code still-fails}. */
            public String id() {
                return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }

            static Kind of(String id) {
                return valueOf(id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            }
        }
    }

    /**
     * One instruction of an action or question: exactly one of a device procedure, a host procedure
     * or literal text. {@code fallback} (the YAML key {@code default}) is shown for hosts or devices
     * that lack the referenced procedure. An {@code alternative} instruction is another way to do what
     * the instruction before it does: its lines are shown as "Or: ..." and not numbered. An instruction
     * whose {@code onlyWith} does not match the device is not shown for it.
     */
    public record Instruction(String device, String host, String text, String fallback, boolean alternative,
                              DeviceCondition onlyWith) {
        /** An instruction for every device that is not an alternative. */
        public Instruction(String device, String host, String text, String fallback) {
            this(device, host, text, fallback, false, DeviceCondition.ANY);
        }
    }
}
