package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks what a JSON Schema cannot: unique ids, cross-references between files, sums of
 * probabilities, the {@code unknown} cause, procedures that every host can render, and that every
 * fact names a source. Reports every problem found, each at the offending node.
 */
final class SemanticCheck {
    static final String UNKNOWN_CAUSE = "unknown";
    private static final double TOLERANCE = org.pairdoctor.core.model.TroubleshootingModel.SUM_TOLERANCE;

    private final KnowledgeFiles files;
    /** Kinds with a broken file: references into them would only repeat that error, so they are skipped. */
    private final Set<SchemaCheck.FileKind> incomplete;
    private final List<KnowledgeError> errors = new ArrayList<>();
    private Map<String, Located<Host>> hosts = Map.of();
    private Map<String, Located<Device>> devices = Map.of();
    private HostTree tree;

    private SemanticCheck(KnowledgeFiles files, Set<SchemaCheck.FileKind> incomplete) {
        this.files = files;
        this.incomplete = incomplete;
    }

    static List<KnowledgeError> check(KnowledgeFiles files, Set<SchemaCheck.FileKind> incomplete) {
        SemanticCheck c = new SemanticCheck(files, incomplete);
        c.run();
        return c.errors;
    }

    private void run() {
        Map<String, Located<Source>> sources = unique(files.sources(), Source::id, "source");
        devices = unique(files.devices(), Device::id, "device");
        hosts = unique(files.hosts(), Host::id, "host");
        Map<String, Located<Problem>> problems = unique(files.problems(), Problem::id, "problem");
        unique(files.behaviours(), Behaviour::id, "behaviour");
        unique(files.faq(), FaqEntry::id, "FAQ entry");
        Map<String, Host> plainHosts = new LinkedHashMap<>();
        hosts.forEach((id, h) -> plainHosts.put(id, h.value()));
        tree = new HostTree(plainHosts);

        for (YamlDocument doc : files.documents()) {
            sourceReferences(doc, doc.root(), "", sources.keySet());
        }
        devices.values().forEach(d -> {
            device(d);
            errors.addAll(DeviceCheck.check(d, sources.keySet(), !incomplete.contains(SchemaCheck.FileKind.SOURCES)));
        });
        hosts.values().forEach(this::host);
        problems.values().forEach(this::problem);
        files.problems().forEach(lp -> errors.addAll(GuideCheck.check(lp)));
        if (!incomplete.contains(SchemaCheck.FileKind.DEVICE)) {
            files.problems().forEach(lp -> errors.addAll(DeviceReferenceCheck.check(lp, devices)));
        }
        files.devices().forEach(d -> placeholders(d, "/procedures"));
        files.hosts().forEach(h -> placeholders(h, "/procedures"));
        files.problems().forEach(this::problemPlaceholders);
        for (Located<Behaviour> b : files.behaviours()) {
            needsSource(b, b.value().sources(), "behaviour '" + b.value().id() + "'");
            problemReference(b, b.value().problem(), problems.keySet());
            behaviourVerdict(b);
            guideTexts(b, b.value().onlyWith(), b.value().texts());
        }
        for (Located<FaqEntry> q : files.faq()) {
            needsSource(q, q.value().sources(), "FAQ entry '" + q.value().id() + "'");
            problemReference(q, q.value().problem(), problems.keySet());
            guideTexts(q, q.value().onlyWith(), q.value().texts());
        }
        if (!incomplete.contains(SchemaCheck.FileKind.DEVICE) && !incomplete.contains(SchemaCheck.FileKind.HOSTS)
                && !incomplete.contains(SchemaCheck.FileKind.PROBLEM)) {
            errors.addAll(StepBudgetCheck.check(files.problems(), devices, hosts, tree));
        }
    }

    /**
     * A verdict judges the source document's row, so it comes with a {@code seedClaim} and only then:
     * rows the source document lacks have none.
     */
    private void behaviourVerdict(Located<Behaviour> b) {
        Behaviour v = b.value();
        if (v.seedClaim() != null && v.verdict() == null) {
            errors.add(b.errorAtKey("/seedClaim", "behaviour '" + v.id() + "' quotes the source document (seedClaim) "
                    + "but has no verdict: add verdict: true | false | mostly-false | misleading | partly-true | unclear | unsourced"));
        } else if (v.seedClaim() == null && v.verdict() != null) {
            errors.add(b.errorAtKey("/verdict", "behaviour '" + v.id() + "' has a verdict but no seedClaim: a verdict "
                    + "judges the source document's row; remove it (rows the source document lacks have none)"));
        } else if (v.verdict() != null && !"true".equals(v.verdict()) && v.correction() == null) {
            errors.add(b.errorAtKey("/verdict", "behaviour '" + v.id() + "' has verdict '" + v.verdict()
                    + "' but no correction: say what is true instead"));
        }
    }

    // ---- placeholders -----------------------------------------------------------------------------

    /**
     * A behaviour row's or FAQ entry's texts are rendered per headset like a problem's steps: known
     * placeholders, and only buttons (and filled placeholders) the devices it applies to have.
     */
    private void guideTexts(Located<?> entry, DeviceCondition onlyWith, Map<String, String> texts) {
        texts.keySet().forEach(pointer -> placeholders(entry, pointer));
        if (!incomplete.contains(SchemaCheck.FileKind.DEVICE)) {
            errors.addAll(DeviceReferenceCheck.checkGuideEntry(entry, onlyWith, texts, devices));
        }
    }

    /** Every text under {@code relative} must use known placeholders and balanced optional segments. */
    private void placeholders(Located<?> item, String relative) {
        JsonNode node = item.doc().root().at(item.pointer() + relative);
        texts(node, item.pointer() + relative, (pointer, text) ->
                Placeholders.problems(text).forEach(m -> errors.add(item.doc().errorAt(pointer, m))));
    }

    /** A problem's title, summary and cause titles are shown as written, so they must not use placeholders. */
    private void problemPlaceholders(Located<Problem> lp) {
        placeholders(lp, "");
        List<String> plain = new ArrayList<>(List.of("/title", "/summary"));
        for (int i = 0; i < lp.value().causes().size(); i++) {
            plain.add("/causes/" + i + "/title");
        }
        for (String at : plain) {
            JsonNode n = lp.doc().root().at(lp.pointer() + at);
            if (n.isTextual() && (!Placeholders.names(n.asText()).isEmpty() || n.asText().contains(Placeholders.OPEN))) {
                errors.add(lp.error(at, "placeholders are not filled in a problem's title, summary or cause "
                        + "titles: write 'the headset' (or name the model where the text is about it alone)"));
            }
        }
    }

    private static void texts(JsonNode node, String pointer, java.util.function.BiConsumer<String, String> visit) {
        if (node.isTextual()) {
            visit.accept(pointer, node.asText());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e ->
                    texts(e.getValue(), pointer + "/" + YamlDocument.segment(e.getKey()), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    // ---- ids --------------------------------------------------------------------------------------

    private <T> Map<String, Located<T>> unique(List<Located<T>> items, Function<T, String> id, String kind) {
        Map<String, Located<T>> out = new LinkedHashMap<>();
        for (Located<T> item : items) {
            String key = id.apply(item.value());
            Located<T> first = out.putIfAbsent(key, item);
            if (first != null) {
                errors.add(item.error("/id", "duplicate " + kind + " id '" + key + "' (first defined at "
                        + first.where() + ")"));
            }
        }
        return out;
    }

    private void uniqueWithin(Located<?> owner, String listPointer, List<String> ids, String kind) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                errors.add(owner.error(listPointer.replace("#", String.valueOf(i)),
                        "duplicate " + kind + " id '" + ids.get(i) + "'"));
            }
        }
    }

    // ---- sources ----------------------------------------------------------------------------------

    /** Every {@code source:} and {@code sources:} anywhere must name a source, and data needs one. */
    private void sourceReferences(YamlDocument doc, JsonNode node, String pointer, Set<String> known) {
        if (node.isObject()) {
            JsonNode one = node.get("source");
            if (one != null && one.isTextual()) {
                sourceExists(doc, pointer + "/source", one.asText(), known);
            }
            JsonNode many = node.get("sources");
            if (many != null && many.isArray() && !pointer.isEmpty()) {
                for (int i = 0; i < many.size(); i++) {
                    if (many.get(i).isTextual()) {
                        sourceExists(doc, pointer + "/sources/" + i, many.get(i).asText(), known);
                    }
                }
            }
            JsonNode basis = node.get("basis");
            if (basis != null && "data".equals(basis.asText()) && one == null && (many == null || many.isEmpty())) {
                errors.add(doc.errorAt(pointer + "/basis", "basis is 'data' but no source is given: add "
                        + "source: <source-id> (or mark the numbers basis: estimate)"));
            }
            node.fields().forEachRemaining(e ->
                    sourceReferences(doc, e.getValue(), pointer + "/" + YamlDocument.segment(e.getKey()), known));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                sourceReferences(doc, node.get(i), pointer + "/" + i, known);
            }
        }
    }

    private void sourceExists(YamlDocument doc, String pointer, String id, Set<String> known) {
        if (!known.contains(id) && !incomplete.contains(SchemaCheck.FileKind.SOURCES)) {
            errors.add(doc.errorAt(pointer, "unknown source '" + id + "'" + hint(id, known)
                    + ": add it to sources.yaml or cite a listed one"));
        }
    }

    private void needsSource(Located<?> item, List<String> sources, String what) {
        needsSource(item, "", sources, what);
    }

    private void needsSource(Located<?> item, String relative, List<String> sources, String what) {
        if (sources.isEmpty()) {
            errors.add(item.errorAtKey(relative, what + " has no source: add source: <source-id> "
                    + "(an id from sources.yaml)"));
        }
    }

    // ---- devices and hosts ------------------------------------------------------------------------

    private void device(Located<Device> d) {
        Device device = d.value();
        fileNameMatches(d, device.id(), "device");
        device.procedures().forEach((id, p) ->
                needsSource(d, "/procedures/" + YamlDocument.segment(id), p.sources(), "procedure '" + id + "'"));
        uniqueWithin(d, "/facts/#/id", device.facts().stream().map(Fact::id).toList(), "fact");
        uniqueWithin(d, "/sourceClaims/#/id", device.sourceClaims().stream().map(SourceClaim::id).toList(),
                "source claim");
        for (int i = 0; i < device.facts().size(); i++) {
            Fact f = device.facts().get(i);
            needsSource(d, "/facts/" + i, f.sources(), "fact '" + f.id() + "'");
        }
        for (int i = 0; i < device.sourceClaims().size(); i++) {
            SourceClaim c = device.sourceClaims().get(i);
            needsSource(d, "/sourceClaims/" + i, c.sources(), "source claim '" + c.id() + "'");
            if (!"true".equals(c.verdict()) && c.correction() == null) {
                errors.add(d.errorAtKey("/sourceClaims/" + i + "/verdict", "source claim '" + c.id()
                        + "' has verdict '" + c.verdict() + "' but no correction: say what is true instead"));
            }
        }
    }

    private void host(Located<Host> h) {
        Host host = h.value();
        if (KnowledgeBase.GENERIC_HOST.equals(host.id())) {
            errors.add(h.error("/id", "the host id 'generic' is reserved for the model without a host"));
        }
        host.ownProcedures().forEach((id, p) ->
                needsSource(h, "/procedures/" + YamlDocument.segment(id), p.sources(), "procedure '" + id + "'"));
        host.parent().ifPresent(parent -> {
            Located<Host> p = hosts.get(parent);
            if (p == null && !incomplete.contains(SchemaCheck.FileKind.HOSTS)) {
                errors.add(h.error("/extends", "host '" + host.id() + "' extends unknown host '" + parent + "'"
                        + hint(parent, hosts.keySet())));
            } else if (p == null) {
                return;
            } else if (!p.value().family().equals(host.family())) {
                errors.add(h.error("/extends", "host '" + host.id() + "' (family " + host.family()
                        + ") extends '" + parent + "' of another family (" + p.value().family() + ")"));
            } else if (tree.cyclic(host.id())) {
                errors.add(h.error("/extends", "host '" + host.id() + "' extends itself through "
                        + String.join(" -> ", tree.ancestry(host.id())) + " -> " + host.id()));
            }
        });
    }

    private void fileNameMatches(Located<?> item, String id, String kind) {
        String path = item.doc().path();
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        if (!name.equals(id)) {
            errors.add(item.error("/id", kind + " id '" + id + "' does not match its file name '" + name
                    + "': name the file " + id + ".yaml"));
        }
    }

    // ---- problems ---------------------------------------------------------------------------------

    private void problem(Located<Problem> lp) {
        Problem p = lp.value();
        fileNameMatches(lp, p.id(), "problem");
        List<String> causeIds = p.causes().stream().map(Problem.Cause::id).toList();
        uniqueWithin(lp, "/causes/#/id", causeIds, "cause");
        List<String> stepIds = new ArrayList<>();
        p.actions().forEach(a -> stepIds.add(a.id()));
        p.questions().forEach(q -> stepIds.add(q.id()));
        stepIds.add(p.escalation().id());
        int actions = p.actions().size();
        int questions = p.questions().size();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stepIds.size(); i++) {
            if (!seen.add(stepIds.get(i))) {
                String at = i < actions ? "/actions/" + i + "/id"
                        : i < actions + questions ? "/questions/" + (i - actions) + "/id" : "/escalation/id";
                errors.add(lp.error(at, "duplicate step id '" + stepIds.get(i)
                        + "' (actions, questions and the escalation share one set of ids)"));
            }
        }
        Set<String> causes = new TreeSet<>(causeIds);

        double sum = p.causes().stream().mapToDouble(Problem.Cause::prior).sum();
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            errors.add(lp.errorAtKey("/causes", "the priors of the causes of problem '" + p.id() + "' sum to "
                    + round(sum) + ", not 1 (tolerance 1e-6)"));
        }
        if (!causes.contains(UNKNOWN_CAUSE)) {
            errors.add(lp.errorAtKey("/causes", "problem '" + p.id() + "' has no cause 'unknown': every problem "
                    + "needs one that no action fixes, so that escalation stays a real option"));
        }
        for (int i = 0; i < p.modifiers().size(); i++) {
            modifier(lp, i, p.modifiers().get(i), causes);
        }
        for (int i = 0; i < actions; i++) {
            action(lp, i, p.actions().get(i), causes);
        }
        for (int i = 0; i < questions; i++) {
            question(lp, i, p.questions().get(i), causes);
        }
        Set<String> steps = new TreeSet<>(stepIds);
        Set<String> inStatic = new HashSet<>();
        for (int i = 0; i < p.staticOrder().size(); i++) {
            String s = p.staticOrder().get(i);
            if (!steps.contains(s)) {
                errors.add(lp.error("/static/" + i, "the static order names unknown step '" + s + "'"
                        + hint(s, steps)));
            } else if (!inStatic.add(s)) {
                errors.add(lp.error("/static/" + i, "the static order names step '" + s + "' twice"));
            }
        }
    }

    private void modifier(Located<Problem> lp, int i, Problem.Modifier m, Set<String> causes) {
        String at = "/modifiers/" + i;
        condition(lp, at + "/when", m.when());
        for (String c : m.multiply().keySet()) {
            if (!causes.contains(c)) {
                errors.add(lp.errorAtKey(at + "/multiply/" + YamlDocument.segment(c),
                        "modifier multiplies unknown cause '" + c + "'" + hint(c, causes)));
            }
        }
    }

    private void condition(Located<Problem> lp, String at, HostCondition c) {
        if (incomplete.contains(SchemaCheck.FileKind.HOSTS)) {
            return;
        }
        for (int k = 0; k < c.hosts().size(); k++) {
            String h = c.hosts().get(k);
            if (!hosts.containsKey(h)) {
                errors.add(lp.error(at + "/host" + (listValued(lp, at + "/host") ? "/" + k : ""),
                        "unknown host '" + h + "'" + hint(h, hosts.keySet())));
            }
        }
        Set<String> families = hosts.values().stream().map(h -> h.value().family())
                .collect(Collectors.toCollection(TreeSet::new));
        for (int k = 0; k < c.families().size(); k++) {
            String f = c.families().get(k);
            if (!families.contains(f)) {
                errors.add(lp.error(at + "/family" + (listValued(lp, at + "/family") ? "/" + k : ""),
                        "unknown host family '" + f + "'" + hint(f, families)));
            }
        }
    }

    private static boolean listValued(Located<?> item, String pointer) {
        return item.doc().root().at(item.pointer() + pointer).isArray();
    }

    private void action(Located<Problem> lp, int i, Problem.Action a, Set<String> causes) {
        String at = "/actions/" + i;
        probabilityKeys(lp, at + "/fixes", a.fixes(), causes, "action '" + a.id() + "'");
        if (a.fixes().values().stream().noneMatch(v -> v > 0)) {
            errors.add(lp.errorAtKey(at + "/fixes", "action '" + a.id() + "' fixes nothing: give at least one "
                    + "cause a probability above 0 in fixes (or make it a question)"));
        }
        Double fixesUnknown = a.fixes().get(UNKNOWN_CAUSE);
        if (fixesUnknown != null && fixesUnknown > 0) {
            errors.add(lp.error(at + "/fixes/" + UNKNOWN_CAUSE, "action '" + a.id() + "' fixes the cause "
                    + "'unknown'; no action may fix it (that is what escalation is for)"));
        }
        JsonNode node = lp.doc().root().at(lp.pointer() + at);
        if (a.destructive()) {
            if (a.loses().isEmpty()) {
                errors.add(lp.errorAtKey(at + "/destructive", "action '" + a.id() + "' is destructive but does "
                        + "not say what it erases: add loses: \"...\""));
            }
            if (!node.has("penaltySeconds")) {
                errors.add(lp.errorAtKey(at + "/destructive", "action '" + a.id() + "' is destructive but has no "
                        + "penaltySeconds (the time to redo what it erases, e.g. re-pairing other devices)"));
            }
        } else if (!a.loses().isEmpty()) {
            errors.add(lp.errorAtKey(at + "/loses", "action '" + a.id() + "' says what it loses but is not "
                    + "marked destructive: true"));
        }
        instructions(lp, at, a.instructions(), a.onlyFor());
        condition(lp, at + "/onlyFor", a.onlyFor());
    }

    private void question(Located<Problem> lp, int i, Problem.Question q, Set<String> causes) {
        String at = "/questions/" + i;
        uniqueWithin(lp, at + "/answers/#/id", q.answers().stream().map(Problem.Answer::id).toList(), "answer");
        for (int j = 0; j < q.answers().size(); j++) {
            Problem.Answer ans = q.answers().get(j);
            probabilityKeys(lp, at + "/answers/" + j + "/likelihood", ans.likelihood(), causes,
                    "answer '" + ans.id() + "' of question '" + q.id() + "'");
        }
        for (String c : causes) {
            double s = q.answers().stream().mapToDouble(ans -> ans.likelihood().getOrDefault(c, 0.0)).sum();
            if (Math.abs(s - 1.0) > TOLERANCE) {
                errors.add(lp.errorAtKey(at + "/answers", "for cause '" + c + "' the likelihoods of the answers of "
                        + "question '" + q.id() + "' sum to " + round(s) + ", not 1 (a cause missing from an "
                        + "answer counts 0)"));
            }
        }
        instructions(lp, at, q.instructions(), q.onlyFor());
        condition(lp, at + "/onlyFor", q.onlyFor());
    }

    private void probabilityKeys(Located<Problem> lp, String at, Map<String, Double> map, Set<String> causes,
                                 String owner) {
        for (String c : map.keySet()) {
            if (!causes.contains(c)) {
                errors.add(lp.errorAtKey(at + "/" + YamlDocument.segment(c), owner + " names unknown cause '" + c
                        + "'" + hint(c, causes)));
            }
        }
    }

    private void instructions(Located<Problem> lp, String at, List<Problem.Instruction> list, HostCondition onlyFor) {
        for (int k = 0; k < list.size(); k++) {
            Problem.Instruction ins = list.get(k);
            String here = at + "/instructions/" + k;
            int kinds = (ins.device() != null ? 1 : 0) + (ins.host() != null ? 1 : 0) + (ins.text() != null ? 1 : 0);
            if (kinds != 1) {
                errors.add(lp.error(here, "an instruction needs exactly one of device:, host: or text: (found "
                        + kinds + ")"));
                continue;
            }
            if (ins.text() != null && ins.fallback() != null) {
                errors.add(lp.errorAtKey(here + "/default", "default: is only for device: and host: instructions"));
            }
            if (ins.device() != null) {
                deviceProcedure(lp, here, ins);
            }
            if (ins.host() != null) {
                hostProcedure(lp, here, ins, onlyFor);
            }
        }
    }

    private void deviceProcedure(Located<Problem> lp, String here, Problem.Instruction ins) {
        if (incomplete.contains(SchemaCheck.FileKind.DEVICE)) {
            return;
        }
        Set<String> all = devices.values().stream().flatMap(d -> d.value().procedures().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!all.contains(ins.device())) {
            errors.add(lp.error(here + "/device", "unknown device procedure '" + ins.device() + "'"
                    + hint(ins.device(), all) + " (no device defines it)"));
        }
        // Whether each device the step applies to has it: DeviceReferenceCheck.
    }

    private void hostProcedure(Located<Problem> lp, String here, Problem.Instruction ins, HostCondition onlyFor) {
        if (incomplete.contains(SchemaCheck.FileKind.HOSTS)) {
            return;
        }
        Set<String> all = hosts.values().stream().flatMap(h -> h.value().ownProcedures().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!all.contains(ins.host())) {
            errors.add(lp.error(here + "/host", "unknown host procedure '" + ins.host() + "'"
                    + hint(ins.host(), all) + " (no host defines it)"));
            return;
        }
        if (ins.fallback() != null) {
            return;
        }
        List<String> lacking = new ArrayList<>();
        for (Located<Host> h : hosts.values()) {
            Host host = h.value();
            if (onlyFor.matches(tree.ancestry(host.id()), host.family())
                    && !tree.effectiveProcedures(host.id()).containsKey(ins.host())) {
                lacking.add(host.id());
            }
        }
        if (!lacking.isEmpty()) {
            errors.add(lp.error(here + "/host", "host procedure '" + ins.host() + "' is missing for host"
                    + (lacking.size() > 1 ? "s " : " ") + String.join(", ", lacking) + " and the instruction has no "
                    + "default: text (add the procedure to those hosts or a host they extend, or add default:)"));
        }
    }

    private void problemReference(Located<?> item, String problem, Set<String> problems) {
        if (problem != null && !problems.contains(problem) && !incomplete.contains(SchemaCheck.FileKind.PROBLEM)) {
            errors.add(item.error("/problem", "unknown problem '" + problem + "'" + hint(problem, problems)));
        }
    }

    private static String hint(String id, Collection<String> known) {
        String near = Spelling.closest(id, known);
        return near == null ? "" : "; did you mean '" + near + "'?";
    }

    private static String round(double d) {
        return java.math.BigDecimal.valueOf(d).round(new java.math.MathContext(10)).stripTrailingZeros()
                .toPlainString();
    }
}
