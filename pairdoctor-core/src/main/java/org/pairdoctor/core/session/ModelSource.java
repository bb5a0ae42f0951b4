package org.pairdoctor.core.session;

import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.Optional;

/**
 * Port: gives the model of a problem for a host and a device, with context modifiers applied and the
 * causes and steps that exist for that device, with the numbers of a given version of learned
 * parameters. The knowledge base gives its authored numbers ({@link AuthoredModels}); learning wraps
 * it with learned parameters.
 *
 * <p>Every implementation answers the versioned {@link #model(String, String, String, long)} itself: a
 * session resumed after a new version was learned must replay exactly the steps and numbers it was
 * shown, so a source that does not have a version must fail rather than answer with other numbers.
 */
public interface ModelSource {
    /**
     * The model as it is with a version of learned parameters (0: the knowledge base's own numbers).
     *
     * @param deviceId a device id; null for the source's default device
     * @throws org.pairdoctor.core.PairdoctorException when this source cannot give that version, or the
     *                                                 problem does not exist for the device
     */
    TroubleshootingModel model(String problemId, String hostId, String deviceId, long parametersVersion);

    /** The version of learned parameters new sessions use now; 0 for the knowledge base's own numbers. */
    long parametersVersion();

    /** The model with the numbers new sessions use now ({@link #parametersVersion()}). */
    default TroubleshootingModel model(String problemId, String hostId, String deviceId) {
        return model(problemId, hostId, deviceId, parametersVersion());
    }

    /**
     * How much outcome data stands behind a version's numbers for a problem on a host, so that every
     * figure shown can say whether it is the authors' estimate or learned, from how many sessions;
     * empty when they are the knowledge base's own numbers (the default).
     */
    default Optional<NumberWeights> weights(String problemId, String hostId, long parametersVersion) {
        return Optional.empty();
    }

    /**
     * The device a session's device id stands for (null: the default device) and its family, so that
     * learning can give each device numbers of its own that borrow strength from its family; empty
     * when the source knows no devices (hand-written models), and learning then stops at the host.
     */
    default Optional<DeviceFamily> deviceFamily(String deviceId) {
        return Optional.empty();
    }

    /** A device and the family it belongs to in learning (devices of one family borrow from each other). */
    record DeviceFamily(String device, String family) {
    }
}
