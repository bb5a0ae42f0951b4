package org.pairdoctor.web.content;

import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.knowledge.Source;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.TroubleshootingModel;

import org.pairdoctor.web.picture.Headset;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge base seen through the web's {@link Catalogue} port. Lists are converted once, at
 * construction; step texts are cached by the knowledge base. Immutable and thread-safe.
 */
public final class KnowledgeCatalogue implements Catalogue {
    private final KnowledgeBase kb;
    private final List<DeviceEntry> devices;
    private final List<HostEntry> hosts;
    private final List<ProblemEntry> problems;
    private final List<BehaviourEntry> behaviours;
    private final List<FaqEntry> faq;
    /** Built once: every step page and API answer asks for its headset's drawing data. */
    private final java.util.Map<String, Headset> headsets = new java.util.HashMap<>();
    /** By device id: the guide as that headset's owner reads it, rendered once. */
    private final java.util.Map<String, List<BehaviourEntry>> behavioursByDevice = new java.util.HashMap<>();
    private final java.util.Map<String, List<FaqEntry>> faqByDevice = new java.util.HashMap<>();
    /** By id: every page and API answer looks up its session's headset, host and problem. */
    private final java.util.Map<String, DeviceEntry> deviceById;
    private final java.util.Map<String, HostEntry> hostById;
    private final java.util.Map<String, ProblemEntry> problemById;

    public KnowledgeCatalogue(KnowledgeBase kb) {
        this.kb = kb;
        this.devices = kb.devices().stream().map(d -> new DeviceEntry(d.id(), d.name(), d.form().id())).toList();
        this.hosts = kb.hosts().stream().filter(h -> !KnowledgeBase.GENERIC_HOST.equals(h.id()))
                .map(h -> new HostEntry(h.id(), h.name(), h.family(), h.parent().orElse(null))).toList();
        this.problems = kb.problems().stream().map(p -> new ProblemEntry(p.id(), p.title(), p.summary(),
                p.situation(), p.share(), p.onlyFor().isAny() ? null : hosts.stream().map(HostEntry::id)
                        .filter(h -> kb.offered(p.id(), h)).collect(java.util.stream.Collectors.toSet()),
                p.onlyWith().isAny() ? null : kb.devices().stream().filter(d -> p.onlyWith().matches(d))
                        .map(org.pairdoctor.core.knowledge.Device::id).collect(java.util.stream.Collectors.toSet())))
                .toList();
        this.deviceById = byId(devices, DeviceEntry::id);
        this.hostById = byId(hosts, HostEntry::id);
        this.problemById = byId(problems, ProblemEntry::id);
        this.behaviours = kb.behaviours().stream().map(this::behaviour).toList();
        this.faq = kb.faq().stream().map(this::faqEntry).toList();
        for (org.pairdoctor.core.knowledge.Device d : kb.devices()) {
            behavioursByDevice.put(d.id(), kb.behaviours(d.id()).stream().map(this::behaviour).toList());
            faqByDevice.put(d.id(), kb.faq(d.id()).stream().map(this::faqEntry).toList());
            headsets.put(d.id(), headsetOf(d));
        }
    }

    private BehaviourEntry behaviour(org.pairdoctor.core.knowledge.Behaviour b) {
        return new BehaviourEntry(b.id(), b.behaviour(), b.normal(), b.diagnosticAction(), b.likelyCause(),
                b.seedClaim(), b.verdict(), b.correction(), b.problem(), sources(b.sources()));
    }

    private FaqEntry faqEntry(org.pairdoctor.core.knowledge.FaqEntry f) {
        return new FaqEntry(f.id(), f.question(), f.answer(), f.seedAnswer(), f.verdict(), f.problem(),
                sources(f.sources()));
    }

    private List<SourceRef> sources(List<String> ids) {
        return ids.stream().map(id -> {
            Source s = kb.sources().get(id);
            return s == null ? new SourceRef(id, id, null) : new SourceRef(s.id(), s.title(), s.url());
        }).toList();
    }

    private static <T> java.util.Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
        java.util.Map<String, T> out = new java.util.HashMap<>();
        items.forEach(i -> out.putIfAbsent(id.apply(i), i));
        return java.util.Map.copyOf(out);
    }

    @Override
    public java.util.Optional<DeviceEntry> device(String id) {
        return id == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(deviceById.get(id));
    }

    @Override
    public java.util.Optional<HostEntry> host(String id) {
        return id == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(hostById.get(id));
    }

    @Override
    public java.util.Optional<ProblemEntry> problem(String id) {
        return id == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(problemById.get(id));
    }

    @Override
    public List<DeviceEntry> devices() {
        return devices;
    }

    @Override
    public List<HostEntry> hosts() {
        return hosts;
    }

    @Override
    public List<ProblemEntry> problems() {
        return problems;
    }

    @Override
    public StepText stepText(String problemId, String stepId, String hostId, String deviceId) {
        return kb.stepText(problemId, stepId, hostId, deviceId);
    }

    @Override
    public String causeTitle(String problemId, String causeId) {
        return kb.causeTitle(problemId, causeId);
    }

    @Override
    public String causeBasis(String problemId, String causeId) {
        return kb.causeBasis(problemId, causeId);
    }

    @Override
    public org.pairdoctor.core.knowledge.DeviceHelp deviceHelp(String deviceId) {
        return kb.deviceHelp(deviceId);
    }

    /** The device's form, controls and lights as its file describes them. */
    @Override
    public Optional<Headset> headset(String deviceId) {
        return Optional.ofNullable(headsets.get(deviceId));
    }

    private static Headset headsetOf(org.pairdoctor.core.knowledge.Device d) {
        return new Headset(d.name(), d.form().id(),
                d.buttons().stream().map(b -> new Headset.Control(b.id(), b.label(), b.kind(), b.part(), b.x(), b.y()))
                        .toList(),
                d.indicators().stream().map(i -> new Headset.Light(i.id(), i.part(), i.x(), i.y(), i.colours()))
                        .toList());
    }

    @Override
    public List<StepText.Line> pairingGuide(String hostId, String deviceId) {
        return kb.pairingGuide(hostId, deviceId);
    }

    /**
     * The first-time-pairing problem's actions that exist on the host, by the sections of its
     * {@code guide:}; without one, all in the static order under {@code pair}.
     */
    @Override
    public List<GuideStep> pairingGuideSteps(String hostId, String deviceId) {
        Optional<Problem> first = kb.problems().stream().filter(p -> "first-time-pairing".equals(p.situation()))
                .findFirst();
        if (first.isEmpty()) {
            return Catalogue.super.pairingGuideSteps(hostId, deviceId);
        }
        Problem p = first.get();
        TroubleshootingModel m = kb.model(p.id(), hostId, deviceId);
        List<Problem.GuideSection> sections = p.guide();
        if (sections.isEmpty()) {
            List<String> order = m.staticOrder().isEmpty() ? m.actions().stream().map(Action::id).toList()
                    : m.staticOrder();
            sections = List.of(new Problem.GuideSection(Problem.GuideSection.Kind.PAIR, order));
        }
        List<GuideStep> out = new java.util.ArrayList<>();
        for (Problem.GuideSection s : sections) {
            for (String step : s.steps()) {
                if (p.action(step).isPresent() && m.action(step).isPresent()) {
                    StepText t = kb.stepText(p.id(), step, hostId, deviceId);
                    out.add(new GuideStep(p.id(), step, s.kind().id(), t.title(), t.lines(), t.loses()));
                }
            }
        }
        return out;
    }

    @Override
    public List<BehaviourEntry> behaviours() {
        return behaviours;
    }

    @Override
    public List<FaqEntry> faq() {
        return faq;
    }

    @Override
    public List<BehaviourEntry> behaviours(String deviceId) {
        return behavioursByDevice.getOrDefault(deviceId, List.of());
    }

    @Override
    public List<FaqEntry> faq(String deviceId) {
        return faqByDevice.getOrDefault(deviceId, List.of());
    }

    @Override
    public List<ClaimEntry> claims(String deviceId) {
        return kb.sourceClaims(deviceId).stream().map(c -> new ClaimEntry(c.id(), c.claim(), c.verdict(),
                c.correction(), c.confidence(), sources(c.sources()))).toList();
    }

    /** The knowledge base behind this catalogue. */
    public Optional<KnowledgeBase> knowledgeBase() {
        return Optional.of(kb);
    }
}
