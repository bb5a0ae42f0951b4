package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.probe.ProbeHandOver;
import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link TerminalKnowledge} over the knowledge base. Immutable and thread-safe. */
public final class KnowledgeBaseTerminal implements TerminalKnowledge {
    private final KnowledgeBase kb;

    public KnowledgeBaseTerminal(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public TroubleshootingModel model(String problemId, String hostId, String deviceId) {
        return kb.model(problemId, hostId, deviceId);
    }

    @Override
    public List<Entry> devices() {
        return kb.devices().stream().map(d -> new Entry(d.id(), d.name())).toList();
    }

    @Override
    public List<Entry> hosts() {
        return kb.hosts().stream().map(h -> new Entry(h.id(), h.name())).toList();
    }

    @Override
    public List<Entry> problems() {
        return kb.problems().stream().map(p -> new Entry(p.id(), p.title())).toList();
    }

    @Override
    public List<Entry> problems(String deviceId) {
        return kb.problemsFor(deviceId).stream().map(p -> new Entry(p.id(), p.title())).toList();
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
    public Map<String, String> probes(String problemId) {
        return kb.problem(problemId).map(ProbeHandOver::questionProbes).orElse(Map.of());
    }

    @Override
    public Optional<Headset> headset(String deviceId) {
        Optional<Device> d = kb.device(deviceId);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Device device = d.get();
        List<String> steps = device.procedure("enter-pairing-mode").map(p -> {
            List<String> s = new ArrayList<>(p.steps());
            return s;
        }).orElse(List.of("Put the headset in pairing mode (see its manual)."));
        List<String> classic = device.scanNames() == null ? List.of(device.name()) : device.scanNames().classic();
        List<String> le = device.scanNames() == null ? List.of() : device.scanNames().le();
        return Optional.of(new Headset(device.name(), classic, le, steps));
    }

    @Override
    public String linuxHost(String desktop) {
        String d = desktop == null ? "" : desktop.toUpperCase(Locale.ROOT);
        List<String> preferred = new ArrayList<>();
        if (d.contains("GNOME") || d.contains("UNITY") || d.contains("BUDGIE") || d.contains("CINNAMON")) {
            preferred.add("linux-gnome");
        } else if (d.contains("KDE")) {
            preferred.add("linux-kde");
        }
        preferred.add("linux-bluetoothctl");
        preferred.add("linux");
        for (String id : preferred) {
            if (kb.host(id).isPresent()) {
                return id;
            }
        }
        return kb.hosts().stream().filter(h -> "linux".equals(h.family())).map(Host::id).findFirst()
                .orElseThrow(() -> new org.pairdoctor.core.PairdoctorException("the knowledge base has no Linux host"));
    }
}
