package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.Finding;
import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.probe.Recognition;

import java.util.List;

/** The connector's diagnoses, one factory per failure: the words live here, the flow in {@link Connector}. */
final class Diagnoses {
    private static final String RUN_AGAIN = "then run pairdoctor connect again.";

    private Diagnoses() {
    }

    static Diagnosis bluetoothdNotRunning() {
        return new Diagnosis(Finding.BLUETOOTHD_NOT_RUNNING, "The Bluetooth service (bluetoothd) is not running.",
                "Nothing owns the name org.bluez on the D-Bus system bus, so no program can use Bluetooth.",
                "Start it: sudo systemctl enable --now bluetooth (install the bluez package if it is missing).");
    }

    static Diagnosis noAdapter() {
        return new Diagnosis(Finding.NO_ADAPTER, "This computer has no Bluetooth adapter that BlueZ can use.",
                "bluetoothd runs but reports no adapter: there is none, its driver or firmware did not load, or it "
                        + "is switched off in the firmware setup.",
                "Check that the adapter shows in `lsusb`/`lspci` and in `dmesg | grep -i bluetooth` (missing "
                        + "firmware is common: install your distribution's firmware package, e.g. firmware-realtek "
                        + "or linux-firmware), or plug in a USB Bluetooth adapter.");
    }

    static Diagnosis adapterNotFound(String wanted, List<BluetoothAdapter> adapters) {
        return new Diagnosis(Finding.ADAPTER_NOT_FOUND, "There is no adapter '" + wanted + "'.",
                "BlueZ knows these adapters: " + String.join(", ", adapters.stream().map(BluetoothAdapter::name).toList()) + ".",
                "Run again with --adapter " + adapters.get(0).name() + " (or leave --adapter out).");
    }

    static Diagnosis hardBlocked() {
        return new Diagnosis(Finding.RFKILL_BLOCKED, "Bluetooth is switched off by a hardware switch.",
                "rfkill reports a hard block: a wireless switch, an airplane-mode key, or a firmware (BIOS/UEFI) "
                        + "setting turns the radio off, and no software can turn it back on.",
                "Flip the laptop's wireless switch or press its airplane-mode key (often Fn plus a key with an "
                        + "antenna), or enable Bluetooth in the firmware setup; " + RUN_AGAIN);
    }

    static Diagnosis softBlocked() {
        return new Diagnosis(Finding.RFKILL_BLOCKED, "Bluetooth is blocked by rfkill (airplane mode).",
                "rfkill reports a soft block on the Bluetooth radio, so BlueZ cannot power the adapter.",
                "Run: rfkill unblock bluetooth (or turn airplane mode off), " + RUN_AGAIN);
    }

    static Diagnosis blockedWhilePowering(BluezException e) {
        return new Diagnosis(Finding.RFKILL_BLOCKED, "Bluetooth is blocked (rfkill).",
                "BlueZ refused to power the adapter: " + e.getMessage() + ".",
                "Run: rfkill unblock bluetooth (or turn airplane mode off), " + RUN_AGAIN);
    }

    static Diagnosis powerFailed(BluetoothAdapter adapter, String detail) {
        return new Diagnosis(Finding.POWER_FAILED, "The adapter " + adapter.name() + " does not switch on.",
                "Powering it failed: " + detail + ".",
                "Try: bluetoothctl power on; if that fails too, restart the service (sudo systemctl restart bluetooth) "
                        + "and check dmesg for adapter errors.");
    }

    static Diagnosis notFound(Headset headset, long seconds, boolean leSeen) {
        if (leSeen) {
            return new Diagnosis(Finding.ONLY_LE_ENTRY_FOUND,
                    "Only the headset's Bluetooth LE entry showed up, not the one to pair for audio.",
                    "Its LE entry (e.g. LE_" + first(headset.classicNames()) + ") is always visible; the classic "
                            + "entry appears only in pairing mode, so the headset is probably not in pairing mode.",
                    pairingFix(headset));
        }
        return new Diagnosis(Finding.DEVICE_NOT_FOUND,
                "The headset did not show up in " + seconds + " seconds of scanning.",
                "It is most likely not in pairing mode (or it is off, out of range, or connected to another device).",
                pairingFix(headset));
    }

    /** The address asked for is a headset's LE entry, which carries no audio: pairdoctor does not pair it. */
    static Diagnosis leEntryChosen(BluetoothDevice device, Headset headset) {
        String name = device.displayName();
        String twin = Recognition.classicTwinOf(name).orElse(first(headset.classicNames()));
        return new Diagnosis(Finding.ONLY_LE_ENTRY_FOUND,
                device.address() + " is " + name + ", the headset's Bluetooth LE entry: pairdoctor does not pair it.",
                "The LE entry carries no sound; only the classic entry (" + twin + ") plays music and takes calls, "
                        + "and it appears only in pairing mode.",
                "Put the headset in pairing mode, then run pairdoctor connect --device \"" + twin + "\".");
    }

    static Diagnosis pairingRejected(BluetoothDevice device, BluezException e) {
        return new Diagnosis(Finding.PAIRING_REJECTED, "The headset refused the pairing.",
                "BlueZ says " + e.getMessage() + ": the headset left pairing mode, or it still holds an old "
                        + "pairing with this computer.",
                "Put the headset in pairing mode again and run pairdoctor connect again; if it is refused "
                        + "again, remove the headset here (bluetoothctl remove " + device.address()
                        + ") and reset the headset's pairing memory.");
    }

    static Diagnosis pairingFailed(BluezException e) {
        return new Diagnosis(Finding.PAIRING_FAILED, "Pairing failed.", "BlueZ says " + e.getMessage() + ".",
                "Put the headset in pairing mode again, keep it close, and run pairdoctor connect again.");
    }

    static Diagnosis connectFailed(BluetoothDevice device, BluezException e) {
        return new Diagnosis(Finding.CONNECT_FAILED, "Connecting failed.", "BlueZ says " + e.getMessage() + ".",
                "Turn the headset off and on, then run pairdoctor connect again; if it keeps failing, remove the "
                        + "pairing (bluetoothctl remove " + device.address() + ") and pair again.");
    }

    static Diagnosis musicProfileFailed(BluezException e) {
        return new Diagnosis(Finding.MUSIC_PROFILE_FAILED,
                "The headset is connected but the music profile (A2DP) is not.",
                "BlueZ says " + e.getMessage() + ". The headset may be playing music for another device "
                        + "(multipoint) or be stuck in the call profile.",
                "Disconnect it from your phone, or turn it off and on, " + RUN_AGAIN);
    }

    static Diagnosis audioServerMissing(BluezException e, AudioServer server) {
        return new Diagnosis(Finding.AUDIO_SERVER_MISSING,
                "Paired, but the audio connection failed: BlueZ has no audio profile to connect.",
                "BlueZ says " + e.getMessage() + ". That means no sound server (PipeWire or PulseAudio) registered "
                        + "its Bluetooth audio endpoint with BlueZ (" + server.detail() + ").",
                server.fix() + " Then run pairdoctor connect again.");
    }

    static Diagnosis pageTimeout(BluezException e) {
        return new Diagnosis(Finding.PAGE_TIMEOUT, "The headset did not answer.",
                "BlueZ says " + e.getMessage() + " (page timeout): the headset is off, out of range, or no longer "
                        + "in pairing mode.",
                "Turn the headset on, keep it within a metre, put it in pairing mode again and run pairdoctor connect "
                        + "again.");
    }

    static Diagnosis staleKey() {
        return new Diagnosis(Finding.STALE_KEY, "Pairing fails even after removing the old pairing.",
                "The headset and this computer disagree about their pairing key, and removing it here did not help: "
                        + "the headset probably still holds the old pairing.",
                "Reset the headset's pairing memory (see its manual), put it in pairing mode and run pairdoctor connect "
                        + "again.");
    }

    /** A BlueZ error the flow did not expect where it happened. */
    static Diagnosis unexpected(BluezException e) {
        if (e.error() == BluezError.NO_BUS) {
            return noBus(e.reason() + ".");
        }
        if (e.error() == BluezError.SERVICE_UNKNOWN) {
            return new Diagnosis(Finding.BLUETOOTHD_NOT_RUNNING, "The Bluetooth service (bluetoothd) stopped.",
                    "BlueZ answered " + e.getMessage() + ".",
                    "Start it: sudo systemctl restart bluetooth, " + RUN_AGAIN);
        }
        return new Diagnosis(Finding.BLUEZ_ERROR, "BlueZ reported an error.", "BlueZ says " + e.getMessage() + ".",
                "Run pairdoctor connect again; if it repeats, restart the service (sudo systemctl restart bluetooth).");
    }

    /** No system bus to talk to BlueZ over. */
    static Diagnosis noBus(String why) {
        return new Diagnosis(Finding.NO_BUS, "There is no D-Bus system bus to talk to BlueZ.", why,
                "Run pairdoctor on the Linux machine itself, as a normal user of a desktop session (not in a "
                        + "minimal container); on a server, install and start dbus and bluez.");
    }

    private static String pairingFix(Headset headset) {
        return "Put it in pairing mode: " + String.join(" ", headset.pairingInstructions())
                + " Keep it within a metre of the computer, then run pairdoctor connect again.";
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? "..." : names.get(0);
    }
}
