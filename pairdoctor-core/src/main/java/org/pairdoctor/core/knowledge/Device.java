package org.pairdoctor.core.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A headset model ({@code devices/<id>.yaml}): how it shows up in scan lists, what it supports, the
 * procedures carried out on it, checked facts and the source document's claims with verdicts.
 *
 * @param modalias    may be null
 * @param procedures  by procedure id, in file order
 */
public record Device(String id, String name, String maker, ScanNames scanNames, String modalias,
                     Bluetooth bluetooth, Map<String, Procedure> procedures, List<Fact> facts,
                     List<SourceClaim> sourceClaims) {
    public Device {
        procedures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(procedures));
        facts = List.copyOf(facts);
        sourceClaims = List.copyOf(sourceClaims);
    }

    public Optional<Procedure> procedure(String procedureId) {
        return Optional.ofNullable(procedures.get(procedureId));
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
