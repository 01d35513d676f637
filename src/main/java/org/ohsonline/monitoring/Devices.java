package org.ohsonline.monitoring;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Monitoring devices within the actor's scope. A device's bearer token ({@code dev_…}) authenticates
 * only the ingestion of that device's readings; it is not a user token and carries no permissions.
 */
public interface Devices {

	DeviceView register(Actor actor, DeviceCommand command);

	DeviceView find(Actor actor, long id);

	/** Devices in scope, optionally of one employer, with their health. */
	Page<DeviceView> search(Actor actor, String region, Long employerId, String q, PageQuery page);

	/**
	 * The devices of many employers with their health, in one statement (a batch of a read model's rebuild): by
	 * employer id, every device (any status) of each employer in the actor's scope; employers without one are absent.
	 */
	java.util.Map<Long, List<DeviceView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds);

	/** Issues a new token for the device, revoking the previous one. */
	IssuedDeviceToken issueToken(Actor actor, long id);

	/** Retires the device: its token stops working, its readings and alerts stay. */
	DeviceView retire(Actor actor, long id);

	/** Rejected readings of a device by reason, most recent first. */
	List<RejectionCount> rejections(Actor actor, long id);

	record RejectionCount(RejectionReason reason, long count, java.time.Instant lastAt, String lastDetail) {
	}

}
