package org.pairdoctor.bluez;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Bluetooth profile UUIDs that matter for headsets (BlueZ {@code lib/bluetooth/uuid.h}).
 * Pass the remote UUID to ConnectProfile: {@link #A2DP_SINK} for music, {@link #HFP_HANDS_FREE} or
 * {@link #HSP_HEADSET} for calls.
 */
public final class Profiles {
    public static final String A2DP_SOURCE = full("110a");
    public static final String A2DP_SINK = full("110b");
    public static final String AVRCP_TARGET = full("110c");
    public static final String AVRCP_CONTROLLER = full("110e");
    public static final String HSP_HEADSET = full("1108");
    public static final String HSP_GATEWAY = full("1112");
    public static final String HFP_HANDS_FREE = full("111e");
    public static final String HFP_GATEWAY = full("111f");

    private Profiles() {
    }

    /** A 16-bit short UUID in the Bluetooth base UUID. */
    public static String full(String shortUuid) {
        return "0000" + shortUuid.toLowerCase(Locale.ROOT) + "-0000-1000-8000-00805f9b34fb";
    }

    /** Plain names of the headset profiles among {@code uuids}: music (A2DP), calls (HFP/HSP), remote (AVRCP). */
    public static List<String> describe(Set<String> uuids) {
        List<String> out = new ArrayList<>();
        if (uuids.contains(A2DP_SINK)) {
            out.add("music (A2DP)");
        }
        if (uuids.contains(HFP_HANDS_FREE)) {
            out.add("calls (HFP)");
        }
        if (uuids.contains(HSP_HEADSET)) {
            out.add("calls (HSP)");
        }
        if (uuids.contains(AVRCP_TARGET) || uuids.contains(AVRCP_CONTROLLER)) {
            out.add("remote control (AVRCP)");
        }
        return out;
    }
}
