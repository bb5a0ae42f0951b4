package org.pairdoctor.core.probe;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecognitionTest {
    static final Headset XM4 = new Headset("Sony WF-1000XM4", List.of("WF-1000XM4"), List.of("LE_WF-1000XM4"),
            List.of("Hold both touch sensors for about 5 seconds."));
    static final Headset WH5 = new Headset("Sony WH-1000XM5", List.of("WH-1000XM5"), List.of("LE_WH-1000XM5"),
            List.of("Hold the power button for about 5 seconds."));
    static final Map<String, Headset> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("sony-wf-1000xm4", XM4);
        KNOWN.put("sony-wh-1000xm5", WH5);
    }

    @Test
    void aClassicNameIsRecognisedIgnoringCaseAndBlanks() {
        assertThat(Recognition.of(" wf-1000xm4 ", KNOWN)).contains(new Recognition("sony-wf-1000xm4", XM4, false));
        assertThat(Recognition.of("WH-1000XM5", KNOWN)).contains(new Recognition("sony-wh-1000xm5", WH5, false));
    }

    @Test
    void anLeNameIsRecognisedAsTheLeEntryAndNamesTheEntryToPair() {
        Recognition r = Recognition.of("LE_WF-1000XM4", KNOWN).orElseThrow();
        assertThat(r.leEntry()).isTrue();
        assertThat(r.deviceId()).isEqualTo("sony-wf-1000xm4");
        assertThat(r.pairInstead()).isEqualTo("WF-1000XM4");
    }

    @Test
    void unknownAndEmptyNamesAreNotRecognised() {
        assertThat(Recognition.of("WF-1000XM9", KNOWN)).isEmpty();
        assertThat(Recognition.of("  ", KNOWN)).isEmpty();
        assertThat(Recognition.of(null, KNOWN)).isEmpty();
        assertThat(Recognition.of("04:5D:4B:AA:BB:CC", KNOWN)).isEmpty();
    }

    @Test
    void theClassicTwinOfAnUnknownLeNameIsTheRestOfTheName() {
        assertThat(Recognition.classicTwinOf("LE_Acme AH-100")).contains("Acme AH-100");
        assertThat(Recognition.classicTwinOf("Acme AH-100")).isEmpty();
        assertThat(Recognition.classicTwinOf("LE_")).isEmpty();
    }
}
