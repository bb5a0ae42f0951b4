package org.pairdoctor.bluez;

/** Port: asks the sound server (PipeWire or PulseAudio; neither is on D-Bus) whether it does Bluetooth. */
public interface AudioServerCheck {
    AudioServer check();
}
