package org.pairdoctor.core.probe;

import java.time.Duration;
import java.util.Optional;

/**
 * What a {@link BluetoothProbe} is asked to do (for {@code pairdoctor connect}).
 *
 * @param device a name or address the user gave; empty means "the headset's classic scan names"
 * @param adapter e.g. {@code hci1}; empty means the first powered adapter, else the first one
 * @param assumeReady the headset is already in pairing mode: do not ask
 * @param scanTimeout how long to look for the headset before giving up
 */
public record ConnectRequest(Optional<String> device, Optional<String> adapter, boolean assumeReady,
                             Duration scanTimeout, Headset headset) {
}
