package org.ohsonline.registry;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Sites, workshops, posts and their hazard factors, as one employer's structure. */
public final class StructureViews {

	private StructureViews() {
	}

	public record Site(long id, String name, String address, String industryCode, List<Workshop> workshops) {
	}

	public record Workshop(long id, String name, List<Post> posts) {
	}

	/** A post (岗位) and its exposure pattern. */
	public record Post(long id, String name, BigDecimal hoursPerDay, BigDecimal daysPerWeek, int exposedHeadcount,
			List<Hazard> hazards) {
	}

	/** A hazard factor at a post, with its catalogue name. */
	@Schema(name = "PostHazard")
	public record Hazard(String code, String name) {
	}

}
