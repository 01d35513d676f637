package org.ohsonline.cdcmonitoring;

/**
 * What a county is to do in a project.
 *
 * @param countyCode the county (GB/T 2260, six digits)
 * @param employers employers to survey: the sample's size in the county
 * @param workers workers to examine
 * @param hazards hazard points to sample
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringTarget")
public record Target(String countyCode, int employers, int workers, int hazards) {
}
