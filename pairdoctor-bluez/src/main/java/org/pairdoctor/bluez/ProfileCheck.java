package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.Probe;

import java.util.List;
import java.util.Locale;

/**
 * Connects the music profile (A2DP, the only success) and a call profile (HFP, else HSP) of a
 * connected headset, and says why when music cannot connect. One per run.
 */
final class ProfileCheck {
    private final BluezClient client;
    private final AudioServerCheck audio;
    private final Timeline timeline;

    ProfileCheck(BluezClient client, AudioServerCheck audio, Timeline timeline) {
        this.client = client;
        this.audio = audio;
        this.timeline = timeline;
    }

    /** Connects music, or ends the run with a diagnosis; returns whether calls connected too. */
    boolean connect(BluetoothDevice device) {
        timeline.begin("profiles");
        try {
            client.connectProfile(device.path(), Profiles.A2DP_SINK);
            timeline.read(Probe.PROFILE_CONNECTED, "a2dp-active");
        } catch (BluezException e) {
            if (e.error() == BluezError.ALREADY_CONNECTED) {
                timeline.read(Probe.PROFILE_CONNECTED, "a2dp-active");
            } else {
                timeline.read(Probe.PROFILE_CONNECTED, "headset-or-none");
                if (e.profileUnavailable()) {
                    timeline.end("music profile unavailable (" + e.getMessage() + ")");
                    throw new Connector.Stop(audioServerMissing(e), device);
                }
                timeline.end("music profile failed (" + e.getMessage() + ")");
                throw new Connector.Stop(Diagnoses.musicProfileFailed(e), device);
            }
        }
        boolean calls = connectCalls(device);
        timeline.end("music" + (calls ? " and calls" : " only"));
        return calls;
    }

    /** The diagnosis for "no audio profile to connect", with what the audio server check found. */
    Diagnosis audioServerMissing(BluezException e) {
        AudioServer server = audio.check();
        timeline.read(Probe.AUDIO_SERVER, server.kind().name().toLowerCase(Locale.ROOT));
        timeline.read(Probe.A2DP_SOURCE_REGISTERED, "missing");
        return Diagnoses.audioServerMissing(e, server);
    }

    private boolean connectCalls(BluetoothDevice device) {
        BluezException last = null;
        for (String uuid : List.of(Profiles.HFP_HANDS_FREE, Profiles.HSP_HEADSET)) {
            try {
                client.connectProfile(device.path(), uuid);
                timeline.read(Probe.CALL_PROFILE, "connected");
                return true;
            } catch (BluezException e) {
                if (e.error() == BluezError.ALREADY_CONNECTED) {
                    timeline.read(Probe.CALL_PROFILE, "connected");
                    return true;
                }
                last = e;
            }
        }
        timeline.read(Probe.CALL_PROFILE, "failed");
        timeline.note("The call profile (HFP/HSP) did not connect (" + last.getMessage() + "): music works, the "
                + "microphone will not. PipeWire needs its HFP backend (native or oFono) for calls.");
        return false;
    }
}
