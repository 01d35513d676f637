package org.ohsonline.grid;

import java.util.List;

/**
 * A person's quarterly appraisal sheet (季度考核表): the grids they were assigned to on the quarter's reference day, in
 * which role, and the KPIs of all those grids' employers together with their points and total score.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "GridAppraisal")
public record Appraisal(long userId, String userName, String countyCode, List<Post> posts, KpiSheet sheet) {

	public Appraisal {
		posts = List.copyOf(posts);
	}

	/** A grid the person held and the role. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "GridAppraisalPost")
	public record Post(long gridId, String gridName, GridRole role) {
	}

}
