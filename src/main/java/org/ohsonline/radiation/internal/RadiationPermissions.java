package org.ohsonline.radiation.internal;

/** The radiation module's permissions (iam migration V27). */
final class RadiationPermissions {

	static final String WORKER_READ = "radiation:worker:read";

	static final String WORKER_WRITE = "radiation:worker:write";

	static final String DOSE_READ = "radiation:dose:read";

	static final String DOSE_WRITE = "radiation:dose:write";

	static final String ANSWER = "radiation:investigation:answer";

	static final String RATE_READ = "radiation:rate:read";

	private RadiationPermissions() {
	}

}
