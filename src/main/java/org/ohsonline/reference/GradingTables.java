package org.ohsonline.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job-grading tables of GBZ/T 229 as configurable catalogs (DOMAIN.md: the weights and the
 * noise, dust and heat tables vary by edition): {@code chemical-grading}, {@code dust-grading},
 * {@code noise-grading}, {@code heat-grading}, each the version in force on a date. The grading
 * calculators take these records as inputs.
 */
public interface GradingTables {

	/** Where a table came from, for the report and the page. */
	record Source(String catalog, String edition, String source, boolean verified) {
	}

	/**
	 * How the exposure ratio B = C/OEL becomes the weight W_B: zero at or below
	 * {@code zeroAtOrBelow}, else B − {@code subtract}.
	 */
	record ExposureWeight(BigDecimal zeroAtOrBelow, BigDecimal subtract) {
	}

	/**
	 * A grade band. For the product indices (chemical, dust) the band holds G up to {@code upTo}
	 * inclusive ({@code null}: no upper bound); for noise it starts at {@code from} inclusive.
	 */
	record Band(JobGrade grade, String name, BigDecimal from, BigDecimal upTo) {
	}

	/** GBZ/T 229.2: G = W_D × W_B × W_L. */
	record ChemicalTable(Source source, Map<ToxicityClass, BigDecimal> toxicityWeights,
			Map<LabourIntensity, BigDecimal> labourWeights, ExposureWeight exposureWeight, List<Band> bands) {
	}

	/** GBZ/T 229.1: G = W_M × W_B × W_L. */
	record DustTable(Source source, Map<SilicaBand, BigDecimal> silicaWeights,
			Map<LabourIntensity, BigDecimal> labourWeights, ExposureWeight exposureWeight, List<Band> bands) {
	}

	/** GBZ/T 229.4: grade by L_EX,8h (or L_EX,W). */
	record NoiseTable(Source source, List<Band> bands) {
	}

	/**
	 * One cell of GBZ/T 229.3: for a labour intensity and a time share above {@code shareAbove} and
	 * up to {@code shareUpTo} per cent, a WBGT from {@code wbgtFrom} (inclusive) below
	 * {@code wbgtBelow} ({@code null}: no upper bound) has the grade; a {@code null} grade means
	 * beyond the table (a special heat-stress assessment is needed).
	 */
	record HeatCell(LabourIntensity intensity, int shareAbove, int shareUpTo, BigDecimal wbgtFrom,
			BigDecimal wbgtBelow, JobGrade grade, String name) {
	}

	/** GBZ/T 229.3: the cells loaded. */
	record HeatTable(Source source, List<HeatCell> cells) {
	}

	Optional<ChemicalTable> chemical(LocalDate on);

	Optional<DustTable> dust(LocalDate on);

	Optional<NoiseTable> noise(LocalDate on);

	/** Empty until an administrator loads the official table: none is bundled. */
	Optional<HeatTable> heat(LocalDate on);

}
