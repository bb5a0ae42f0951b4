package org.pairdoctor.core.session;

import org.pairdoctor.core.model.TroubleshootingModel;

/**
 * Port: gives the model of a problem for a host, with context modifiers applied. The knowledge
 * base implements it; learning wraps it with learned parameters.
 */
public interface ModelSource {
    TroubleshootingModel model(String problemId, String hostId);

    /** The version of learned parameters in use; 0 for the knowledge base's own numbers. */
    default long parametersVersion() {
        return 0;
    }
}
