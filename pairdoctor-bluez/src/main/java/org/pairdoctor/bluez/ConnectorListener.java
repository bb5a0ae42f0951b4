package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.Headset;

import java.time.Duration;

/** What the connector tells the user while it works (the terminal draws it; tests record it). */
public interface ConnectorListener {
    void phaseStarted(String name);

    void phaseDone(Phase phase);

    void note(String text);

    /** Shows the pairing-mode instructions and returns when the user says the headset is ready. */
    void awaitPairingMode(Headset headset);

    void scanStarted(Duration timeout);

    /** Called at least every 50 ms while scanning. */
    void scanProgress(Duration elapsed);

    void scanEnded(boolean found);

    /** A listener that shows nothing and never waits. */
    static ConnectorListener silent() {
        return new ConnectorListener() {
            public void phaseStarted(String name) {
            }

            public void phaseDone(Phase phase) {
            }

            public void note(String text) {
            }

            public void awaitPairingMode(Headset headset) {
            }

            public void scanStarted(Duration timeout) {
            }

            public void scanProgress(Duration elapsed) {
            }

            public void scanEnded(boolean found) {
            }
        };
    }
}
