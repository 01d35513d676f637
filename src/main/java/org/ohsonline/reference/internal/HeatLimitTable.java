package org.ohsonline.reference.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.HeatLimit;
import org.ohsonline.reference.HeatLimits;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog {@code heat-limits}: entries of kind {@code limit} carry {@code intensity} (I–IV),
 * {@code timeShare} (per cent) and {@code limit} (°C WBGT); one entry of kind
 * {@code outdoorAdjustment} carries the design-temperature {@code threshold} and the
 * {@code adjustment} added where it is reached. The columns are read from the data, not assumed.
 */
@Service
@Transactional(readOnly = true)
class HeatLimitTable implements HeatLimits {

	static final String CATALOG = "heat-limits";

	static final String LIMIT = "limit";

	static final String OUTDOOR_ADJUSTMENT = "outdoorAdjustment";

	private final EntriesInForce entries;

	HeatLimitTable(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public Optional<HeatLimit> limitFor(LabourIntensity intensity, int timeSharePercent, boolean hotOutdoor,
			LocalDate on) {
		if (intensity == null) {
			throw InvalidInputException.of("intensity", "reference.heat.intensityRequired");
		}
		if (timeSharePercent < 1 || timeSharePercent > 100) {
			throw InvalidInputException.of("timeSharePercent", "reference.heat.timeShareInvalid", timeSharePercent);
		}
		Optional<CatalogVersion> version = this.entries.version(CATALOG, on);
		if (version.isEmpty()) {
			return Optional.empty();
		}
		List<CatalogEntry> all = this.entries.all(version.get());
		Optional<CatalogEntry> column = all.stream()
			.filter(e -> LIMIT.equals(EntriesInForce.text(e, "kind")))
			.filter(e -> intensity.name().equals(EntriesInForce.text(e, "intensity")))
			.filter(e -> share(e) >= timeSharePercent)
			.min(Comparator.comparingInt(HeatLimitTable::share));
		if (column.isEmpty()) {
			return Optional.empty();
		}
		Optional<CatalogEntry> outdoor = hotOutdoor
				? all.stream().filter(e -> OUTDOOR_ADJUSTMENT.equals(EntriesInForce.text(e, "kind"))).findFirst()
				: Optional.empty();
		BigDecimal tableLimit = new BigDecimal(EntriesInForce.text(column.get(), LIMIT));
		BigDecimal adjustment = outdoor.map(e -> new BigDecimal(EntriesInForce.text(e, "adjustment")))
			.orElse(BigDecimal.ZERO);
		boolean verified = EntriesInForce.isTrue(column.get(), "verified")
				&& outdoor.map(e -> EntriesInForce.isTrue(e, "verified")).orElse(true);
		String unit = EntriesInForce.text(column.get(), "unit");
		return Optional.of(new HeatLimit(intensity, timeSharePercent, share(column.get()), tableLimit, adjustment,
				tableLimit.add(adjustment), unit == null ? "°C WBGT" : unit, version.get().edition(),
				version.get().source(), verified));
	}

	/** The column's time share; {@link AttributeRules} refuses versions where it is not a whole 1–100. */
	private static int share(CatalogEntry entry) {
		return new BigDecimal(EntriesInForce.text(entry, "timeShare")).intValueExact();
	}

}
