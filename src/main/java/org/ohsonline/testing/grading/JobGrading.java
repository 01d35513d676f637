package org.ohsonline.testing.grading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.reference.GradingTables;
import org.ohsonline.reference.GradingTables.Band;
import org.ohsonline.reference.GradingTables.ExposureWeight;
import org.ohsonline.reference.GradingTables.HeatCell;
import org.ohsonline.reference.JobGrade;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.SilicaBand;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.testing.judgement.Check;

/**
 * Job grading (GBZ/T 229) with the tables as inputs. Chemicals (229.2, DOMAIN.md):
 * G = W_D × W_B × W_L with B = C/OEL and W_B = 0 when B ≤ 1, else B; G ≤ 1 → 0, ≤ 6 → Ⅰ, ≤ 24 → Ⅱ,
 * above → Ⅲ — the cut-offs and weights read from the table, so a new edition is a catalog version,
 * not a code change. Dusts (229.1) the same with W_M by free-silica band and the table's own W_B rule.
 * Arithmetic in {@link BigDecimal}; a G exactly at a band's upper bound belongs to that band.
 */
public final class JobGrading {

	private static final MathContext MATH = MathContext.DECIMAL64;

	private JobGrading() {
	}

	/** Grades a chemical from its exposure and limit of the same kind (C_TWA/PC-TWA, C_STE/PC-STEL, C_ME/MAC). */
	public static GradingOutcome chemical(BigDecimal exposure, BigDecimal limit, ToxicityClass toxicity,
			LabourIntensity intensity, GradingTables.ChemicalTable table) {
		BigDecimal toxicityWeight = weight(table.toxicityWeights(), toxicity, table.source(), "W_D");
		return product(exposure, limit, toxicityWeight, intensity, table.labourWeights(), table.exposureWeight(),
				table.bands(), table.source());
	}

	/** Grades a chemical from the check of a judgement (its value and the limit it was held to). */
	public static GradingOutcome chemical(Check check, ToxicityClass toxicity, LabourIntensity intensity,
			GradingTables.ChemicalTable table) {
		return chemical(check.value(), check.limit(), toxicity, intensity, table);
	}

	/** Grades a dust from its C_TWA and PC-TWA and the free-silica band. */
	public static GradingOutcome dust(BigDecimal twa, BigDecimal pcTwa, SilicaBand silica, LabourIntensity intensity,
			GradingTables.DustTable table) {
		BigDecimal silicaWeight = weight(table.silicaWeights(), silica, table.source(), "W_M");
		return product(twa, pcTwa, silicaWeight, intensity, table.labourWeights(), table.exposureWeight(),
				table.bands(), table.source());
	}

	/** Grades noise by the band whose lower bound is the highest not above the level (L_EX,8h or L_EX,W). */
	public static GradingOutcome noise(BigDecimal level, GradingTables.NoiseTable table) {
		if (level == null) {
			throw InvalidInputException.of("level", "testing.sample.valueMissing", "L_EX");
		}
		Band band = table.bands()
			.stream()
			.filter(b -> b.from() != null && b.from().compareTo(level) <= 0)
			.max(Comparator.comparing(Band::from))
			.orElseThrow(() -> incomplete(table.source(), "band ≤ " + level.toPlainString()));
		return new GradingOutcome(band.grade(), band.name(), level, null, null, null, null, false, table.source());
	}

	/**
	 * Grades heat by the table cell for the intensity, the time share (above the cell's lower and up
	 * to its upper share) and the WBGT; a WBGT below every cell of that row is grade 0, a cell
	 * without grade means beyond the table.
	 */
	public static GradingOutcome heat(LabourIntensity intensity, int timeSharePercent, BigDecimal wbgt,
			GradingTables.HeatTable table) {
		if (timeSharePercent < 1 || timeSharePercent > 100) {
			throw InvalidInputException.of("timeSharePercent", "testing.grading.timeShareInvalid", timeSharePercent);
		}
		List<HeatCell> row = table.cells()
			.stream()
			.filter(c -> c.intensity() == intensity && c.shareAbove() < timeSharePercent
					&& timeSharePercent <= c.shareUpTo())
			.toList();
		if (row.isEmpty()) {
			throw incomplete(table.source(), intensity.numeral() + " " + timeSharePercent + " %");
		}
		Optional<HeatCell> cell = row.stream()
			.filter(c -> c.wbgtFrom().compareTo(wbgt) <= 0 && (c.wbgtBelow() == null || wbgt.compareTo(c.wbgtBelow()) < 0))
			.findFirst();
		if (cell.isEmpty()) {
			boolean belowRow = row.stream().allMatch(c -> wbgt.compareTo(c.wbgtFrom()) < 0);
			if (!belowRow) {
				throw incomplete(table.source(), intensity.numeral() + " " + timeSharePercent + " % WBGT " + wbgt);
			}
			return new GradingOutcome(JobGrade.ZERO, null, wbgt, null, null, null, null, false, table.source());
		}
		HeatCell found = cell.get();
		return new GradingOutcome(found.grade(), found.name(), wbgt, null, null, null, null, found.grade() == null,
				table.source());
	}

	private static GradingOutcome product(BigDecimal exposure, BigDecimal limit, BigDecimal hazardWeight,
			LabourIntensity intensity, Map<LabourIntensity, BigDecimal> labourWeights, ExposureWeight rule,
			List<Band> bands, GradingTables.Source source) {
		if (exposure == null || exposure.signum() < 0) {
			throw InvalidInputException.of("exposure", "testing.sample.valueNegative", "C", exposure);
		}
		if (limit == null || limit.signum() <= 0) {
			throw InvalidInputException.of("limit", "testing.mixture.limitNotPositive", "OEL");
		}
		if (rule == null) {
			throw incomplete(source, "W_B");
		}
		BigDecimal labourWeight = weight(labourWeights, intensity, source, "W_L");
		BigDecimal ratio = exposure.divide(limit, MATH);
		BigDecimal exposureWeight = ratio.compareTo(rule.zeroAtOrBelow()) <= 0 ? BigDecimal.ZERO
				: ratio.subtract(rule.subtract());
		BigDecimal g = hazardWeight.multiply(exposureWeight).multiply(labourWeight, MATH);
		Band band = bands.stream()
			.filter(b -> b.upTo() == null || g.compareTo(b.upTo()) <= 0)
			.findFirst()
			.orElseThrow(() -> incomplete(source, "band ≥ " + g.toPlainString()));
		return new GradingOutcome(band.grade(), band.name(), g, hazardWeight, ratio, exposureWeight, labourWeight, false,
				source);
	}

	private static <K> BigDecimal weight(Map<K, BigDecimal> weights, K key, GradingTables.Source source, String name) {
		BigDecimal weight = key == null ? null : weights.get(key);
		if (weight == null) {
			throw incomplete(source, name + " " + key);
		}
		return weight;
	}

	private static InvalidInputException incomplete(GradingTables.Source source, String missing) {
		return InvalidInputException.of("table", "testing.grading.tableIncomplete", source.catalog(),
				source.edition(), missing);
	}

}
