package org.ohsonline.reference.internal;

import java.math.BigDecimal;
import java.util.List;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.Oel;
import org.ohsonline.reference.Oels;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OEL catalog in force. An entry's code is its hazard factor's code, or that code with a suffix
 * when a factor has several rows (total and respirable dust, bands of free silica, altitudes); then
 * the attribute {@code hazardCode} names the factor.
 */
@Service
@Transactional(readOnly = true)
class OelTable implements Oels {

	static final String CATALOG = "oels";

	private final EntriesInForce entries;

	OelTable(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public List<Oel> limitsOf(String hazardCode) {
		if (hazardCode == null || hazardCode.isBlank()) {
			return List.of();
		}
		String code = hazardCode.trim();
		return this.entries.version(CATALOG, this.entries.today())
			.map(version -> this.entries.byCodeOrAttribute(version, "hazardCode", code))
			.orElse(List.of())
			.stream()
			.map(entry -> oel(entry, code))
			.toList();
	}

	static Oel oel(CatalogEntry entry, String hazardCode) {
		String hazard = EntriesInForce.text(entry, "hazardCode");
		return new Oel(hazard == null ? hazardCode : hazard, number(entry, "mac"), number(entry, "pcTwa"),
				number(entry, "pcStel"), EntriesInForce.text(entry, "unit"), EntriesInForce.text(entry, "dustFraction"),
				EntriesInForce.text(entry, "notes"), EntriesInForce.isTrue(entry, "verified"));
	}

	/** A limit; {@link AttributeRules} refuses versions whose limits are not numbers. */
	private static BigDecimal number(CatalogEntry entry, String attribute) {
		String value = EntriesInForce.text(entry, attribute);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("OEL " + entry.code() + " has a non-numeric " + attribute, ex);
		}
	}

}
