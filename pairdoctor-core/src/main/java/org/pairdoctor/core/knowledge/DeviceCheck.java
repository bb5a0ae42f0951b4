package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks of one device file that a schema cannot express: capability entries agree with what follows
 * from the rest of the file (a contradiction names both), controls and lights sit on parts of the
 * device's form, procedures hold only the device's buttons and flash only its lights, texts name only its
 * buttons, its Help Guide is a known source, and the generic headset claims no controls.
 */
final class DeviceCheck {
    private final Located<Device> d;
    private final Set<String> sources;
    private final boolean sourcesComplete;
    private final List<KnowledgeError> errors = new ArrayList<>();

    private DeviceCheck(Located<Device> d, Set<String> sources, boolean sourcesComplete) {
        this.d = d;
        this.sources = sources;
        this.sourcesComplete = sourcesComplete;
    }

    /**
     * @param sources         the known source ids
     * @param sourcesComplete false when sources.yaml could not be read, so unknown ids are not reported
     */
    static List<KnowledgeError> check(Located<Device> d, Set<String> sources, boolean sourcesComplete) {
        DeviceCheck c = new DeviceCheck(d, sources, sourcesComplete);
        c.run();
        return c.errors;
    }

    private void run() {
        Device device = d.value();
        capabilities(device);
        Set<String> buttons = ids(device.buttons().stream().map(Device.Button::id).toList(), "/buttons/#/id", "button");
        ids(device.indicators().stream().map(Device.Indicator::id).toList(), "/indicators/#/id", "indicator");
        for (int i = 0; i < device.buttons().size(); i++) {
            part(device, "/buttons/" + i + "/part", device.buttons().get(i).part());
        }
        for (int i = 0; i < device.indicators().size(); i++) {
            part(device, "/indicators/" + i + "/part", device.indicators().get(i).part());
        }
        device.procedures().forEach((id, p) -> procedure(device, "/procedures/" + YamlDocument.segment(id), p, buttons));
        if (device.helpGuide() != null && sourcesComplete && !sources.contains(device.helpGuide())) {
            errors.add(d.error("/helpGuide", "unknown source '" + device.helpGuide() + "' as helpGuide"
                    + hint(device.helpGuide(), sources) + ": add the model's Help Guide to sources.yaml"));
        }
        if (device.generic() && !device.buttons().isEmpty()) {
            errors.add(d.errorAtKey("/buttons", "the generic headset names no buttons: its texts must fit any "
                    + "headset (ask the person, or point to their manual)"));
        }
    }

    private void capabilities(Device device) {
        Map<Capability, Boolean> derived = device.derivedCapabilities();
        device.capabilities().forEach((c, e) -> {
            String at = "/capabilities/" + c.id();
            if (e.sources().isEmpty()) {
                errors.add(d.errorAtKey(at, "capability '" + c.id() + "' has no source: add source: <source-id> "
                        + "(an id from sources.yaml; author-estimate with confidence: low for a guess)"));
            }
            Boolean follows = derived.get(c);
            if (follows != null && follows != e.has()) {
                errors.add(d.error(at + "/has", "capability contradiction: '" + c.id() + "' says has: " + e.has()
                        + " but " + reason(device, c, follows) + "; correct one of them"));
            }
        });
    }

    /** Why a capability follows from the rest of the file, in the file's own terms. */
    private static String reason(Device device, Capability c, boolean follows) {
        return switch (c) {
            case AAC, APTX, APTX_HD, LDAC, LC3 -> "bluetooth.codecs " + (follows ? "lists " : "does not list ") + c.id()
                    + " " + device.bluetooth().codecs();
            case NFC -> "bluetooth.nfc is " + device.bluetooth().nfc();
            case MULTIPOINT, MULTIPOINT_SPLIT -> "bluetooth.multipoint is " + device.bluetooth().multipoint();
            case CHARGING_CASE -> "form is " + device.form().id() + " (earbuds have a charging case)";
            default -> "it follows from the rest of the file";
        };
    }

    private Set<String> ids(List<String> ids, String pointer, String kind) {
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                errors.add(d.error(pointer.replace("#", String.valueOf(i)), "duplicate " + kind + " id '" + ids.get(i) + "'"));
            }
        }
        return seen;
    }

    private void part(Device device, String at, String part) {
        if (!device.form().parts().contains(part)) {
            errors.add(d.error(at, "part '" + part + "' does not exist on a device of form " + device.form().id()
                    + " (parts: " + String.join(", ", device.form().parts()) + ")"));
        }
    }

    private void procedure(Device device, String at, Procedure p, Set<String> buttons) {
        if (p.hold() != null) {
            for (int i = 0; i < p.hold().buttons().size(); i++) {
                String b = p.hold().buttons().get(i);
                if (!buttons.contains(b)) {
                    errors.add(d.error(at + "/hold/buttons/" + i, "hold names button '" + b + "' that device '"
                            + device.id() + "' does not have" + hint(b, buttons) + known("buttons", buttons)));
                }
            }
        }
        if (p.pattern() != null) {
            Set<String> lights = new TreeSet<>(device.indicators().stream().map(Device.Indicator::id).toList());
            device.indicator(p.pattern().light()).ifPresentOrElse(light -> {
                if (!light.colours().contains(p.pattern().colour())) {
                    errors.add(d.error(at + "/pattern/colour", "indicator '" + light.id() + "' cannot show "
                            + p.pattern().colour() + " (its colours: " + String.join(", ", light.colours()) + ")"));
                }
            }, () -> errors.add(d.error(at + "/pattern/light", "pattern names indicator '" + p.pattern().light()
                    + "' that device '" + device.id() + "' does not have" + hint(p.pattern().light(), lights)
                    + known("indicators", lights))));
        }
        JsonNode node = d.doc().root().at(d.pointer() + at);
        texts(node, at, (pointer, text) -> {
            for (String b : Placeholders.buttons(text)) {
                if (!buttons.contains(b)) {
                    errors.add(d.error(pointer, "'{button:" + b + "}' names a button that device '" + device.id()
                            + "' does not have" + hint(b, buttons) + known("buttons", buttons)));
                }
            }
        });
    }

    private static void texts(JsonNode node, String pointer, java.util.function.BiConsumer<String, String> visit) {
        if (node.isTextual()) {
            visit.accept(pointer, node.asText());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> texts(e.getValue(), pointer + "/" + YamlDocument.segment(e.getKey()), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    private static String known(String what, Set<String> ids) {
        return ids.isEmpty() ? " (it declares no " + what + ")" : " (its " + what + ": " + String.join(", ", ids) + ")";
    }

    private static String hint(String id, java.util.Collection<String> known) {
        String near = Spelling.closest(id, new HashSet<>(known));
        return near == null ? "" : "; did you mean '" + near + "'?";
    }
}
