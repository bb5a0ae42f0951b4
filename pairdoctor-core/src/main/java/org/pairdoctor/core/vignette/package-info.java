/**
 * Vignettes: the knowledge base's own regression suite. Each case is a person as an author imagines
 * them (headset, host, problem, the true cause, what they answer, including their mistakes, which
 * fixes work for them); {@link org.pairdoctor.core.vignette.VignetteRunner} walks a guided session with
 * the app's planner and model source as that person would, and reports the path taken and, for a
 * failure, the step where it went wrong. Files: {@code knowledge/vignettes/<problem-id>.yaml}.
 */
package org.pairdoctor.core.vignette;
