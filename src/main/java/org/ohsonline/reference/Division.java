package org.ohsonline.reference;

import org.ohsonline.shared.RegionCode;

/** An administrative division of the version in force. */
public record Division(String code, String name, String parentCode, RegionCode.Level level) {
}
