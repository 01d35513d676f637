package org.ohsonline.cdcmonitoring;

/**
 * How a disagreement between a survey and its re-check is settled.
 *
 * @param decision {@code ORIGINAL}: the survey stands; {@code RECHECK}: the re-checked values replace it
 * @param note why (required)
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringQcResolution")
public record QcResolution(String decision, String note) {
}
