package org.ohsonline.risk.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.risk.FactorNature;
import org.ohsonline.risk.HazardLevel;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.RiskClass;

/**
 * One edition of the {@code risk-classification} catalog, read into tables: headcount bands, the
 * hazard-level matrix (nature × compliance × band), the management bands, the combining matrix
 * (level × grade), downgrades, the light per class and the options. Built from the catalog's
 * entries, so an edition an administrator loads applies without code; an edition missing a cell
 * is refused by {@link #of} with the cells it lacks.
 */
record RiskRules(long versionId, String edition, String source, List<Band> bands,
		Map<String, Cell<HazardLevel>> hazardCells, List<GradeBand> gradeBands, Map<String, Cell<RiskClass>> combinedCells,
		List<Downgrade> downgrades, Map<RiskClass, LightRule> lights, Set<String> seriousFactors,
		boolean natureFromIndustry, boolean overdueIsNonCompliant, int maxDowngradeSteps, int reassessYears,
		int newEmployerMonths, int selfInspectionMonths) {

	static final String CATALOG = "risk-classification";

	/** A headcount band: {@code to} is {@code null} for the open top band. */
	record Band(int number, int from, Integer to, String entryCode) {

		boolean contains(int headcount) {
			return headcount >= this.from && (this.to == null || headcount <= this.to);
		}

	}

	record Cell<T>(T value, String entryCode) {
	}

	record GradeBand(ManagementGrade grade, double from, String entryCode) {
	}

	/** A downgrade by condition ({@code HEALTHY_ENTERPRISE}, {@code SELF_INSPECTION_COMPLETE}). */
	record Downgrade(String condition, int steps, String entryCode) {
	}

	record LightRule(Light light, String supervision, String entryCode) {
	}

	static String hazardKey(FactorNature nature, boolean compliant, int band) {
		return nature + "|" + compliant + "|" + band;
	}

	static String combinedKey(HazardLevel level, ManagementGrade grade) {
		return level + "|" + grade;
	}

	/**
	 * The rules of one catalog version.
	 * @throws IllegalArgumentException naming what is missing when the edition cannot classify every case
	 */
	static RiskRules of(long versionId, String edition, String source, List<CatalogEntry> entries) {
		List<Band> bands = new ArrayList<>();
		Map<String, Cell<HazardLevel>> hazard = new HashMap<>();
		List<GradeBand> grades = new ArrayList<>();
		Map<String, Cell<RiskClass>> combined = new HashMap<>();
		List<Downgrade> downgrades = new ArrayList<>();
		Map<RiskClass, LightRule> lights = new EnumMap<>(RiskClass.class);
		Set<String> serious = new LinkedHashSet<>();
		Map<String, String> options = new HashMap<>();
		for (CatalogEntry entry : entries) {
			String kind = text(entry, "kind");
			if (kind == null) {
				continue;
			}
			switch (kind) {
				case "headcountBand" -> bands.add(new Band(whole(entry, "band"), whole(entry, "from"),
						text(entry, "to") == null ? null : whole(entry, "to"), entry.code()));
				case "hazardCell" -> hazard.put(
						hazardKey(FactorNature.valueOf(text(entry, "nature")), Boolean.parseBoolean(text(entry, "compliant")),
								whole(entry, "band")),
						new Cell<>(HazardLevel.valueOf(text(entry, "hazardLevel")), entry.code()));
				case "managementBand" -> grades.add(new GradeBand(ManagementGrade.valueOf(text(entry, "grade")),
						Double.parseDouble(text(entry, "from")), entry.code()));
				case "combinedCell" -> combined.put(
						combinedKey(HazardLevel.valueOf(text(entry, "hazardLevel")), ManagementGrade.valueOf(text(entry, "grade"))),
						new Cell<>(RiskClass.valueOf(text(entry, "riskClass")), entry.code()));
				case "downgrade" -> downgrades.add(new Downgrade(text(entry, "condition"), whole(entry, "steps"), entry.code()));
				case "light" -> lights.put(RiskClass.valueOf(text(entry, "riskClass")),
						new LightRule(Light.valueOf(text(entry, "light")), text(entry, "supervision"), entry.code()));
				case "seriousFactor" -> serious.add(text(entry, "hazardCode"));
				case "option" -> options.put(entry.code(), text(entry, "value"));
				default -> {
				}
			}
		}
		bands.sort(java.util.Comparator.comparingInt(Band::from));
		grades.sort(java.util.Comparator.comparingDouble(GradeBand::from).reversed());
		List<String> missing = new ArrayList<>();
		for (Band band : bands) {
			for (FactorNature nature : FactorNature.values()) {
				for (boolean compliant : new boolean[] { true, false }) {
					if (!hazard.containsKey(hazardKey(nature, compliant, band.number()))) {
						missing.add("hazardCell " + hazardKey(nature, compliant, band.number()));
					}
				}
			}
		}
		for (HazardLevel level : HazardLevel.values()) {
			for (ManagementGrade grade : ManagementGrade.values()) {
				if (!combined.containsKey(combinedKey(level, grade))) {
					missing.add("combinedCell " + combinedKey(level, grade));
				}
			}
		}
		for (RiskClass riskClass : RiskClass.values()) {
			if (!lights.containsKey(riskClass)) {
				missing.add("light " + riskClass);
			}
		}
		if (bands.isEmpty() || bands.get(0).from() != 0) {
			missing.add("headcountBand from 0");
		}
		if (grades.isEmpty() || grades.get(grades.size() - 1).from() > 0) {
			missing.add("managementBand from 0");
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("risk-classification " + edition + " lacks " + missing);
		}
		return new RiskRules(versionId, edition, source, List.copyOf(bands), Map.copyOf(hazard), List.copyOf(grades),
				Map.copyOf(combined), List.copyOf(downgrades), Map.copyOf(lights), Set.copyOf(serious),
				Boolean.parseBoolean(options.getOrDefault("OPT-NATURE-FROM-INDUSTRY", "false")),
				Boolean.parseBoolean(options.getOrDefault("OPT-OVERDUE-NONCOMPLIANT", "true")),
				intOption(options, "OPT-MAX-DOWNGRADE", 1), intOption(options, "OPT-REASSESS-YEARS", 3),
				intOption(options, "OPT-NEW-EMPLOYER-MONTHS", 2), intOption(options, "OPT-SELF-INSPECTION-MONTHS", 12));
	}

	Band band(int headcount) {
		return this.bands.stream()
			.filter(b -> b.contains(headcount))
			.findFirst()
			.orElse(this.bands.get(this.bands.size() - 1));
	}

	GradeBand grade(double score) {
		return this.gradeBands.stream()
			.filter(g -> score >= g.from())
			.findFirst()
			.orElse(this.gradeBands.get(this.gradeBands.size() - 1));
	}

	Optional<Downgrade> downgrade(String condition) {
		return this.downgrades.stream().filter(d -> d.condition().equals(condition)).findFirst();
	}

	private static int intOption(Map<String, String> options, String code, int fallback) {
		String value = options.get(code);
		try {
			return value == null ? fallback : (int) Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static int whole(CatalogEntry entry, String attribute) {
		return (int) Double.parseDouble(text(entry, attribute));
	}

	static String text(CatalogEntry entry, String attribute) {
		Object value = entry.attributes().get(attribute);
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).trim();
		return text.isEmpty() ? null : text;
	}

}
