/**
 * Value objects and cross-cutting types every module uses: {@link org.ohsonline.shared.Scope}
 * (jurisdiction), {@link org.ohsonline.shared.Actor}, {@link org.ohsonline.shared.RegionCode},
 * masking and PII encryption, paging, and the errors that become RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ohsonline.shared;
