package org.ohsonline.reference.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which directory entries may decide an industry's severity: the class (4 digits), its group (3),
 * division (2) and section (a letter), most specific first ({@link DirectoryEdition} takes the first
 * one it lists). Pure, so the order is tested without a database.
 */
final class SeverityLookup {

	private SeverityLookup() {
	}

	/**
	 * The codes to try, most specific first.
	 * @param industryCode a GB/T 4754-2017 class, group, division or section code
	 * @param section the section of the code's division (from the industries catalog), if known
	 */
	static List<String> candidates(String industryCode, Optional<String> section) {
		List<String> codes = new ArrayList<>();
		if (industryCode == null || industryCode.isBlank()) {
			return codes;
		}
		String code = industryCode.trim().toUpperCase(Locale.ROOT);
		if (code.chars().allMatch(Character::isDigit)) {
			for (int length = Math.min(code.length(), 4); length >= 2; length--) {
				codes.add(code.substring(0, length));
			}
			section.map(String::trim).filter(s -> !s.isEmpty()).ifPresent(codes::add);
		}
		else {
			codes.add(code);
		}
		return codes;
	}

}
