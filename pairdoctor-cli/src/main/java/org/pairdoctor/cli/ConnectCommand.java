package org.pairdoctor.cli;

import org.pairdoctor.bluez.BluezException;
import org.pairdoctor.bluez.CommandAudioServerCheck;
import org.pairdoctor.bluez.ConnectReport;
import org.pairdoctor.bluez.Connector;
import org.pairdoctor.bluez.Diagnosis;
import org.pairdoctor.bluez.Phase;
import org.pairdoctor.bluez.Profiles;
import org.pairdoctor.bluez.SysfsRfkill;
import org.pairdoctor.bluez.dbus.DbusBluezClient;
import org.pairdoctor.cli.terminal.GuidedTerminal;
import org.pairdoctor.cli.terminal.JlinePrompter;
import org.pairdoctor.cli.terminal.KnowledgeAccess;
import org.pairdoctor.cli.terminal.LinePrompter;
import org.pairdoctor.cli.terminal.Prompter;
import org.pairdoctor.cli.terminal.TerminalConnectorListener;
import org.pairdoctor.cli.terminal.TerminalKnowledge;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.probe.ConnectRequest;
import org.pairdoctor.core.probe.Finding;
import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.probe.ProbeHandOver;
import org.pairdoctor.core.probe.ProbeReport;
import org.pairdoctor.core.probe.Recognition;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Linux: pairs, trusts and connects a headset through BlueZ, and diagnoses failures.")
final class ConnectCommand implements Callable<Integer> {
    static final String DEFAULT_DEVICE = "sony-wh-1000xm2";
    static final String GENERIC_DEVICE = "generic-headset";

    /** Used only when the knowledge base cannot be loaded (same text as its enter-pairing-mode procedure). */
    static final Headset BUILT_IN_XM2 = new Headset("Sony WH-1000XM2", java.util.List.of("WH-1000XM2"),
            java.util.List.of("LE_WH-1000XM2"), java.util.List.of(
            "Turn the headset off first (a new or just-initialised headset enters pairing mode when turned on).",
            "Press and hold the POWER button for about 7 seconds, and release it when the indicator starts flashing.",
            "The blue indicator flashes twice in a row, again and again, and you hear \"Bluetooth pairing\"."));

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--device", paramLabel = "NAME|ADDRESS|ID",
            description = "The headset: a knowledge-base device id, the name it shows in a scan list (a known "
                    + "model is recognised; its LE_ entry is refused) or its address (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_DEVICE)
    String device;

    @Option(names = "--adapter", paramLabel = "hciN", description = "The Bluetooth adapter to use (default: the first powered one).")
    String adapter;

    @Option(names = "--assume-ready", description = "The headset is already in pairing mode: do not ask.")
    boolean assumeReady;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "30", description = "Seconds to look for the headset (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--no-troubleshoot", description = "On failure, do not start the guided troubleshooter.")
    boolean noTroubleshoot;

    // A mixin, not a group: picocli reports --data with --db inside a nested group as two matches.
    @picocli.CommandLine.Mixin
    StorageOptions storage;

    @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge base directory (default: the bundled one).")
    Path kb;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (timeoutSeconds <= 0 || timeoutSeconds > 600) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be between 0 and 600 seconds, not " + timeoutSeconds);
        }
        DbusBluezClient client;
        try {
            // Start-up check first: no system bus is said within a second, before the slower knowledge base.
            client = SystemBus.connect();
        } catch (BluezException e) {
            printNoBus(out, e);
            return 1;
        }
        try (client) {
            return connect(out, client);
        }
    }

    private int connect(PrintWriter out, DbusBluezClient client) {
        Optional<TerminalKnowledge> knowledge = knowledge(out);
        Optional<Headset> byId = knowledge.flatMap(k -> k.headset(device))
                .or(() -> DEFAULT_DEVICE.equals(device) ? Optional.of(BUILT_IN_XM2) : Optional.empty());
        Optional<Recognition> byName = byId.isPresent() ? Optional.empty()
                : Recognition.of(device, knowledge.map(TerminalKnowledge::headsets).orElse(Map.of()));
        if (byName.filter(Recognition::leEntry).isPresent()) {
            Recognition r = byName.get();
            return refuseLeEntry(device, r.headset().displayName(), r.pairInstead(), r.deviceId());
        }
        Optional<String> twin = byId.isEmpty() && byName.isEmpty() ? Recognition.classicTwinOf(device) : Optional.empty();
        if (twin.isPresent()) {
            return refuseLeEntry(device, "headset", twin.get(), twin.get());
        }
        Headset headset = byId.or(() -> byName.map(Recognition::headset)).orElseGet(() -> Headset.named(device));
        boolean deviceIsId = byId.isPresent();
        // The device a failed run hands over to: the recognised model, else the generic headset.
        String sessionDevice = deviceIsId ? device : byName.map(Recognition::deviceId).orElseGet(() ->
                knowledge.filter(k -> k.headset(GENERIC_DEVICE).isPresent()).isPresent() ? GENERIC_DEVICE : DEFAULT_DEVICE);
        if (byName.isPresent()) {
            out.println(device + " is the " + headset.displayName() + " (" + byName.get().deviceId() + ").");
        }
        boolean tty = System.console() != null;
        try (Prompter prompter = tty ? JlinePrompter.system() : LinePrompter.standardInput(out)) {
            ConnectReport report;
            out.println("Connecting " + headset.displayName() + " ...");
            out.flush();
            try {
                var listener = new TerminalConnectorListener(out, System.err, tty, prompter);
                report = new Connector(client, SysfsRfkill.system(), new CommandAudioServerCheck(Duration.ofSeconds(2)),
                        listener).connect(new ConnectRequest(deviceIsId ? Optional.empty() : Optional.of(device),
                        Optional.ofNullable(adapter), assumeReady,
                        Duration.ofMillis(Math.round(timeoutSeconds * 1000)), headset));
            } catch (BluezException e) {
                printNoBus(out, e);
                return 1;
            }
            printReport(out, report);
            if (report.connected()) {
                return 0;
            }
            report.diagnosis().ifPresent(d -> printDiagnosis(out, d));
            if (!noTroubleshoot && knowledge.isPresent() && report.diagnosis().isPresent()) {
                handOver(out, knowledge.get(), report, prompter, sessionDevice);
            }
            return 1;
        }
    }

    private static void printNoBus(PrintWriter out, BluezException e) {
        printDiagnosis(out, new Diagnosis(Finding.NO_BUS, "Cannot reach BlueZ over D-Bus.",
                e.reason() + ".", "Run pairdoctor on the Linux machine itself, in a normal desktop or login "
                + "session; on a server, install and start dbus and bluez (sudo systemctl start dbus bluetooth)."));
    }

    /**
     * Refuses to pair an LE entry (e.g. LE_WF-1000XM4): it carries no sound, and pairing it is the
     * mistake the knowledge base's scan-list problems warn about. Names the entry to pair instead.
     */
    private int refuseLeEntry(String name, String headsetName, String pairInstead, String deviceArgument) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(name + " is the Bluetooth LE entry of the " + headsetName
                + ": it carries no sound, so pairdoctor does not pair it.");
        err.println("Pair " + pairInstead + " instead: pairdoctor connect --device " + quoted(deviceArgument));
        err.flush();
        return 2;
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9._:-]+") ? arg : "\"" + arg + "\"";
    }

    private Optional<TerminalKnowledge> knowledge(PrintWriter out) {
        try {
            return Optional.of(KnowledgeAccess.load(kb));
        } catch (PairdoctorException e) {
            out.println("(knowledge base not available: " + e.getMessage() + "; using generic instructions)");
            return Optional.empty();
        }
    }

    static void printReport(PrintWriter out, ConnectReport report) {
        out.println();
        out.println("Timeline:");
        for (Phase p : report.timeline()) {
            out.printf(Locale.ROOT, "  %-20s %6.2f s%s%n", p.name(), p.seconds(), p.waitingForUser() ? "  (waiting for you)" : "");
        }
        out.printf(Locale.ROOT, "  %-20s %6.2f s%n", "total (pairdoctor)", report.ownTime().toNanos() / 1e9);
        if (report.connected()) {
            var d = report.device().orElseThrow();
            out.println();
            out.println((report.alreadyConnected() ? "Already connected: " : "Connected: ") + d.displayName() + " ("
                    + d.address() + ") with music (A2DP)" + (report.callProfile() ? " and calls (HFP/HSP)" : "") + ".");
            report.battery().ifPresent(b -> out.println("Battery: " + b + "%"));
            if (!d.uuids().isEmpty()) {
                out.println("Profiles it offers: " + String.join(", ", Profiles.describe(d.uuids())));
            }
        }
        out.flush();
    }

    static void printDiagnosis(PrintWriter out, Diagnosis d) {
        out.println();
        out.println("Not connected. " + d.what());
        out.println("Why: " + d.why());
        out.println("Fix: " + d.fix());
        out.flush();
    }

    private void handOver(PrintWriter out, TerminalKnowledge knowledge, ConnectReport report, Prompter prompter,
                          String deviceId) {
        ProbeReport evidence = report.evidence();
        Optional<String> problem = ProbeHandOver.problem(evidence,
                knowledge.problems().stream().map(TerminalKnowledge.Entry::id).toList());
        if (problem.isEmpty()) {
            return;
        }
        String host = knowledge.linuxHost(System.getenv("XDG_CURRENT_DESKTOP"));
        // The composition root (learned parameters, as `diagnose --session` will resume it).
        try (Application app = Application.open(kb, storage)) {
            SessionService service = app.sessions();
            var model = knowledge.model(problem.get(), host, deviceId);
            Map<String, String> answers = ProbeHandOver.preAnswers(model, knowledge.probes(problem.get()), evidence);
            GuidedSession session = service.start(deviceId, host, problem.get(), "connector",
                    Map.of("finding", evidence.finding().orElseThrow().id()), answers);
            out.println();
            out.println("Guided troubleshooting: " + problem.get() + " (" + answers.size()
                    + " question(s) already answered by the connector).");
            if (prompter.interactive()) {
                new GuidedTerminal(service, knowledge, prompter, out, Clock.systemUTC()).run(session);
            } else {
                out.println("Continue it with: pairdoctor diagnose --session " + session.record().id());
            }
        } catch (PairdoctorException e) {
            out.println("(could not start the guided troubleshooter: " + e.getMessage() + ")");
        }
        out.flush();
    }
}
