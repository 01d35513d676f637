package org.ohsonline.reference.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.ExchangeCodes;

import org.springframework.stereotype.Component;

/** {@link ExchangeCodes} from the catalog {@code exchange-org-codes} (reference migration V18). */
@Component
class ExchangeCodeCatalog implements ExchangeCodes {

	static final String CATALOG = "exchange-org-codes";

	private static final Pattern N9 = Pattern.compile("\\d{9}");

	private final Catalogs catalogs;

	ExchangeCodeCatalog(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@Override
	public Optional<String> orgCode(String creditCode) {
		if (creditCode == null || creditCode.isBlank()) {
			return Optional.empty();
		}
		String code = creditCode.trim().toUpperCase(java.util.Locale.ROOT);
		return this.catalogs.entriesInForce(CATALOG, code, 2)
			.stream()
			.filter(e -> e.code().equals(code))
			.map(e -> e.attributes().get("org_code"))
			.map(v -> v == null ? "" : v.toString().trim())
			// A malformed code would make every exported record fail the national system's check: not used.
			.filter(v -> N9.matcher(v).matches())
			.findFirst();
	}

}
