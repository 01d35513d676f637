package org.ohsonline.shared;

import java.util.List;

/**
 * Implemented by every module that adds to the employer and worker timelines; the pages collect
 * from all of them, so no module needs to know who else contributes. Implementations apply the
 * actor's scope themselves and return nothing for records outside it.
 */
public interface TimelineSource {

	List<TimelineEntry> employerTimeline(Actor actor, long employerId);

	List<TimelineEntry> workerTimeline(Actor actor, long workerId);

}
