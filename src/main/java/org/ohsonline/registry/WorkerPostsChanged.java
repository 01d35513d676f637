package org.ohsonline.registry;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A worker's post changed within an employment (调岗), from the day {@code changedOn}. Hazard codes
 * are those of the posts at the time of the change ({@code null} post: none). Consumers react to the
 * hazards added (a pre-placement exam before the new hazardous work, 职业病防治法 Art. 35) and removed
 * (an exit exam when leaving the hazardous work, GBZ 188 离岗时).
 */
public record WorkerPostsChanged(long employmentId, long workerId, long employerId, String regionCode, Long oldPostId,
		Long newPostId, List<String> oldHazardCodes, List<String> newHazardCodes, LocalDate changedOn) {

	public WorkerPostsChanged {
		oldHazardCodes = List.copyOf(oldHazardCodes);
		newHazardCodes = List.copyOf(newHazardCodes);
	}

	/** Hazards of the new post the old one did not have. */
	public List<String> addedHazardCodes() {
		Set<String> added = new LinkedHashSet<>(this.newHazardCodes);
		this.oldHazardCodes.forEach(added::remove);
		return List.copyOf(added);
	}

	/** Hazards of the old post the new one does not have. */
	public List<String> removedHazardCodes() {
		Set<String> removed = new LinkedHashSet<>(this.oldHazardCodes);
		this.newHazardCodes.forEach(removed::remove);
		return List.copyOf(removed);
	}

}
