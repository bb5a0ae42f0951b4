package org.pairdoctor.core.knowledge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A headset model ({@code devices/<id>.yaml}): its form and family, how it shows up in scan lists,
 * what it supports, its controls and lights, the procedures carried out on it, checked facts and the
 * source document's claims with verdicts.
 *
 * @param family       devices of one family borrow strength from each other in learning and statistics;
 *                     the device's own id when the file names none
 * @param generic      true for the generic headset, whose texts claim nothing model-specific
 * @param helpGuide    the source id of the model's Help Guide; may be null
 * @param support      where escalation sends the person; may be null
 * @param modalias     may be null
 * @param capabilities the explicit {@code capabilities:} entries, in file order
 * @param procedures   by procedure id, in file order
 */
public record Device(String id, String name, String maker, Form form, String family, boolean generic,
                     String helpGuide, Support support, ScanNames scanNames, String modalias,
                     Bluetooth bluetooth, Map<Capability, CapabilityEntry> capabilities, List<Button> buttons,
                     List<Indicator> indicators, Map<String, Procedure> procedures, List<Fact> facts,
                     List<SourceClaim> sourceClaims) {
    public Device {
        capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(capabilities));
        buttons = List.copyOf(buttons);
        indicators = List.copyOf(indicators);
        procedures = Collections.unmodifiableMap(new LinkedHashMap<>(procedures));
        facts = List.copyOf(facts);
        sourceClaims = List.copyOf(sourceClaims);
    }

    public Optional<Procedure> procedure(String procedureId) {
        return Optional.ofNullable(procedures.get(procedureId));
    }

    public Optional<Button> button(String buttonId) {
        return buttons.stream().filter(b -> b.id().equals(buttonId)).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * Whether the device has a capability: its explicit entry, else what follows from its other
     * fields ({@link #derivedCapabilities()}), else not.
     */
    public boolean has(Capability c) {
        CapabilityEntry e = capabilities.get(c);
        if (e != null) {
            return e.has();
        }
        return derivedCapabilities().getOrDefault(c, false);
    }

    /**
     * What follows from the rest of the file: the codecs give aac, aptx, aptx-hd, ldac and lc3 (present
     * or absent); {@code bluetooth.nfc} gives nfc; {@code bluetooth.multipoint} gives multipoint (full)
     * and multipoint-split (music-and-calls-split); earbuds have a charging case. An explicit entry
     * that disagrees is a contradiction ({@code kb check} reports it).
     */
    public Map<Capability, Boolean> derivedCapabilities() {
        Map<Capability, Boolean> out = new EnumMap<>(Capability.class);
        List<String> codecs = bluetooth.codecs();
        out.put(Capability.AAC, codecs.contains("aac"));
        out.put(Capability.APTX, codecs.contains("aptx"));
        out.put(Capability.APTX_HD, codecs.contains("aptx-hd"));
        out.put(Capability.LDAC, codecs.contains("ldac"));
        out.put(Capability.LC3, codecs.contains("lc3"));
        if (bluetooth.nfc() != null) {
            out.put(Capability.NFC, bluetooth.nfc());
        }
        switch (bluetooth.multipoint()) {
            case "full" -> out.put(Capability.MULTIPOINT, true);
            case "music-and-calls-split" -> {
                out.put(Capability.MULTIPOINT, false);
                out.put(Capability.MULTIPOINT_SPLIT, true);
            }
            default -> {
                out.put(Capability.MULTIPOINT, false);
                out.put(Capability.MULTIPOINT_SPLIT, false);
            }
        }
        if (form == Form.EARBUDS) {
            out.put(Capability.CHARGING_CASE, true);
        }
        return out;
    }

    /** The shape of the headset, which decides the parts its controls sit on. */
    public enum Form {
        OVER_EAR, EARBUDS, OTHER;

        /** The YAML id, e.g. {@code over-ear}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Form ofId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        /** The parts a control or light of this form can sit on. */
        public List<String> parts() {
            return switch (this) {
                case OVER_EAR -> List.of("left", "right");
                case EARBUDS -> List.of("left", "right", "case");
                case OTHER -> List.of("body");
            };
        }
    }

    /**
     * One explicit capability entry.
     *
     * @param how what the person must do to use it (e.g. switch it on in the app); may be null
     */
    public record CapabilityEntry(boolean has, String how, List<String> sources, String confidence, String note) {
        public CapabilityEntry {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A control, for {@code {button:ID}} in texts and for the drawing.
     *
     * @param kind button, touch-panel, touch-sensor, case-button or nfc-mark
     * @param part where it sits (see {@link Form#parts()})
     * @param x    0..1 within the part's outline, from the left
     * @param y    0..1 within the part's outline, from the top
     */
    public record Button(String id, String label, String kind, String part, double x, double y) {
    }

    /** A light, with the colours it can show. */
    public record Indicator(String id, String part, double x, double y, List<String> colours) {
        public Indicator {
            colours = List.copyOf(colours);
        }
    }

    /**
     * Where escalation sends the person; every field but the source may be null.
     *
     * @param phone only a number a source gives
     */
    public record Support(String url, String phone, String source) {
    }

    /**
     * Names as they appear in a scan list.
     *
     * @param classic the entries to pair for audio
     * @param le      Bluetooth LE entries (e.g. Sony's {@code LE_} names) that must not be paired for audio
     */
    public record ScanNames(List<String> classic, List<String> le) {
        public ScanNames {
            classic = List.copyOf(classic);
            le = List.copyOf(le);
        }
    }

    /**
     * What the device supports.
     *
     * @param multipoint     none, music-and-calls-split or full
     * @param pairingMemory  how many hosts it remembers; null when unknown
     * @param rangeMeters    null when unknown
     */
    public record Bluetooth(String version, List<String> profiles, List<String> codecs, String multipoint,
                            Integer pairingMemory, Boolean nfc, Double rangeMeters) {
        public Bluetooth {
            profiles = List.copyOf(profiles);
            codecs = List.copyOf(codecs);
        }
    }
}
