package org.ohsonline.registry;

/**
 * The register recomputed every employer's hazard severity against the risk directory version in
 * force (a new version was loaded or took effect) and changed the class of {@code changed} of them.
 * Modules that keep something by severity (the testing clocks) bring it in line; the list of changes
 * is the run's, viewable by administrators.
 *
 * @param runId the recorded run
 * @param catalogEdition the directory edition the employers now follow
 * @param changed employers whose class changed
 */
public record EmployerSeveritiesRecomputed(long runId, String catalogEdition, int changed) {
}
