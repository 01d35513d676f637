package org.ohsonline.reference.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.GradingTables;
import org.ohsonline.reference.JobGrade;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.SilicaBand;
import org.ohsonline.reference.ToxicityClass;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four job-grading catalogs. Each entry has a {@code kind}: {@code toxicityWeight}
 * ({@code toxicityClass}, {@code weight}), {@code silicaWeight} ({@code silicaBand}, {@code weight}),
 * {@code labourWeight} ({@code intensity}, {@code weight}), {@code exposureWeight}
 * ({@code zeroAtOrBelow}, {@code subtract}), {@code band} ({@code grade} with {@code upTo} for the
 * product indices or {@code from} for noise) and {@code cell} for heat ({@code intensity},
 * {@code shareAbove}, {@code shareUpTo}, {@code wbgtFrom}, optional {@code wbgtBelow}, and
 * {@code grade}, blank for beyond the table). {@link AttributeRules} refuses a version whose entries
 * miss what their kind needs.
 */
@Service
@Transactional(readOnly = true)
class GradingCatalogs implements GradingTables {

	static final String CHEMICAL = "chemical-grading";

	static final String DUST = "dust-grading";

	static final String NOISE = "noise-grading";

	static final String HEAT = "heat-grading";

	static final Set<String> CATALOGS = Set.of(CHEMICAL, DUST, NOISE, HEAT);

	/** Numeric attributes of the grading catalogs. */
	static final Set<String> NUMBERS = Set.of("weight", "zeroAtOrBelow", "subtract", "upTo", "from", "shareAbove",
			"shareUpTo", "wbgtFrom", "wbgtBelow");

	private final EntriesInForce entries;

	GradingCatalogs(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public Optional<ChemicalTable> chemical(LocalDate on) {
		return read(CHEMICAL, on, (source, all) -> new ChemicalTable(source,
				weights(all, "toxicityWeight", "toxicityClass", ToxicityClass.class), labourWeights(all),
				exposureWeight(all), bands(all)));
	}

	@Override
	public Optional<DustTable> dust(LocalDate on) {
		return read(DUST, on, (source, all) -> new DustTable(source,
				weights(all, "silicaWeight", "silicaBand", SilicaBand.class), labourWeights(all), exposureWeight(all),
				bands(all)));
	}

	@Override
	public Optional<NoiseTable> noise(LocalDate on) {
		return read(NOISE, on, (source, all) -> new NoiseTable(source, bands(all)));
	}

	@Override
	public Optional<HeatTable> heat(LocalDate on) {
		return read(HEAT, on, (source, all) -> new HeatTable(source, all.stream()
			.filter(e -> "cell".equals(EntriesInForce.text(e, "kind")))
			.map(e -> new HeatCell(LabourIntensity.valueOf(EntriesInForce.text(e, "intensity")),
					whole(e, "shareAbove"), whole(e, "shareUpTo"), number(e, "wbgtFrom"), number(e, "wbgtBelow"),
					grade(e), e.name()))
			.toList()));
	}

	private <T> Optional<T> read(String catalog, LocalDate on,
			java.util.function.BiFunction<Source, List<CatalogEntry>, T> build) {
		Optional<CatalogVersion> version = this.entries.version(catalog, on);
		if (version.isEmpty()) {
			return Optional.empty();
		}
		List<CatalogEntry> all = this.entries.all(version.get());
		boolean verified = !all.isEmpty() && all.stream().allMatch(e -> EntriesInForce.isTrue(e, "verified"));
		Source source = new Source(catalog, version.get().edition(), version.get().source(), verified);
		return Optional.of(build.apply(source, all));
	}

	private static <E extends Enum<E>> Map<E, BigDecimal> weights(List<CatalogEntry> all, String kind, String key,
			Class<E> type) {
		Map<E, BigDecimal> weights = new EnumMap<>(type);
		all.stream()
			.filter(e -> kind.equals(EntriesInForce.text(e, "kind")))
			.forEach(e -> weights.put(Enum.valueOf(type, EntriesInForce.text(e, key)), number(e, "weight")));
		return weights;
	}

	private static Map<LabourIntensity, BigDecimal> labourWeights(List<CatalogEntry> all) {
		return weights(all, "labourWeight", "intensity", LabourIntensity.class);
	}

	private static ExposureWeight exposureWeight(List<CatalogEntry> all) {
		return all.stream()
			.filter(e -> "exposureWeight".equals(EntriesInForce.text(e, "kind")))
			.findFirst()
			.map(e -> new ExposureWeight(number(e, "zeroAtOrBelow"), number(e, "subtract")))
			.orElse(null);
	}

	private static List<Band> bands(List<CatalogEntry> all) {
		Function<Band, BigDecimal> order = b -> b.upTo() != null ? b.upTo() : b.from() != null ? b.from() : null;
		return all.stream()
			.filter(e -> "band".equals(EntriesInForce.text(e, "kind")))
			.map(e -> new Band(grade(e), e.name(), number(e, "from"), number(e, "upTo")))
			.sorted(Comparator.comparing(order, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static JobGrade grade(CatalogEntry entry) {
		String grade = EntriesInForce.text(entry, "grade");
		return grade == null ? null : JobGrade.valueOf(grade);
	}

	private static BigDecimal number(CatalogEntry entry, String attribute) {
		String value = EntriesInForce.text(entry, attribute);
		return value == null ? null : new BigDecimal(value);
	}

	private static int whole(CatalogEntry entry, String attribute) {
		return new BigDecimal(EntriesInForce.text(entry, attribute)).intValueExact();
	}

	/** Whether an entry of a grading catalog has what its kind needs; used by {@link AttributeRules}. */
	static boolean valid(String catalog, CatalogEntry entry) {
		String kind = EntriesInForce.text(entry, "kind");
		if (kind == null) {
			return false;
		}
		return switch (kind) {
			case "toxicityWeight" -> !catalog.equals(NOISE) && isEnum(entry, "toxicityClass", ToxicityClass.class)
					&& has(entry, "weight");
			case "silicaWeight" -> isEnum(entry, "silicaBand", SilicaBand.class) && has(entry, "weight");
			case "labourWeight" -> isEnum(entry, "intensity", LabourIntensity.class) && has(entry, "weight");
			case "exposureWeight" -> has(entry, "zeroAtOrBelow") && has(entry, "subtract");
			case "band" -> isEnum(entry, "grade", JobGrade.class)
					&& (catalog.equals(NOISE) ? has(entry, "from") : true);
			case "cell" -> catalog.equals(HEAT) && isEnum(entry, "intensity", LabourIntensity.class)
					&& has(entry, "shareAbove") && has(entry, "shareUpTo") && has(entry, "wbgtFrom")
					&& (EntriesInForce.text(entry, "grade") == null || isEnum(entry, "grade", JobGrade.class))
					&& wholeNumber(entry, "shareAbove") && wholeNumber(entry, "shareUpTo");
			default -> false;
		};
	}

	private static boolean has(CatalogEntry entry, String attribute) {
		return EntriesInForce.text(entry, attribute) != null;
	}

	private static boolean wholeNumber(CatalogEntry entry, String attribute) {
		try {
			return new BigDecimal(EntriesInForce.text(entry, attribute)).stripTrailingZeros().scale() <= 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static <E extends Enum<E>> boolean isEnum(CatalogEntry entry, String attribute, Class<E> type) {
		String value = EntriesInForce.text(entry, attribute);
		if (value == null) {
			return false;
		}
		try {
			Enum.valueOf(type, value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
