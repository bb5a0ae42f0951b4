package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loaded, validated knowledge base: devices, hosts, problems, the corrected guide and its sources.
 * Implements {@link org.pairdoctor.core.session.ModelSource} and {@link StepTexts}: every (problem, host, device)
 * model is flattened once at load time, so {@link #model} is a map lookup. Immutable and thread-safe.
 *
 * <p>Besides the hosts of {@code hosts/}, the reserved host id {@value #GENERIC_HOST} (also used when
 * the host is {@code null}) gives each problem's model without host context: no modifier applies,
 * steps limited by {@code onlyFor} are left out, and host procedures render as their default text.
 * A device id of {@code null} means the {@linkplain #defaultDevice() default device}.
 */
public final class KnowledgeBase implements AuthoredModels, StepTexts {
    /** The host id of the model without host context; the CLI's default. */
    public static final String GENERIC_HOST = "generic";
    /** The device of a model or text asked for without one (the headset pairdoctor started with), when present. */
    public static final String DEFAULT_DEVICE = "sony-wh-1000xm2";

    private final Map<String, Source> sources;
    private final Map<String, Device> devices;
    private final Map<String, Host> hosts;
    private final Map<String, Problem> problems;
    private final List<Behaviour> behaviours;
    private final List<FaqEntry> faq;
    private final HostTree tree;
    /** Every model, or (files that passed a full check before) those asked for so far. */
    private final Map<String, TroubleshootingModel> models;
    private final Map<String, StepText> stepTexts = new ConcurrentHashMap<>();

    KnowledgeBase(Map<String, Source> sources, List<Device> devices, List<Host> hosts, List<Problem> problems,
                  List<Behaviour> behaviours, List<FaqEntry> faq, HostTree tree,
                  Map<String, TroubleshootingModel> models) {
        this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.devices = byId(devices, Device::id);
        this.hosts = byId(hosts, Host::id);
        this.problems = byId(problems, Problem::id);
        this.behaviours = List.copyOf(behaviours);
        this.faq = List.copyOf(faq);
        this.tree = tree;
        this.models = new ConcurrentHashMap<>(models);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(id.apply(i), i));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Loads and validates every file under {@code dir}.
     *
     * @throws KnowledgeException listing every error of every file as {@code path:line:col: message};
     *                            paths start with {@code dir} as given
     */
    public static KnowledgeBase load(Path dir) {
        return KnowledgeLoader.load(dir, CheckRecord.NONE);
    }

    /**
     * Loads every file under {@code dir}; when {@code record} says these exact files passed a full check
     * before, without checking them again (see {@link CheckRecord}), else checking everything and
     * recording a pass.
     *
     * @throws KnowledgeException as {@link #load(Path)}
     */
    public static KnowledgeBase load(Path dir, CheckRecord record) {
        return KnowledgeLoader.load(dir, record);
    }

    public List<Device> devices() {
        return List.copyOf(devices.values());
    }

    public Optional<Device> device(String id) {
        return Optional.ofNullable(devices.get(id));
    }

    /** {@value #DEFAULT_DEVICE} when the knowledge base has it, else its first device. */
    public Device defaultDevice() {
        Device d = devices.get(DEFAULT_DEVICE);
        return d != null ? d : devices.values().stream().findFirst()
                .orElseThrow(() -> new UnknownIdException("device", "(default)", List.of()));
    }

    /**
     * The device with this id, or the default device for null.
     *
     * @throws UnknownIdException naming the valid ids
     */
    public Device requireDevice(String id) {
        if (id == null) {
            return defaultDevice();
        }
        Device d = devices.get(id);
        if (d == null) {
            throw new UnknownIdException("device", id, devices.keySet());
        }
        return d;
    }

    @Override
    public Optional<DeviceFamily> deviceFamily(String deviceId) {
        Device d = deviceId == null ? defaultDevice() : devices.get(deviceId);
        return d == null ? Optional.empty() : Optional.of(new DeviceFamily(d.id(), d.family()));
    }

    @Override
    public boolean exists(String problemId, String deviceId) {
        return requireProblem(problemId).appliesTo(requireDevice(deviceId));
    }

    /** The problems that exist for a device ({@code onlyWith} at the top of a problem file), in file order. */
    public List<Problem> problemsFor(String deviceId) {
        Device d = requireDevice(deviceId);
        return problems.values().stream().filter(p -> p.appliesTo(d)).toList();
    }

    /** Hosts with inherited procedures resolved, in file order. */
    public List<Host> hosts() {
        return List.copyOf(hosts.values());
    }

    public Optional<Host> host(String id) {
        return Optional.ofNullable(hosts.get(id));
    }

    public List<Problem> problems() {
        return List.copyOf(problems.values());
    }

    public Optional<Problem> problem(String id) {
        return Optional.ofNullable(problems.get(id));
    }

    /**
     * True when a person can have the problem with the host (its {@code onlyFor}); the start page
     * offers a problem only there. A session of it may still be started for any host (deep links).
     */
    public boolean offered(String problemId, String hostId) {
        Problem p = requireProblem(problemId);
        Host h = requireHost(hostId);
        return p.onlyFor().matches(tree.ancestry(hostId), h.family());
    }

    /** The host id followed by the ids of the hosts it extends, nearest first. */
    public List<String> hostAncestry(String hostId) {
        requireHost(hostId);
        return tree.ancestry(hostId);
    }

    /**
     * The flattened model of a problem for a host and device, with context modifiers applied and only
     * the causes and steps that exist for the device.
     *
     * @param hostId   a host id, {@value #GENERIC_HOST} or null (the generic model)
     * @param deviceId a device id, or null for the {@linkplain #defaultDevice() default device}
     * @throws UnknownIdException naming the valid ids when the problem, host or device is unknown
     * @throws org.pairdoctor.core.PairdoctorException (invalid input) when the problem does not exist for the device
     */
    @Override
    public TroubleshootingModel model(String problemId, String hostId, String deviceId) {
        Problem p = requireProblem(problemId);
        String host = hostId == null ? GENERIC_HOST : hostId;
        if (!GENERIC_HOST.equals(host)) {
            requireHost(host);
        }
        Device d = requireDevice(deviceId);
        if (!p.appliesTo(d)) {
            throw new org.pairdoctor.core.PairdoctorException(org.pairdoctor.core.Failure.INVALID_INPUT,
                    "problem '" + problemId + "' does not exist for device '" + d.id() + "' (" + d.name() + ")");
        }
        String key = key(problemId, host, d.id());
        TroubleshootingModel m = models.get(key);
        return m != null ? m : models.computeIfAbsent(key,
                k -> ModelFlattener.flatten(p, GENERIC_HOST.equals(host) ? null : hosts.get(host), d, tree));
    }

    /**
     * Everything a page or terminal needs to show one step (action, question or escalation) for this
     * host and device. Cached.
     *
     * @param hostId   a host id, {@value #GENERIC_HOST} or null
     * @param deviceId a device id, or null for the default device
     */
    @Override
    public StepText stepText(String problemId, String stepId, String hostId, String deviceId) {
        String k = problemId + "\u0000" + stepId + "\u0000" + hostId + "\u0000" + deviceId;
        StepText cached = stepTexts.get(k);
        if (cached != null) {
            return cached;
        }
        Problem p = requireProblem(problemId);
        StepRenderer r = renderer(hostId, deviceId);
        StepText text = p.action(stepId).map(r::action)
                .or(() -> p.question(stepId).map(r::question))
                .or(() -> p.escalation().id().equals(stepId) ? Optional.of(r.escalation(p.escalation()))
                        : Optional.empty())
                .orElseThrow(() -> new UnknownIdException("step", stepId, stepIds(p)));
        stepTexts.putIfAbsent(k, text);
        return text;
    }

    /** The title of a cause in a problem. */
    @Override
    public String causeTitle(String problemId, String causeId) {
        Problem p = requireProblem(problemId);
        return p.cause(causeId).map(Problem.Cause::title).orElseThrow(() -> new UnknownIdException("cause", causeId,
                p.causes().stream().map(Problem.Cause::id).toList()));
    }

    /** {@code estimate} or {@code data}: the authored basis of a cause's numbers; estimate for an unknown cause. */
    @Override
    public String causeBasis(String problemId, String causeId) {
        return problem(problemId).flatMap(p -> p.cause(causeId)).map(Problem.Cause::basis).orElse("estimate");
    }

    /** The headset's support page and phone (only as its file gives them) and its Help Guide (a source). */
    @Override
    public DeviceHelp deviceHelp(String deviceId) {
        return device(deviceId).map(d -> {
            Source guide = d.helpGuide() == null ? null : sources().get(d.helpGuide());
            return new DeviceHelp(d.maker(), d.name(), d.support() == null ? null : d.support().url(),
                    d.support() == null ? null : d.support().phone(), guide == null ? null : guide.url(),
                    guide == null ? null : guide.title());
        }).orElse(DeviceHelp.NONE);
    }

    /**
     * A printable pairing guide for a host and device: the actions of the first-time-pairing problem
     * in the order of its {@code guide:} sections, else in its static order (those available on the
     * host), rendered line by line. Without such a problem: open Bluetooth settings, enter pairing
     * mode, pair from the host.
     */
    public List<StepText.Line> pairingGuide(String hostId, String deviceId) {
        StepRenderer r = renderer(hostId, deviceId);
        Optional<Problem> first = problems.values().stream()
                .filter(p -> "first-time-pairing".equals(p.situation())).findFirst();
        List<StepText.Line> lines = new ArrayList<>();
        if (first.isPresent()) {
            Problem p = first.get();
            TroubleshootingModel m = model(p.id(), hostId, r.device().id());
            List<String> order = !p.guide().isEmpty()
                    ? p.guide().stream().flatMap(s -> s.steps().stream()).toList()
                    : m.staticOrder().isEmpty()
                    ? m.actions().stream().map(org.pairdoctor.core.model.Action::id).toList() : m.staticOrder();
            for (String step : order) {
                p.action(step).filter(a -> m.action(step).isPresent()).ifPresent(a -> lines.addAll(r.action(a).lines()));
            }
            return List.copyOf(lines);
        }
        return List.copyOf(r.lines(List.of(
                new Problem.Instruction(null, "open-bluetooth-settings", null, "Open Bluetooth settings."),
                new Problem.Instruction("enter-pairing-mode", null, null, "Put the headset in pairing mode."),
                new Problem.Instruction(null, "pair-from-host", null, "Select {scanName} in the list of devices."))));
    }

    /** Every row as written, for every headset (placeholders unfilled). */
    public List<Behaviour> behaviours() {
        return behaviours;
    }

    /**
     * The behaviour table for one headset: the rows that hold for it ({@code onlyWith}), placeholders filled.
     *
     * @param deviceId a device id, or null for the default device
     * @throws UnknownIdException naming the valid ids
     */
    public List<Behaviour> behaviours(String deviceId) {
        return GuideEntries.behaviours(behaviours, renderer(null, deviceId));
    }

    /** Every FAQ entry as written, for every headset (placeholders unfilled). */
    public List<FaqEntry> faq() {
        return faq;
    }

    /**
     * The FAQ for one headset: the entries that hold for it ({@code onlyWith}), placeholders filled.
     *
     * @param deviceId a device id, or null for the default device
     * @throws UnknownIdException naming the valid ids
     */
    public List<FaqEntry> faq(String deviceId) {
        return GuideEntries.faq(faq, renderer(null, deviceId));
    }

    /** The checked claims of the source document about a device (for a facts and myths page). */
    public List<SourceClaim> sourceClaims(String deviceId) {
        return requireDevice(deviceId).sourceClaims();
    }

    /** Every source, by id, in file order. */
    public Map<String, Source> sources() {
        return sources;
    }

    /** Counts for summaries such as {@code kb check}. */
    public Summary summary() {
        int causes = problems.values().stream().mapToInt(p -> p.causes().size()).sum();
        int actions = problems.values().stream().mapToInt(p -> p.actions().size()).sum();
        int questions = problems.values().stream().mapToInt(p -> p.questions().size()).sum();
        int facts = devices.values().stream().mapToInt(d -> d.facts().size()).sum();
        int claims = devices.values().stream().mapToInt(d -> d.sourceClaims().size()).sum();
        return new Summary(devices.size(), hosts.size(), problems.size(), causes, actions, questions, facts, claims,
                behaviours.size(), faq.size(), sources.size());
    }

    /** How much the knowledge base holds. */
    public record Summary(int devices, int hosts, int problems, int causes, int actions, int questions, int facts,
                          int checkedClaims, int behaviours, int faqEntries, int sources) {
        @Override
        public String toString() {
            return devices + " devices, " + hosts + " hosts, " + problems + " problems, " + causes + " causes, "
                    + actions + " actions, " + questions + " questions, " + facts + " facts, " + checkedClaims
                    + " checked claims, " + behaviours + " behaviours, " + faqEntries + " FAQ entries, " + sources
                    + " sources";
        }
    }

    static String key(String problemId, String hostId, String deviceId) {
        return problemId + "\u0000" + hostId + "\u0000" + deviceId;
    }

    private StepRenderer renderer(String hostId, String deviceId) {
        Host host = hostId == null || GENERIC_HOST.equals(hostId) ? null : requireHost(hostId);
        return new StepRenderer(requireDevice(deviceId), host, this::anyHostProcedureTitle);
    }

    private String anyHostProcedureTitle(String procedureId) {
        return hosts.values().stream().map(h -> h.procedures().get(procedureId)).filter(java.util.Objects::nonNull)
                .map(Procedure::title).findFirst().orElse(procedureId);
    }

    private Problem requireProblem(String id) {
        Problem p = id == null ? null : problems.get(id);
        if (p == null) {
            throw new UnknownIdException("problem", String.valueOf(id), problems.keySet());
        }
        return p;
    }

    private Host requireHost(String id) {
        Host h = id == null ? null : hosts.get(id);
        if (h == null) {
            List<String> valid = new ArrayList<>(hosts.keySet());
            valid.add(GENERIC_HOST);
            throw new UnknownIdException("host", String.valueOf(id), valid);
        }
        return h;
    }

    private static Collection<String> stepIds(Problem p) {
        List<String> ids = p.actions().stream().map(Problem.Action::id).collect(Collectors.toCollection(ArrayList::new));
        p.questions().forEach(q -> ids.add(q.id()));
        ids.add(p.escalation().id());
        return ids;
    }
}
