package org.ohsonline.registry.internal;

/** The permissions this module checks. */
final class RegistryPermissions {

	static final String EMPLOYER_READ = "registry:employer:read";

	static final String EMPLOYER_WRITE = "registry:employer:write";

	static final String WORKER_READ = "registry:worker:read";

	static final String WORKER_WRITE = "registry:worker:write";

	static final String WORKER_REVEAL = "registry:worker:reveal";

	static final String IMPORT = "registry:import:write";

	private RegistryPermissions() {
	}

}
