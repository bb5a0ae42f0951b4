package org.pairdoctor.core.session;

import org.pairdoctor.core.model.TroubleshootingModel;

/**
 * Port: gives the model of a problem for a host, with context modifiers applied. The knowledge
 * base implements it; learning wraps it with learned parameters.
 */
public interface ModelSource {
    TroubleshootingModel model(String problemId, String hostId);

    /**
     * The model as it was with a given version of learned parameters, so that a session resumed
     * after a new version was learned replays exactly the steps it was shown. Sources without
     * learned parameters ignore the version.
     */
    default TroubleshootingModel model(String problemId, String hostId, long parametersVersion) {
        return model(problemId, hostId);
    }

    /** The version of learned parameters in use; 0 for the knowledge base's own numbers. */
    default long parametersVersion() {
        return 0;
    }
}
