package org.pairdoctor.core.knowledge;

/**
 * Port: the words of a problem's steps and causes, rendered for a host and a device, as the core's
 * prompts need them. {@link KnowledgeBase} implements it; adapters' tests may use a small
 * hand-written one. Implementations are thread-safe.
 */
public interface StepTexts {
    /** One step (action, question or escalation) of a problem, rendered for the host and device. */
    StepText stepText(String problemId, String stepId, String hostId, String deviceId);

    /** A cause's title in plain words. */
    String causeTitle(String problemId, String causeId);

    /** {@code estimate} or {@code data}: where the numbers of a cause come from. */
    String causeBasis(String problemId, String causeId);

    /** Where the person can get help with the headset (support page, phone, Help Guide); NONE when unknown. */
    default DeviceHelp deviceHelp(String deviceId) {
        return DeviceHelp.NONE;
    }
}
