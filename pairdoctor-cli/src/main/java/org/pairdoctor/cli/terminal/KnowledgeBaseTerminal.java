package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.probe.ProbeHandOver;
import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Procedure;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public Map<String, String> buttonLabels(String deviceId) {
        Optional<Device> device = deviceId == null ? Optional.of(kb.defaultDevice()) : kb.device(deviceId);
        Map<String, String> labels = new LinkedHashMap<>();
        device.ifPresent(d -> d.buttons().forEach(b -> labels.put(b.id(), b.label())));
        return labels;
    }

    @Override
    public Map<String, String> probes(String problemId) {
        return kb.problem(problemId).map(ProbeHandOver::questionProbes).orElse(Map.of());
    }

    @Override
    public Optional<Headset> headset(String deviceId) {
        return kb.device(deviceId).map(KnowledgeBaseTerminal::headset);
    }

    @Override
    public Map<String, Headset> headsets() {
        Map<String, Headset> all = new LinkedHashMap<>();
        kb.devices().forEach(d -> all.put(d.id(), headset(d)));
        return all;
    }

    /**
     * The connector's view of a device: its scan names and its enter-pairing-mode procedure as lines
     * (alternatives as "Or: ...", then what the person should see and hear).
     */
    private static Headset headset(Device device) {
        List<String> classic = device.scanNames() == null ? List.of(device.name()) : device.scanNames().classic();
        List<String> le = device.scanNames() == null ? List.of() : device.scanNames().le();
        List<String> steps = device.procedure("enter-pairing-mode").map(p -> pairingLines(device, p))
                .orElse(List.of("Put the headset in pairing mode (see its manual)."));
        return new Headset(device.name(), classic, le, steps);
    }

    private static List<String> pairingLines(Device device, Procedure p) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < p.steps().size(); i++) {
            String text = fill(device, p.steps().get(i));
            if (!text.isBlank()) {
                lines.add(p.alternativeSteps().contains(i) ? "Or: " + text : text);
            }
        }
        List<String> signs = new ArrayList<>();
        if (p.indicator() != null) {
            signs.add(fill(device, p.indicator()));
        }
        if (p.voicePrompt() != null) {
            signs.add("You hear \"" + fill(device, p.voicePrompt()) + "\".");
        }
        if (!signs.isEmpty()) {
            lines.add(String.join(" ", signs));
        }
        return lines;
    }

    /** The device placeholders a procedure may use, {button:ID} included (host ones cannot occur in a device procedure). */
    private static String fill(Device device, String text) {
        List<String> classic = device.scanNames() == null ? List.of(device.name()) : device.scanNames().classic();
        List<String> le = device.scanNames() == null ? List.of() : device.scanNames().le();
        String filled = text.replace("{device}", device.name()).replace("{maker}", device.maker())
                .replace("{scanName}", classic.isEmpty() ? device.name() : classic.get(0))
                .replace("{leScanName}", le.isEmpty() ? "" : le.get(0));
        for (Device.Button b : device.buttons()) {
            filled = filled.replace("{button:" + b.id() + "}", b.label());
        }
        return filled;
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
