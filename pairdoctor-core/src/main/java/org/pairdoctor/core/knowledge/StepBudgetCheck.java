package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Keeps every step short enough to follow with a headset in one hand. For every problem, every host
 * (the generic one and each variant), every device and every action and question, the step is
 * rendered as a person sees it ({@link StepRenderer}) and checked:
 * <ul>
 *   <li>at most {@value #MAX_LINES} lines, alternatives and OS-version lines included;</li>
 *   <li>each line at most {@value #MAX_WORDS} words;</li>
 *   <li>no line repeats another of the same step: two lines are near-duplicates when, after lower-casing,
 *       dropping punctuation and filler words and treating "choose", "select", "click", "pick" as "tap",
 *       one line's words are the other's, or a sentence of one shares at least
 *       {@value RepeatedLines#NEAR_PERCENT}% of its words (at least {@value RepeatedLines#MIN_WORDS} of them)
 *       with a sentence of the other ({@link RepeatedLines});</li>
 *   <li>no branch numbered as a step: a line that starts with "Or", "Otherwise", "If", "Alternatively"
 *       or "Else" must be a question, part of the line it qualifies, or marked {@code alternative: true};
 *       an alternative follows the line it is an alternative to.</li>
 * </ul>
 * Each violation is reported once, at the file and line that wrote it (a procedure step, an
 * instruction, or the action when it is too long), naming the steps and hosts where it shows.
 */
final class StepBudgetCheck {
    static final int MAX_LINES = 6;
    static final int MAX_WORDS = 25;
    private static final Pattern BRANCH = Pattern.compile("^(or\\b|otherwise\\b|if\\b|alternatively\\b|else\\b)",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Located<Device>> devices;
    /** Whether two lines say the same thing, remembered: the same lines recur across hosts and headsets. */
    private final RepeatedLines repeated = new RepeatedLines();
    /**
     * Renderings already checked and found within budget: most steps read the same for many hosts and
     * headsets, and a clean rendering has nothing to report wherever it shows.
     */
    private final Set<List<StepRenderer.Rendered>> clean = new java.util.HashSet<>();
    /** One renderer per host and headset, shared by every problem (it keeps its placeholder values). */
    private final Map<String, StepRenderer> renderers = new java.util.HashMap<>();
    private final Map<String, Located<Host>> hosts;
    private final HostTree tree;
    /** Findings by where they are reported and what they say; the value collects where they show. */
    private final Map<KnowledgeError, Shown> findings = new LinkedHashMap<>();
    /** Steps over the line budget: the worst rendering, by the action's or question's position. */
    private final Map<KnowledgeError, TooLong> tooLong = new LinkedHashMap<>();
    /** How many times a finding was reported (also again, for another step or host). */
    private int shownCount;

    private StepBudgetCheck(Map<String, Located<Device>> devices, Map<String, Located<Host>> hosts, HostTree tree) {
        this.devices = devices;
        this.hosts = hosts;
        this.tree = tree;
    }

    /** Every violation of the step budget in every problem, rendered for every host and device. */
    static List<KnowledgeError> check(List<Located<Problem>> problems, Map<String, Located<Device>> devices,
                                      Map<String, Located<Host>> hosts, HostTree tree) {
        StepBudgetCheck c = new StepBudgetCheck(devices, hosts, tree);
        List<Host> contexts = new ArrayList<>();
        hosts.values().forEach(h -> contexts.add(tree.resolved(h.value())));
        contexts.add(null);
        for (Located<Problem> lp : problems) {
            for (Host host : contexts) {
                for (Located<Device> d : devices.values()) {
                    c.problem(lp, host, d.value());
                }
            }
        }
        return c.errors();
    }

    private void problem(Located<Problem> lp, Host host, Device device) {
        if (!lp.value().appliesTo(device)) {
            return;
        }
        List<String> ancestry = host == null ? List.of() : tree.ancestry(host.id());
        String family = host == null ? null : host.family();
        StepRenderer r = renderers.computeIfAbsent((host == null ? "" : host.id()) + '\u0000' + device.id(),
                k -> new StepRenderer(device, host, this::anyHostProcedureTitle));
        Problem p = lp.value();
        for (int i = 0; i < p.actions().size(); i++) {
            Problem.Action a = p.actions().get(i);
            if (a.onlyFor().matches(ancestry, family) && a.onlyWith().matches(device)) {
                step(new Step(lp, "/actions/" + i, "action '" + a.id() + "'", host, device),
                        r.rendered(a.instructions()));
            }
        }
        for (int i = 0; i < p.questions().size(); i++) {
            Problem.Question q = p.questions().get(i);
            if (q.onlyFor().matches(ancestry, family) && q.onlyWith().matches(device)) {
                step(new Step(lp, "/questions/" + i, "question '" + q.id() + "'", host, device),
                        r.rendered(q.instructions()));
            }
        }
    }

    /** One step of a problem as rendered for one host and device. */
    private record Step(Located<Problem> problem, String pointer, String label, Host host, Device device) {
        String name() {
            return problem.value().id() + " " + label;
        }

        String hostId() {
            return host == null ? KnowledgeBase.GENERIC_HOST : host.id();
        }
    }

    private void step(Step s, List<StepRenderer.Rendered> lines) {
        if (clean.contains(lines)) {
            return;
        }
        int shownBefore = shownCount;
        checkLines(s, lines);
        if (shownCount == shownBefore) {
            clean.add(lines);
        }
    }

    private void checkLines(Step s, List<StepRenderer.Rendered> lines) {
        if (lines.size() > MAX_LINES) {
            KnowledgeError at = s.problem().errorAtKey(s.pointer(), "");
            TooLong worst = tooLong.get(at);
            if (worst == null || lines.size() > worst.lines.size()) {
                TooLong t = new TooLong(s, lines, worst == null ? new TreeSet<>() : worst.hosts);
                tooLong.put(at, t);
                worst = t;
            }
            worst.hosts.add(s.hostId());
            shownCount++;
        }
        boolean seenPlain = false;
        for (int i = 0; i < lines.size(); i++) {
            StepRenderer.Rendered line = lines.get(i);
            String text = line.line().text();
            int words = text.trim().split("\\s+").length;
            if (words > MAX_WORDS) {
                report(s, line, "line has " + words + " words (at most " + MAX_WORDS + "): split it into two lines "
                        + "or say it shorter: '" + shorten(text) + "'");
            }
            boolean alternative = line.line().alternative();
            if (!alternative && line.line().versionNote() == null && BRANCH.matcher(text.trim()).find()) {
                report(s, line, "a branch is written as a step: '" + shorten(text) + "'; ask it as a question, fold "
                        + "the condition into the line it qualifies, or mark it alternative: true");
            }
            if (alternative && !seenPlain) {
                report(s, line, "an alternative must follow the line it is an alternative to: '" + shorten(text) + "'");
            }
            seenPlain |= !alternative;
            for (int j = 0; j < i; j++) {
                StepRenderer.Rendered earlier = lines.get(j);
                if (comparable(earlier, line) && repeated.repeats(earlier.line().text(), text)) {
                    report(s, line, "line '" + shorten(text) + "' repeats line '" + shorten(earlier.line().text())
                            + "' (" + position(where(s, earlier)) + ") of the same step: say it once");
                }
            }
        }
    }

    /**
     * A procedure's OS-version lines and alternatives repeat its main steps by design; only lines of
     * different instructions, or plain lines of the same one, are compared.
     */
    private static boolean comparable(StepRenderer.Rendered a, StepRenderer.Rendered b) {
        if (a.origin().instruction() != b.origin().instruction()) {
            return true;
        }
        return !a.line().alternative() && !b.line().alternative()
                && a.line().versionNote() == null && b.line().versionNote() == null;
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "...";
    }

    // ---- where -----------------------------------------------------------------------------------

    /** Where a rendered line was written: the procedure step or the instruction. */
    private KnowledgeError where(Step s, StepRenderer.Rendered line) {
        StepRenderer.Origin o = line.origin();
        return at(s, o.instruction(), o.deviceProcedure(), o.hostProcedure(), o.within(), "");
    }

    private KnowledgeError at(Step s, int instruction, String deviceProcedure, String hostProcedure, String within,
                              String message) {
        if (deviceProcedure != null) {
            Located<Device> d = devices.get(s.device().id());
            return d.error("/procedures/" + YamlDocument.segment(deviceProcedure) + within, message);
        }
        if (hostProcedure != null) {
            for (String id : tree.ancestry(s.host().id())) {
                Located<Host> h = hosts.get(id);
                if (h != null && h.value().ownProcedures().containsKey(hostProcedure)) {
                    return h.error("/procedures/" + YamlDocument.segment(hostProcedure) + within, message);
                }
            }
        }
        return s.problem().error(s.pointer() + "/instructions/" + instruction, message);
    }

    private void report(Step s, StepRenderer.Rendered line, String message) {
        shownCount++;
        KnowledgeError at = where(s, line);
        findings.computeIfAbsent(new KnowledgeError(at.path(), at.line(), at.column(), message), k -> new Shown())
                .add(s);
    }

    /** The steps and hosts where one finding shows. */
    private static final class Shown {
        final Set<String> steps = new LinkedHashSet<>();
        final Set<String> hosts = new TreeSet<>();

        void add(Step s) {
            steps.add(s.name());
            hosts.add(s.hostId());
        }
    }

    private record TooLong(Step step, List<StepRenderer.Rendered> lines, Set<String> hosts) {
    }

    private List<KnowledgeError> errors() {
        List<KnowledgeError> out = new ArrayList<>();
        tooLong.forEach((at, t) -> out.add(new KnowledgeError(at.path(), at.line(), at.column(), tooLongMessage(t))));
        findings.forEach((e, shown) -> out.add(new KnowledgeError(e.path(), e.line(), e.column(), e.message()
                + " (in " + list(shown.steps, 3) + "; " + hostList(shown.hosts) + ")")));
        return out;
    }

    private String tooLongMessage(TooLong t) {
        Step s = t.step();
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (StepRenderer.Rendered r : t.lines()) {
            StepRenderer.Origin o = r.origin();
            String what = o.deviceProcedure() != null ? "device procedure '" + o.deviceProcedure() + "'"
                    : o.hostProcedure() != null ? "host procedure '" + o.hostProcedure() + "'"
                    : "instruction " + (o.instruction() + 1);
            String key = what + " (" + position(at(s, o.instruction(), o.deviceProcedure(), o.hostProcedure(), "",
                    "")) + ")";
            parts.merge(key, 1, Integer::sum);
        }
        List<String> each = new ArrayList<>();
        parts.forEach((k, n) -> each.add(n + " from " + k));
        return s.label() + " shows " + t.lines().size() + " lines for host " + s.hostId() + " and device "
                + s.device().id() + " (at most " + MAX_LINES + ", alternatives and OS-version lines included): "
                + String.join(", ", each) + "; shorten those procedures, split the step, or ask a branch as a "
                + "question (too long for " + hostList(t.hosts()) + ")";
    }

    private static String position(KnowledgeError e) {
        return e.path() + ":" + e.line() + ":" + e.column();
    }

    private static String hostList(Set<String> hosts) {
        return (hosts.size() == 1 ? "host " : "hosts ") + list(hosts, 4);
    }

    private static String list(Set<String> items, int shown) {
        List<String> all = new ArrayList<>(items);
        if (all.size() <= shown) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, shown)) + " and " + (all.size() - shown) + " more";
    }

    private String anyHostProcedureTitle(String procedureId) {
        return hosts.values().stream().map(h -> h.value().ownProcedures().get(procedureId))
                .filter(java.util.Objects::nonNull).map(Procedure::title).findFirst().orElse(procedureId);
    }
}
