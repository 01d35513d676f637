package org.ohsonline.enforcement;

import java.util.List;

/**
 * What online monitoring covers of an employer: each hazard factor at each of its posts, and the devices measuring it
 * there now (active, online, calibrated). Complete when the employer has hazard factors and every one is covered.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "EnforcementMonitoringCoverage")
public record MonitoringCoverage(long employerId, List<Hazard> hazards) {

	public MonitoringCoverage {
		hazards = List.copyOf(hazards);
	}

	/** A hazard factor at a post and the codes of the working devices measuring it there. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "EnforcementCoveredHazard")
	public record Hazard(String hazardCode, String hazardName, String postName, List<String> devices) {

		public Hazard {
			devices = List.copyOf(devices);
		}

		public boolean covered() {
			return !this.devices.isEmpty();
		}

	}

	public boolean complete() {
		return !this.hazards.isEmpty() && this.hazards.stream().allMatch(Hazard::covered);
	}

	public long covered() {
		return this.hazards.stream().filter(Hazard::covered).count();
	}

	/** The basis kept on a line marked for non-site inspection: {@code 3/3 2184@打磨岗:DEV-1; …}. */
	public String basis() {
		StringBuilder s = new StringBuilder().append(covered()).append('/').append(this.hazards.size());
		for (Hazard h : this.hazards) {
			s.append(s.indexOf(" ") < 0 ? " " : "; ").append(h.hazardCode()).append('@').append(h.postName()).append(':')
				.append(String.join(",", h.devices()));
		}
		return s.toString();
	}

}
