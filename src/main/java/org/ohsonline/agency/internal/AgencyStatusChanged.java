package org.ohsonline.agency.internal;

import org.ohsonline.agency.AgencyStatus;

/** An organisation was suspended, resumed or revoked (the module's own event: ratings and blacklist triggers). */
public record AgencyStatusChanged(long agencyId, AgencyStatus status) {
}
