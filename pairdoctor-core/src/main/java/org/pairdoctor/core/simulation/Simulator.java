package org.pairdoctor.core.simulation;

import org.pairdoctor.core.engine.ClairvoyantPolicy;
import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Policy;
import org.pairdoctor.core.engine.PolicyMistakeException;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs simulated sessions in a {@link World}: policies act on the knowledge base's models, people
 * behave as the world says is really true. Two paths with the same people and rules:
 * <ul>
 *   <li>{@link #run}: a policy directly (fast; what policy benchmarks use);</li>
 *   <li>{@link #runThroughService}: the real {@link SessionService} and {@link GuidedSession} path,
 *       with a {@link SimulationClock} the caller controls (what learning experiments use).</li>
 * </ul>
 * Deterministic for a seed. Thread-safe (each session has its own state).
 */
public final class Simulator {
    /** What a skipped step costs: reading it and deciding to skip. */
    public static final double SKIP_SECONDS = 5;

    private final World world;
    private final ModelCatalog catalog;
    private final Map<String, Truth> truths = new ConcurrentHashMap<>();

    /** Checks the world against the catalog ({@link InvalidWorldException} listing every error). */
    public Simulator(World world, ModelCatalog catalog) {
        Truth.check(world, catalog);
        this.world = world;
        this.catalog = catalog;
    }

    public World world() {
        return world;
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    /** What is really true for a problem on a host, on the default device (cached). */
    public Truth truth(String problem, String host) {
        return truth(problem, host, null);
    }

    /** What is really true for a problem on a host and device (null: the default device; cached). */
    public Truth truth(String problem, String host, String device) {
        return truths.computeIfAbsent(problem + "\u0000" + host + "\u0000" + device,
                k -> Truth.of(world, problem, host, catalog.model(problem, host, device)));
    }

    /** The simulated person of a session seed, on the default device. */
    public SimulatedUser user(String problem, String host, long seed) {
        return user(problem, host, null, seed);
    }

    /** The simulated person of a session seed on a device (null: the default device). */
    public SimulatedUser user(String problem, String host, String device, long seed) {
        return new SimulatedUser(truth(problem, host, device), world.users(), seed);
    }

    /** A well-mixed seed for session {@code index} of a benchmark, the same for every policy. */
    public static long sessionSeed(long seed, String problem, int index) {
        long h = seed * 0x9E3779B97F4A7C15L + problem.hashCode();
        h = mix(h) + index;
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** The host of a session when none is chosen: drawn from the world's host mix (else uniform). */
    public String drawHost(long sessionSeed) {
        List<String> hosts = catalog.hosts();
        double u = new SplittableRandom(sessionSeed ^ 0x5DEECE66DL).nextDouble();
        Map<String, Double> mix = world.hosts();
        double total = mix.isEmpty() ? hosts.size() : hosts.stream().mapToDouble(h -> mix.getOrDefault(h, 0.0)).sum();
        if (!(total > 0)) {
            throw new InvalidWorldException(world.origin() + ": the host mix gives every known host weight 0");
        }
        double acc = 0;
        for (String h : hosts) {
            acc += (mix.isEmpty() ? 1.0 : mix.getOrDefault(h, 0.0)) / total;
            if (u < acc) {
                return h;
            }
        }
        return hosts.get(hosts.size() - 1);
    }

    /**
     * The device of a session: null (the default device) when the world has no device mix, else drawn
     * from the mix among the devices the problem exists for. The draw uses its own stream of the
     * session seed, so adding a mix leaves the host draw and the person unchanged.
     */
    public String drawDevice(String problem, long sessionSeed) {
        Map<String, Double> mix = world.devices();
        if (mix.isEmpty()) {
            return null;
        }
        List<String> devices = mix.keySet().stream().sorted()
                .filter(d -> mix.get(d) > 0 && catalog.exists(problem, d)).toList();
        if (devices.isEmpty()) {
            throw new InvalidWorldException(world.locator().at("devices") + ": no device of the mix with weight > 0 has"
                    + " the problem '" + problem + "'");
        }
        double total = devices.stream().mapToDouble(mix::get).sum();
        double u = new SplittableRandom(sessionSeed ^ 0x2545F4914F6CDD1DL).nextDouble() * total;
        double acc = 0;
        for (String d : devices) {
            acc += mix.get(d);
            if (u < acc) {
                return d;
            }
        }
        return devices.get(devices.size() - 1);
    }

    /**
     * One session of a policy, directly, on the device {@link #drawDevice} gives for the seed. A
     * clairvoyant policy is told the session's true cause.
     */
    public SessionOutcome run(Policy policy, String problem, String host, long seed) {
        String device = drawDevice(problem, seed);
        SimulatedUser user = user(problem, host, device, seed);
        TroubleshootingModel model = truth(problem, host, device).model();
        Policy acting = policy instanceof ClairvoyantPolicy cp ? cp.knowing(user.trueCause()) : policy;
        Evidence e = Evidence.none();
        double t = 0;
        double wall = 0;
        double loss = 0;
        int steps = 0;
        int limit = model.actions().size() + model.questions().size() + 1;
        long[] nanos = new long[limit];
        while (true) {
            long n0 = System.nanoTime();
            Step step = acting.next(model, e);
            nanos[steps] = System.nanoTime() - n0;
            if (!(step instanceof Step.Escalate) && e.used(step.id())) {
                throw new PolicyMistakeException("policy '" + policy.name() + "' chose step '" + step.id()
                        + "' a second time in a simulated session of '" + problem + "'");
            }
            steps++;
            Reply reply = user.replyTo(step);
            boolean skipped = reply instanceof Reply.Skipped;
            t += skipped ? Math.min(SKIP_SECONDS, user.secondsFor(step)) : user.secondsFor(step);
            wall += skipped ? Math.min(SKIP_SECONDS, user.wallSecondsFor(step)) : user.wallSecondsFor(step);
            Outcome end = null;
            String fixedBy = null;
            if (reply instanceof Reply.Accepted) {
                end = Outcome.ESCALATED;
                loss = user.secondsFor(step);
            } else if (reply instanceof Reply.Worked) {
                end = Outcome.FIXED;
                fixedBy = step.id();
            } else if (reply instanceof Reply.DidNotHelp) {
                e = e.withFailed(step.id());
            } else if (reply instanceof Reply.Answered a) {
                e = e.withAnswer(step.id(), a.answerId());
            } else {
                e = e.withSkipped(step.id());
            }
            if (end == null && (user.givesUp(steps, t) || steps >= limit)) {
                end = Outcome.ABANDONED;
            }
            if (end != null) {
                return new SessionOutcome(problem, host, policy.name(), user.trueCause(), end, t, wall, loss, steps, fixedBy,
                        java.util.Arrays.copyOf(nanos, steps), device);
            }
        }
    }

    /** A session run through the real service, and its stored record. */
    public record ServiceSession(SessionOutcome outcome, SessionRecord record) {
    }

    /**
     * One session through the real {@link SessionService}: the simulated person reads each current
     * step, spends its time on {@code clock}, and replies through the service, which stores every
     * turn. The service's planner decides (clairvoyant policies cannot run here). The truth is the
     * default device's unless the world has a device mix; then it is {@code deviceId}'s, the session's.
     */
    public ServiceSession runThroughService(SessionService service, SimulationClock clock, String deviceId,
                                            String problem, String host, long seed) {
        String device = world.devices().isEmpty() ? null : deviceId;
        SimulatedUser user = user(problem, host, device, seed);
        GuidedSession s = service.start(deviceId, host, problem, "simulation", Map.of());
        double t = 0;
        double wall = 0;
        double loss = 0;
        int steps = 0;
        List<Long> nanos = new ArrayList<>();
        while (!s.ended()) {
            Recommendation rec = s.current().orElseThrow();
            Step step = rec.step();
            Reply reply = user.replyTo(step);
            boolean skipped = reply instanceof Reply.Skipped;
            double dt = skipped ? Math.min(SKIP_SECONDS, user.secondsFor(step)) : user.secondsFor(step);
            // The clock (and so the stored durations that learning reads) moves by clock time, waits included.
            double dw = skipped ? Math.min(SKIP_SECONDS, user.wallSecondsFor(step)) : user.wallSecondsFor(step);
            clock.advanceSeconds(dw);
            t += dt;
            wall += dw;
            loss = step instanceof Step.Escalate ? dt : loss;
            steps++;
            long n0 = System.nanoTime();
            if (s.awaitingConfirmation() && !(reply instanceof Reply.Skipped)) {
                // A person who will do a destructive step confirms it first, as every channel asks.
                s = service.reply(s.record().id(), step.id(), Reply.confirmed());
            }
            s = service.reply(s.record().id(), step.id(), reply);
            nanos.add(System.nanoTime() - n0);
            if (!s.ended() && user.givesUp(steps, t)) {
                s = service.abandon(s.record().id());
            }
        }
        SessionRecord r = s.record();
        SessionOutcome o = new SessionOutcome(problem, host, "service", user.trueCause(), r.outcome(), t, wall, loss, steps,
                r.fixedBy(), nanos.stream().mapToLong(Long::longValue).toArray(), device);
        return new ServiceSession(o, r);
    }
}
