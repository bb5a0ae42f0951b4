package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.Finding;

import java.util.List;

/**
 * Why the connector stopped, and what to do about it, in the user's words. The kind of failure is
 * the core's {@link Finding}, which also decides the problems a guided session works on.
 *
 * @param what what failed, in the user's words
 * @param why the cause, as far as the connector can tell
 * @param fix what to do now
 */
public record Diagnosis(Finding finding, String what, String why, String fix) {
    /** Knowledge-base problem ids for the guided troubleshooter, best first (the finding's). */
    public List<String> problems() {
        return finding.problems();
    }
}
