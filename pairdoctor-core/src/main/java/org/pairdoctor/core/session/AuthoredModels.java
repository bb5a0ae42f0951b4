package org.pairdoctor.core.session;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.model.TroubleshootingModel;

/**
 * A {@link ModelSource} with the authored numbers only (version 0): the knowledge base, a simulation's
 * catalog, a test's hand-written models. Asked for a learned version it fails instead of answering
 * with its own numbers: a command that resumes a session must be wired with the learned parameters
 * (see the command line's composition root), or the session would be replayed with other numbers
 * than it was shown.
 */
@FunctionalInterface
public interface AuthoredModels extends ModelSource {
    /** The model with the authored numbers; {@code deviceId} null for the source's default device. */
    @Override
    TroubleshootingModel model(String problemId, String hostId, String deviceId);

    @Override
    default TroubleshootingModel model(String problemId, String hostId, String deviceId, long parametersVersion) {
        if (parametersVersion != 0) {
            throw new PairdoctorException(Failure.INTERNAL, "version " + parametersVersion + " of the learned "
                    + "parameters was asked of a source that has only the knowledge base's own numbers");
        }
        return model(problemId, hostId, deviceId);
    }

    /** Whether the problem exists for the device (null: the default device); every problem does unless told. */
    default boolean exists(String problemId, String deviceId) {
        return true;
    }

    @Override
    default long parametersVersion() {
        return 0;
    }
}
