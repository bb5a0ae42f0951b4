package org.pairdoctor.web;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;
import org.pairdoctor.web.content.BehaviourEntry;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.content.ClaimEntry;
import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.FaqEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.ProblemEntry;
import org.pairdoctor.web.content.SourceRef;

import java.util.List;
import java.util.Map;

/**
 * A small hand-written knowledge base for web tests: one headset, a host per family, a first-time
 * pairing and a "not found" problem with a destructive step, a question and an escalation.
 */
public final class TestKnowledge implements Catalogue, AuthoredModels {
    public static final String DEVICE = "sony-wh-1000xm2";
    public static final String PROBLEM = "headset-not-in-scan-list";
    public static final String FIRST_TIME = "first-time-pairing";
    /** A problem only Linux users have: not offered to anyone else on the start page. */
    public static final String LINUX_ONLY = "linux-profile-unavailable";

    /** A fictional number (a range kept for drama): the phone link is tested, no real number is claimed. */
    public static final String SUPPORT_PHONE = "+44 20 7946 0000";
    public static final String HELP_GUIDE = "https://helpguide.sony.net/mdr/1000xm2/v1/en/index.html";

    private final List<DeviceEntry> devices;

    /** One headset: the start page has nothing to pick. */
    public TestKnowledge() {
        this(List.of(new DeviceEntry(DEVICE, "Sony WH-1000XM2", "over-ear")));
    }

    /** Several headsets (each drawn and worded like the first): the start page offers its picker. */
    public TestKnowledge(List<DeviceEntry> devices) {
        this.devices = List.copyOf(devices);
    }

    @Override
    public List<DeviceEntry> devices() {
        return devices;
    }

    @Override
    public org.pairdoctor.core.knowledge.DeviceHelp deviceHelp(String deviceId) {
        return new org.pairdoctor.core.knowledge.DeviceHelp("Sony", device(deviceId).map(DeviceEntry::name).orElse(null),
                "https://www.sony.com/electronics/support", SUPPORT_PHONE, HELP_GUIDE, "Sony Help Guide");
    }

    @Override
    public List<HostEntry> hosts() {
        return List.of(new HostEntry("ios", "iPhone or iPad (iOS)", "ios", null),
                new HostEntry("android-samsung", "Samsung Galaxy (One UI)", "android", "android"),
                new HostEntry("android", "Android (other makers)", "android", null),
                new HostEntry("macos", "Mac (macOS)", "macos", null),
                new HostEntry("windows-11", "Windows 11", "windows", null),
                new HostEntry("linux-gnome", "Linux with GNOME", "linux", "linux"));
    }

    @Override
    public List<ProblemEntry> problems() {
        return List.of(new ProblemEntry(FIRST_TIME, "Pair my headphones for the first time", "", "first-time-pairing",
                        0.2, null),
                new ProblemEntry(LINUX_ONLY, "Linux: \"profile unavailable\"", "", "problem", 0.01,
                        java.util.Set.of("linux-gnome")),
                new ProblemEntry(PROBLEM, "My phone or computer doesn't find the headphones", "", "problem", 0.12, null));
    }

    /** The WH-1000XM2's controls and light, as its device file describes them. */
    @Override
    public java.util.Optional<org.pairdoctor.web.picture.Headset> headset(String deviceId) {
        if (device(deviceId).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.pairdoctor.web.picture.Headset("Sony WH-1000XM2", "over-ear",
                List.of(new org.pairdoctor.web.picture.Headset.Control("power", "POWER", "button", "left", .78, .82),
                        new org.pairdoctor.web.picture.Headset.Control("nc-ambient", "NC/AMBIENT", "button", "left",
                                .62, .93)),
                List.of(new org.pairdoctor.web.picture.Headset.Light("main", "left", .88, .72, List.of("blue", "red")))));
    }

    @Override
    public TroubleshootingModel model(String problemId, String hostId, String deviceId) {
        if (problem(problemId).isEmpty() || host(hostId).isEmpty()) {
            throw new org.pairdoctor.core.PairdoctorException("unknown problem or host");
        }
        return new TroubleshootingModel(problemId, Map.of("host", hostId),
                List.of(new Cause("not-in-pairing-mode", 0.5), new Cause("stale-pairing", 0.3),
                        new Cause("unknown", 0.2)),
                List.of(Action.of("enter-pairing-mode", 20, Map.of("not-in-pairing-mode", 0.95)),
                        Action.of("forget-and-pair-again", 60, Map.of("stale-pairing", 0.9)),
                        new Action("factory-reset", 180, Map.of("not-in-pairing-mode", 0.5, "stale-pairing", 0.9), true)),
                List.of(new Question("indicator-pattern", 10, List.of(
                        new Answer("flashes-twice", Map.of("not-in-pairing-mode", 0.1, "stale-pairing", 0.6, "unknown", 0.5)),
                        new Answer("other", Map.of("not-in-pairing-mode", 0.9, "stale-pairing", 0.4, "unknown", 0.5))))),
                new Escalation("contact-sony-support", 3600));
    }

    @Override
    public StepText stepText(String problemId, String stepId, String hostId, String deviceId) {
        return switch (stepId) {
            case "enter-pairing-mode" -> new StepText(stepId, StepKind.ACTION, "Put the headset in pairing mode",
                    List.of(new StepText.Line("Turn the headset off, then press and hold the POWER button.",
                                    "The blue indicator flashes twice in a row, again and again.", "Bluetooth pairing",
                                    7, List.of("power"), null, false,
                                    new org.pairdoctor.core.knowledge.Procedure.Pattern("main", "blue", 2, true)),
                            new StepText.Line("Open Settings, then Bluetooth.", null, null, null, List.of(), "iOS 16 and later"),
                            StepText.Line.of("Select WH-1000XM2 (not LE_WH-1000XM2).")),
                    List.of(), false, null, "estimate", null, List.of());
            case "forget-and-pair-again" -> new StepText(stepId, StepKind.ACTION, "Forget the headphones and pair again",
                    List.of(StepText.Line.of("In Bluetooth settings, tap ⓘ next to WH-1000XM2, then Forget This Device."),
                            StepText.Line.of("Put the headset in pairing mode and select it again.")),
                    List.of(), false, null, "estimate", null, List.of());
            case "factory-reset" -> new StepText(stepId, StepKind.ACTION, "Reset the headset to factory settings",
                    List.of(new StepText.Line("With the headset off, hold POWER and NC/AMBIENT together.",
                            "The blue indicator flashes 4 times.", null, 7, List.of("power", "nc-ambient"), null)),
                    List.of(), true, "every pairing and setting on the headset", "estimate", null, List.of());
            case "indicator-pattern" -> new StepText(stepId, StepKind.QUESTION, "What does the blue indicator do right now?",
                    List.of(), List.of(new StepText.AnswerText("flashes-twice", "Flashes twice in a row, again and again"),
                            new StepText.AnswerText("other", "Something else, or nothing")),
                    false, null, "estimate", null, List.of());
            case "contact-sony-support" -> new StepText(stepId, StepKind.ESCALATION, "Contact Sony support",
                    List.of(StepText.Line.of("The headset may have a hardware fault. Sony support can check and repair it.")),
                    List.of(), false, null, "estimate", "Sony support: https://www.sony.com/electronics/support",
                    List.of("Use the supplied audio cable", "Use a USB Bluetooth transmitter"));
            default -> throw new org.pairdoctor.core.PairdoctorException("unknown step '" + stepId + "'");
        };
    }

    @Override
    public String causeTitle(String problemId, String causeId) {
        return switch (causeId) {
            case "not-in-pairing-mode" -> "The headset is not in pairing mode";
            case "stale-pairing" -> "An old pairing record gets in the way";
            default -> "Something we have not identified (possibly a hardware fault)";
        };
    }

    @Override
    public String causeBasis(String problemId, String causeId) {
        return "estimate";
    }

    @Override
    public List<StepText.Line> pairingGuide(String hostId, String deviceId) {
        return List.of(new StepText.Line("Press and hold POWER for about 7 seconds.", "The blue indicator flashes twice.",
                "Bluetooth pairing", 7, List.of("POWER"), null), StepText.Line.of("Open Bluetooth settings on " + hostId + "."));
    }

    @Override
    public List<BehaviourEntry> behaviours() {
        return List.of(new BehaviourEntry("first-pairing-takes-time", "First-time pairing takes 20–30 seconds", true,
                        "None: wait.", "Normal discovery time", "Takes 20-30 seconds", "partly-true",
                        "Usually a few seconds.", FIRST_TIME, List.of(new SourceRef("sony", "Sony Help Guide", null))),
                new BehaviourEntry("not-in-list", "Headphones missing from the list", false, "Enter pairing mode.",
                        "Not in pairing mode", null, null, null, PROBLEM, List.of()));
    }

    @Override
    public List<FaqEntry> faq() {
        return List.of(new FaqEntry("two-devices", "Can it connect to two devices at once?",
                "Yes, split: music on one, calls on the other.", "No", "mostly-false", null,
                List.of(new SourceRef("sony", "Sony Help Guide", "https://helpguide.sony.net/"))));
    }

    @Override
    public List<ClaimEntry> claims(String deviceId) {
        return List.of(new ClaimEntry("launch-year", "Launched in 2016", "false",
                "Announced at IFA 2017; the 2016 model was the MDR-1000X.", "high",
                List.of(new SourceRef("verge", "The Verge review", "https://www.theverge.com/"))));
    }
}
