package org.ohsonline.agency;

import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The public directory of agencies and institutions (the "transparent list" employers choose from): every
 * organisation whose qualification is not revoked, with its scope, rating and blacklist status. Published by the
 * commission: no scope applied, no person named.
 */
public interface AgencyDirectory {

	Page<DirectoryEntry> search(DirectoryFilter filter, PageQuery page);

}
