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

	/** Issues a new token for the device, revoking the previous one. */
	IssuedDeviceToken issueToken(Actor actor, long id);

	/** Retires the device: its token stops working, its readings and alerts stay. */
	DeviceView retire(Actor actor, long id);

	/** Rejected readings of a device by reason, most recent first. */
	List<RejectionCount> rejections(Actor actor, long id);

	record RejectionCount(RejectionReason reason, long count, java.time.Instant lastAt, String lastDetail) {
	}

}
