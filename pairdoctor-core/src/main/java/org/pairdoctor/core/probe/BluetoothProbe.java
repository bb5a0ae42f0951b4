package org.pairdoctor.core.probe;

/**
 * The core's port to a computer's Bluetooth stack (the Linux connector implements it over BlueZ):
 * it tries to get the headset connected and reports, as typed evidence, what it found. The core
 * turns a report into a guided session's problem and pre-answered questions ({@link ProbeHandOver});
 * an implementation knows nothing of the knowledge base.
 *
 * <p>Implementations may block for as long as the request's scan timeout plus the user's time to put
 * the headset in pairing mode; whether one instance may be reused is theirs to say.
 */
public interface BluetoothProbe {
    /**
     * Runs the probe once. A Bluetooth failure is a report with a {@link Finding}, never an exception.
     */
    ProbeReport probe(ConnectRequest request);
}
