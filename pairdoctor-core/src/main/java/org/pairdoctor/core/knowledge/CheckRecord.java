package org.pairdoctor.core.knowledge;

/**
 * What earlier loads concluded about knowledge files: a port, kept where its adapter likes.
 *
 * <p>Checking a knowledge base in full (schemas, cross-references, every step rendered for every host
 * and headset, every model flattened) takes seconds, and its verdict depends only on the files' bytes
 * and the checking code. A load given a record that says "these exact files passed" reads and binds them
 * without checking again and flattens models when first asked for; any other load checks everything and,
 * when nothing is wrong, records the pass. A fingerprint never passes unless a full check of the same
 * bytes did: the adapter must make it name the checking code too (a new build checks again).
 */
public interface CheckRecord {
    /** No memory: every load checks everything (tests, {@code kb check}). */
    CheckRecord NONE = new CheckRecord() {
        @Override
        public boolean passed(String fingerprint) {
            return false;
        }

        @Override
        public void pass(String fingerprint) {
            // nothing kept
        }
    };

    /** Whether a full check of the files with this fingerprint found nothing wrong. */
    boolean passed(String fingerprint);

    /** A full check of the files with this fingerprint found nothing wrong. */
    void pass(String fingerprint);
}
